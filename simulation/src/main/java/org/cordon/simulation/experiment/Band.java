package org.cordon.simulation.experiment;

import java.util.Arrays;

/**
 * The median and the 5-95% band of a quantity over replicates (quantiles by linear interpolation
 * between order statistics, Hyndman and Fan type 7).
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
   * @param values the replicates' values
   * @return their band
   */
  public static Band of(int[] values) {
    return of(Arrays.stream(values).asDoubleStream().toArray());
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
