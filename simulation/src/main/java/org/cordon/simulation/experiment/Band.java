package org.cordon.simulation.experiment;

import java.util.Arrays;

/**
 * The median and the 5-95% band of a quantity over replicates. Counts ({@link #of(int[])}) take
 * the nearest-rank quantile (Hyndman and Fan type 1, the smallest value with at least a share
 * {@code q} of the replicates at or below it), so a count's percentile is a count that some
 * replicate had, never 4.95; rates ({@link #of(double[])}) interpolate linearly between order
 * statistics (type 7).
 *
 * @param median the 50% quantile
 * @param p5 the 5% quantile
 * @param p95 the 95% quantile
 */
public record Band(double median, double p5, double p95) {
  /**
   * @param values the replicates' values (NaN values are left out)
   * @return their band; all NaN when no value is left
   */
  public static Band of(double[] values) {
    double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
    if (v.length == 0) {
      return new Band(Double.NaN, Double.NaN, Double.NaN);
    }
    return new Band(quantile(v, 0.5), quantile(v, 0.05), quantile(v, 0.95));
  }

  /**
   * @param values the replicates' counts
   * @return their band, by nearest rank (whole numbers); all NaN when there is no value
   */
  public static Band of(int[] values) {
    int[] v = values.clone();
    Arrays.sort(v);
    if (v.length == 0) {
      return new Band(Double.NaN, Double.NaN, Double.NaN);
    }
    return new Band(nearestRank(v, 0.5), nearestRank(v, 0.05), nearestRank(v, 0.95));
  }

  /**
   * @param sorted counts in ascending order, at least one
   * @param q a probability in (0, 1]
   * @return the value of rank {@code ceil(q n)} (1-based), the type-1 quantile
   */
  static int nearestRank(int[] sorted, double q) {
    int rank = (int) Math.ceil(q * sorted.length - 1e-9); // 0.95 * 200 is 190, not 190.00000000000003
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  /**
   * @param sorted values in ascending order, at least one
   * @param q a probability
   * @return the type-7 quantile
   */
  static double quantile(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    double x = sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    return Math.round(x * 1e9) / 1e9 + 0.0; // no -0.0 or 1e-16 noise in reports
  }
}
