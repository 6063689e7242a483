package org.cordon.community.synth;

import java.util.List;
import java.util.SplittableRandom;
import org.cordon.InvalidInputException;

/**
 * Draws ages from shares of 5-year bands (0-4, 5-9, ...; the last band open up to a maximum age),
 * uniform within a band, optionally restricted to ages at or above a minimum.
 */
final class AgeSampler {
  private final int[] from;
  private final int[] to;
  private final double[] cumulative;

  private AgeSampler(int[] from, int[] to, double[] cumulative) {
    this.from = from;
    this.to = to;
    this.cumulative = cumulative;
  }

  /**
   * @param bandShares relative shares of the bands
   * @param maxAge the last band's upper end
   * @param minAge the youngest age to draw
   * @return the sampler
   * @throws InvalidInputException if no band with a positive share reaches {@code minAge}
   */
  static AgeSampler of(List<Double> bandShares, int maxAge, int minAge) {
    int n = bandShares.size();
    int[] from = new int[n];
    int[] to = new int[n];
    double[] cumulative = new double[n];
    double total = 0;
    for (int b = 0; b < n; b++) {
      int lo = 5 * b;
      int hi = b == n - 1 ? maxAge : Math.min(maxAge, lo + 4);
      from[b] = Math.max(lo, minAge);
      to[b] = hi;
      int width = hi - lo + 1;
      int kept = hi - from[b] + 1;
      if (width > 0 && kept > 0) {
        total += bandShares.get(b) * kept / width;
      }
      cumulative[b] = total;
    }
    if (!(total > 0)) {
      throw InvalidInputException.argument("population.ageBandShares", "no positive share at ages >= " + minAge);
    }
    return new AgeSampler(from, to, cumulative);
  }

  /** @return an age drawn from the bands */
  int sample(SplittableRandom rng) {
    double u = rng.nextDouble() * cumulative[cumulative.length - 1];
    int b = 0;
    while (b < cumulative.length - 1 && u >= cumulative[b]) {
      b++;
    }
    return from[b] + rng.nextInt(to[b] - from[b] + 1);
  }
}
