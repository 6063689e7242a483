package org.cordon.simulation.engine;

/**
 * The infection pressure one time step puts on the groups of one layer (households, buildings,
 * compounds or workplaces): the summed infectiousness of each group's infectious members, the
 * presymptomatic part of it, and the list of groups touched, so the step visits only those.
 * Per-replicate scratch state; not thread-safe.
 */
final class GroupPressure {
  private final double[] pressure;
  private final double[] presymptomatic;
  private final int[] touched;
  private int count;

  /** @param groups the number of groups in the layer */
  GroupPressure(int groups) {
    pressure = new double[groups];
    presymptomatic = new double[groups];
    touched = new int[groups];
  }

  /** Forgets which groups were touched; their pressure must already be cleared. */
  void reset() {
    count = 0;
  }

  /**
   * Adds an infectious member's weight to group {@code g}.
   *
   * @param g the group
   * @param w its infectiousness, {@code > 0}
   * @param pre the presymptomatic part of {@code w}
   */
  void add(int g, double w, double pre) {
    if (pressure[g] == 0) {
      touched[count++] = g;
    }
    pressure[g] += w;
    presymptomatic[g] += pre;
  }

  /** @return the number of groups touched since {@link #reset()} */
  int count() {
    return count;
  }

  /** @return the {@code i}-th group touched */
  int group(int i) {
    return touched[i];
  }

  /** @return the pressure on group {@code g} */
  double pressure(int g) {
    return pressure[g];
  }

  /** @return the presymptomatic share of group {@code g}'s pressure */
  double presymptomaticShare(int g) {
    return presymptomatic[g] / pressure[g];
  }

  /** Clears group {@code g}'s pressure once its infections are drawn. */
  void clear(int g) {
    pressure[g] = 0;
    presymptomatic[g] = 0;
  }
}
