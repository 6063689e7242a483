package org.cordon.simulation.engine;

/**
 * Poisson(mean) counts keyed by resident on one stream, by inversion of the cumulative
 * distribution on the resident's keyed uniform {@code draw} (one uniform per count, so a count is
 * the same in every variant that draws it). Suited to the small means it is used for; counts
 * are capped at {@value #CAP}. Immutable.
 *
 * <pre>{@code
 * PoissonSampler contacts = PoissonSampler.of(tracingKey, 0, 3.0);
 * int k = contacts.sample(resident);
 * }</pre>
 */
final class PoissonSampler {
  /** The largest count returned. */
  static final int CAP = 1000;

  private final long key;
  private final int draw;
  private final double mean;
  private final double p0;

  private PoissonSampler(long key, int draw, double mean) {
    this.key = key;
    this.draw = draw;
    this.mean = mean;
    this.p0 = Math.exp(-mean);
  }

  /**
   * @param key a stream key ({@link RandomStreams#stream})
   * @param draw the draw index used for each resident
   * @param mean the mean, finite and {@code >= 0} (above ~700, where {@code exp(-mean)}
   *     underflows, every count is the cap)
   * @return a sampler
   * @throws IllegalArgumentException if the mean is negative, NaN or infinite
   */
  static PoissonSampler of(long key, int draw, double mean) {
    if (!(mean >= 0 && mean < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("mean: " + mean);
    }
    return new PoissonSampler(key, draw, mean);
  }

  /**
   * @param resident a resident id
   * @return the resident's Poisson count
   */
  int sample(int resident) {
    double u = RandomStreams.uniform(key, resident, draw);
    double p = p0;
    double cdf = p;
    int k = 0;
    while (u > cdf && k < CAP) {
      k++;
      p *= mean / k;
      cdf += p;
    }
    return k;
  }
}
