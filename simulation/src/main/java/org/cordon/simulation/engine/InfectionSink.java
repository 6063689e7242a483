package org.cordon.simulation.engine;

import org.cordon.contact.Layer;

/** Where the new infections {@link Transmission} draws go (a replicate; a recorder in tests). */
interface InfectionSink {
  /**
   * Infects susceptible resident {@code r} at step {@code step}.
   *
   * @param r the resident
   * @param step the step
   * @param time the infection time in days from the first day
   * @param layer the {@link Layer#ordinal()} of the layer it happened in
   * @param infector the infectious household member it is attributed to (household layer), or
   *     {@link ResidentState#INFECTOR_GROUP}
   */
  void infect(int r, int step, double time, int layer, int infector);

  /**
   * @return the sampler the sink draws each infection's course from, so that keyed draws can
   *     draw the courses of their candidates on other threads (a course depends only on the
   *     resident and the infection time); null: the sink draws no course
   */
  default NaturalHistory.Draws courses() {
    return null;
  }

  /**
   * As {@link #infect(int, int, double, int, int)}, with the course already drawn from {@link
   * #courses()} for {@code r} and {@code time}.
   *
   * @param r the resident
   * @param step the step
   * @param time the infection time
   * @param layer the layer's ordinal
   * @param infector the infector
   * @param course its course
   */
  default void infect(int r, int step, double time, int layer, int infector, NaturalHistory.Course course) {
    infect(r, step, time, layer, infector);
  }

  /**
   * As {@link #infect(int, int, double, int, int, NaturalHistory.Course)}, with where {@code r}
   * lives, which the caller had at hand (at a million residents, looking them up again per
   * infection missed the cache).
   *
   * @param r the resident
   * @param step the step
   * @param time the infection time
   * @param layer the layer's ordinal
   * @param infector the infector
   * @param course its course, or null: the sink draws it
   * @param household {@code r}'s household
   * @param compound {@code r}'s compound
   */
  default void infect(int r, int step, double time, int layer, int infector, NaturalHistory.Course course, int household,
      int compound) {
    if (course == null) {
      infect(r, step, time, layer, infector);
    } else {
      infect(r, step, time, layer, infector, course);
    }
  }
}
