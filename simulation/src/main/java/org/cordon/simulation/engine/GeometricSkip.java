package org.cordon.simulation.engine;

import java.util.SplittableRandom;

/**
 * Geometric skips on a sequential generator: when each of a row of members is hit independently
 * with probability {@code 1 - exp(-lambda)}, the number of members passed over before the next
 * hit is {@code floor(log(1 - U) / -lambda)} (Devroye, Non-Uniform Random Variate Generation,
 * 1986, ch. X.2), so drawing a group's infections costs one uniform per hit, not per member. The
 * rate changes with every group and step, so it is an argument of {@link #next(double)}; the
 * sampler is bound only to its generator. Not thread-safe (it advances the generator).
 *
 * <pre>{@code
 * GeometricSkip skip = GeometricSkip.of(rng);
 * for (int i = -1; ; ) {
 *   double g = skip.next(lambda);
 *   if (g >= size - 1 - i) break;
 *   i += 1 + (int) g; // member i is hit
 * }
 * }</pre>
 */
final class GeometricSkip {
  private final SplittableRandom rng;

  private GeometricSkip(SplittableRandom rng) {
    this.rng = rng;
  }

  /**
   * @param rng the generator it advances
   * @return a sampler
   * @throws NullPointerException if {@code rng} is null
   */
  static GeometricSkip of(SplittableRandom rng) {
    return new GeometricSkip(java.util.Objects.requireNonNull(rng, "rng"));
  }

  /**
   * @param lambda the hit rate per member, {@code > 0}
   * @return members skipped before the next hit, as a double (may be huge or infinite for a tiny
   *     rate)
   */
  double next(double lambda) {
    return skip(rng.nextDouble(), lambda);
  }

  /**
   * @param u a uniform number in [0, 1)
   * @param lambda the hit rate per member, {@code > 0}
   * @return members skipped before the next hit, drawn from {@code u}
   */
  static double skip(double u, double lambda) {
    return Math.floor(Math.log(1.0 - u) / -lambda);
  }
}
