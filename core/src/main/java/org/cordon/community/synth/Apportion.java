package org.cordon.community.synth;

import java.util.Arrays;
import org.cordon.InvalidInputException;

/**
 * Splits an integer total into parts proportional to weights, exactly (largest-remainder or
 * Hamilton method), after giving each part a minimum. Deterministic: ties go to the lower index.
 */
final class Apportion {
  private Apportion() {}

  /**
   * @param what the name used in error messages
   * @param total the total to split
   * @param weights relative weights, finite and {@code >= 0}; all zero means equal shares
   * @param minimum each part's minimum (same length as {@code weights})
   * @return parts summing exactly to {@code total}, each at least its minimum
   * @throws InvalidInputException if the minimums exceed the total
   */
  static int[] split(String what, long total, double[] weights, int[] minimum) {
    int n = weights.length;
    long minSum = 0;
    for (int m : minimum) {
      minSum += m;
    }
    long extra = total - minSum;
    if (extra < 0 || (n == 0 && total != 0)) {
      throw InvalidInputException.argument(
          what, "cannot split " + total + " into " + n + " parts with minimums summing to " + minSum);
    }
    int[] parts = Arrays.copyOf(minimum, n);
    if (n == 0 || extra == 0) {
      return parts;
    }
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    double[] w = weights;
    if (!(sum > 0)) {
      w = new double[n];
      Arrays.fill(w, 1);
      sum = n;
    }
    double[] remainder = new double[n];
    long given = 0;
    for (int i = 0; i < n; i++) {
      double quota = extra * (w[i] / sum);
      long floor = (long) Math.floor(quota);
      parts[i] += (int) floor;
      given += floor;
      remainder[i] = quota - floor;
    }
    long left = extra - given;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> remainder[a] != remainder[b] ? Double.compare(remainder[b], remainder[a]) : Integer.compare(a, b));
    for (int k = 0; left > 0; k = (k + 1) % n, left--) {
      parts[order[k]]++;
    }
    return parts;
  }

  /** Shortcut: equal weights, minimum {@code min} each. */
  static int[] evenly(String what, long total, int parts, int min) {
    int[] minimum = new int[parts];
    Arrays.fill(minimum, min);
    return split(what, total, new double[parts], minimum);
  }
}
