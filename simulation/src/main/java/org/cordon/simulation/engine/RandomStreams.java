package org.cordon.simulation.engine;

import java.util.SplittableRandom;

/**
 * Random streams derived from (seed, replicate, purpose), and per-resident draws keyed by
 * (stream, resident, draw index), so that replicate {@code i} of every scenario variant uses the
 * same numbers for what the variants have in common (common random numbers): which returnees
 * arrive infected, each infected resident's incubation and care-seeking delay, whether each case
 * is febrile, and the survey's daily draws. New purposes are added at the end, so that adding one
 * leaves the others' numbers unchanged. Keyed draws are a SplitMix64 hash (Steele, Lea and Flood, OOPSLA 2014): no state,
 * no allocation, identical on every thread.
 */
public final class RandomStreams {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private RandomStreams() {}

  /** What a stream is for: each purpose gets its own independent numbers. */
  public enum Purpose {
    /** Which returnees arrive infected, and when they were infected. */
    IMPORT,
    /** Natural history of an infected resident. */
    NATURAL_HISTORY,
    /** Care seeking and detection delays. */
    CASE_FINDING,
    /** Survey visits, by resident and day. */
    SURVEY,
    /** Which contacts outside the household tracing names. */
    TRACING,
    /**
     * Transmission within groups: a sequential {@link SplittableRandom}, or, with {@link
     * Simulation#withKeyedDraws(int) keyed draws}, the key of each (step, layer, group)'s generator.
     */
    TRANSMISSION,
    /**
     * Whether a case is febrile: one draw per resident (draw index 0), so a resident infected in
     * two variants of a paired experiment is febrile in both or in neither.
     */
    FEBRILE,
    /**
     * A calibration's prior draws: use {@code stream(seed, 0, CALIBRATION_PRIOR)} as the key, the
     * draw number as the "resident" and one draw index per calibrated parameter. Independent of
     * every stream the engine uses for a replicate.
     */
    CALIBRATION_PRIOR,
    /** Which infectious household member a household infection is attributed to (keyed by the infected). */
    INFECTOR,
    /**
     * When a febrile case's fever begins after its symptom onset: one draw per resident (draw index
     * 0), so the delay is the same resident by resident in every variant of a paired experiment.
     */
    FEVER_ONSET,
    /**
     * Bootstrap resamples of paired runs in a summary (use {@code stream(seed, 0, BOOTSTRAP)} with
     * the experiment seed): independent of every stream a replicate uses.
     */
    BOOTSTRAP
  }

  /**
   * @param seed the experiment seed
   * @param replicate the replicate index
   * @param purpose what the stream is for
   * @return a 64-bit key for that stream
   */
  public static long stream(long seed, int replicate, Purpose purpose) {
    return mix(mix(mix(seed) + GOLDEN * (replicate + 1L)) + (purpose.ordinal() + 1L) * 0xBF58476D1CE4E5B9L);
  }

  /**
   * @param stream a stream key
   * @return a fresh sequential generator for it
   */
  public static SplittableRandom generator(long stream) {
    return new SplittableRandom(stream);
  }

  /**
   * @param stream a stream key
   * @param resident a resident id (or another key such as a day)
   * @param draw the index of the draw for that resident
   * @return a uniform number in [0, 1) that depends only on the three arguments
   */
  public static double uniform(long stream, int resident, int draw) {
    long h = mix(stream + GOLDEN * (resident + 1L)) ^ ((draw + 1L) * 0x94D049BB133111EBL);
    return (mix(h) >>> 11) * 0x1.0p-53;
  }

  /**
   * @param stream a stream key
   * @param resident a resident id
   * @param draw the index of the draw (two consecutive indices are used)
   * @return a standard normal number (Box-Muller) keyed like {@link #uniform}
   */
  public static double normal(long stream, int resident, int draw) {
    double u1 = 1.0 - uniform(stream, resident, draw);
    double u2 = uniform(stream, resident, draw + 1);
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  /** SplitMix64 finaliser. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
