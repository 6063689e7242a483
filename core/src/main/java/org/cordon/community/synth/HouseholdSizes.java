package org.cordon.community.synth;

import java.util.List;
import java.util.SplittableRandom;
import org.cordon.InvalidInputException;

/**
 * Draws household sizes with a given shape and an exact total: the shape (e.g. census shares of
 * sizes 1..10+) is exponentially tilted, {@code p_k ∝ q_k e^{θk}}, so that its mean is the target
 * mean; sizes are drawn from it and then nudged one person at a time, at random households, until
 * they sum exactly to the number of people. O(households).
 */
final class HouseholdSizes {
  private HouseholdSizes() {}

  /**
   * @param rng the random source
   * @param shape relative shares of sizes 1..{@code shape.size()}
   * @param households the number of households
   * @param people the exact total of their sizes
   * @return the sizes, each in {@code 1..shape.size()}, summing to {@code people}
   * @throws InvalidInputException if {@code people} is outside {@code households .. households *
   *     shape.size()}
   */
  static int[] draw(SplittableRandom rng, List<Double> shape, int households, int people) {
    int max = shape.size();
    if (households < 0 || people < households || (long) people > (long) households * max) {
      throw InvalidInputException.argument(
          "households", people + " people do not fit in " + households + " households of 1.." + max);
    }
    int[] sizes = new int[households];
    if (households == 0) {
      return sizes;
    }
    double[] cumulative = tilted(shape, (double) people / households);
    long sum = 0;
    for (int h = 0; h < households; h++) {
      double u = rng.nextDouble() * cumulative[max - 1];
      int k = 0;
      while (k < max - 1 && u >= cumulative[k]) {
        k++;
      }
      sizes[h] = k + 1;
      sum += k + 1;
    }
    long diff = people - sum;
    while (diff != 0) {
      int step = diff > 0 ? 1 : -1;
      int h = pick(rng, sizes, step, max);
      sizes[h] += step;
      diff -= step;
    }
    return sizes;
  }

  /** A household that can grow (step +1) or shrink (step -1): random tries, then a scan. */
  private static int pick(SplittableRandom rng, int[] sizes, int step, int max) {
    for (int tries = 0; tries < 32; tries++) {
      int h = rng.nextInt(sizes.length);
      if (fits(sizes[h] + step, max)) {
        return h;
      }
    }
    int start = rng.nextInt(sizes.length);
    for (int i = 0; i < sizes.length; i++) {
      int h = (start + i) % sizes.length;
      if (fits(sizes[h] + step, max)) {
        return h;
      }
    }
    throw new IllegalStateException("no household can change by " + step); // excluded by the check above
  }

  private static boolean fits(int size, int max) {
    return size >= 1 && size <= max;
  }

  /** Cumulative weights of the shape tilted to the target mean (bisection on θ). */
  static double[] tilted(List<Double> shape, double mean) {
    double lo = -30;
    double hi = 30;
    double[] w = new double[shape.size()];
    for (int iter = 0; iter < 80; iter++) {
      double theta = (lo + hi) / 2;
      if (meanOf(shape, theta, w) < mean) {
        lo = theta;
      } else {
        hi = theta;
      }
    }
    meanOf(shape, (lo + hi) / 2, w);
    for (int k = 1; k < w.length; k++) {
      w[k] += w[k - 1];
    }
    return w;
  }

  private static double meanOf(List<Double> shape, double theta, double[] w) {
    double total = 0;
    double weighted = 0;
    for (int k = 0; k < w.length; k++) {
      w[k] = shape.get(k) * Math.exp(theta * (k + 1 - w.length));
      total += w[k];
      weighted += w[k] * (k + 1);
    }
    return weighted / total;
  }
}
