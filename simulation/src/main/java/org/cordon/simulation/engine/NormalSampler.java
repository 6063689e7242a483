package org.cordon.simulation.engine;

/**
 * Normal(mean, sd) draws keyed by resident on one stream: Box-Muller on the resident's keyed
 * uniforms {@code firstDraw} and {@code firstDraw + 1} ({@link RandomStreams#normal}). Immutable.
 *
 * <pre>{@code
 * NormalSampler log = NormalSampler.of(nhKey, 1, 1.621, 0.418); // log incubation, Lauer 2020
 * double incubation = Math.exp(log.sample(resident));
 * }</pre>
 */
final class NormalSampler {
  private final long key;
  private final int firstDraw;
  private final double mean;
  private final double sd;

  private NormalSampler(long key, int firstDraw, double mean, double sd) {
    this.key = key;
    this.firstDraw = firstDraw;
    this.mean = mean;
    this.sd = sd;
  }

  /**
   * @param key a stream key ({@link RandomStreams#stream})
   * @param firstDraw the first of the two draw indices used for each resident
   * @param mean the mean, finite
   * @param sd the standard deviation, finite and {@code >= 0}
   * @return a sampler
   * @throws IllegalArgumentException if the mean is not finite or the sd negative or not finite
   */
  static NormalSampler of(long key, int firstDraw, double mean, double sd) {
    if (!Double.isFinite(mean)) {
      throw new IllegalArgumentException("mean: " + mean);
    }
    if (!(sd >= 0 && sd < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("sd: " + sd);
    }
    return new NormalSampler(key, firstDraw, mean, sd);
  }

  /**
   * @param resident a resident id
   * @return the resident's normal draw
   */
  double sample(int resident) {
    return mean + sd * RandomStreams.normal(key, resident, firstDraw);
  }
}
