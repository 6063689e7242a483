package org.cordon.simulation.engine;

/**
 * Gamma(shape, scale) draws keyed by resident on one stream (Marsaglia and Tsang, ACM TOMS 2000;
 * shape below 1 boosted by {@code U^(1/shape)}): the draw for a resident uses that resident's
 * keyed uniforms from {@code firstDraw} on, so it does not depend on the order or thread in which
 * residents are drawn. Immutable.
 *
 * <pre>{@code
 * GammaSampler delay = GammaSampler.of(cfKey, 0, 2.0, 2.2); // mean 4.4 days
 * double d = delay.sample(resident);
 * }</pre>
 */
final class GammaSampler {
  /** Rejection attempts before giving up and returning the mode-like fallback. */
  private static final int ATTEMPTS = 64;

  private final long key;
  private final int firstDraw;
  private final double scale;
  private final double a;
  private final double invShape;
  private final boolean boosted;
  private final double dd;
  private final double c;

  private GammaSampler(long key, int firstDraw, double shape, double scale) {
    this.key = key;
    this.firstDraw = firstDraw;
    this.scale = scale;
    this.boosted = shape < 1;
    this.invShape = 1 / shape;
    this.a = boosted ? shape + 1 : shape;
    this.dd = a - 1.0 / 3;
    this.c = 1 / Math.sqrt(9 * dd);
  }

  /**
   * @param key a stream key ({@link RandomStreams#stream})
   * @param firstDraw the first draw index used for each resident
   * @param shape the shape, {@code > 0}
   * @param scale the scale, {@code >= 0}
   * @return a sampler
   * @throws IllegalArgumentException if the shape is not positive or the scale negative (or NaN,
   *     or infinite)
   */
  static GammaSampler of(long key, int firstDraw, double shape, double scale) {
    if (!(shape > 0 && shape < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("shape: " + shape);
    }
    if (!(scale >= 0 && scale < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("scale: " + scale);
    }
    return new GammaSampler(key, firstDraw, shape, scale);
  }

  /**
   * @param resident a resident id
   * @return the resident's gamma draw
   */
  double sample(int resident) {
    double boost = 1;
    int draw = firstDraw;
    if (boosted) {
      boost = Math.pow(RandomStreams.uniform(key, resident, draw++), invShape);
    }
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      double x = RandomStreams.normal(key, resident, draw);
      draw += 2;
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = RandomStreams.uniform(key, resident, draw++);
      if (Math.log(u) < 0.5 * x * x + dd - dd * v + dd * Math.log(v)) {
        return boost * dd * v * scale;
      }
    }
    return boost * dd * scale;
  }
}
