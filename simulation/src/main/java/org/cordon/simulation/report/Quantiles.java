package org.cordon.simulation.report;

import org.cordon.InvalidInputException;

/**
 * The median and the 5-95% band of a quantity over Monte Carlo replicates.
 *
 * @param median the 50% quantile
 * @param p5 the 5% quantile
 * @param p95 the 95% quantile
 */
public record Quantiles(double median, double p5, double p95) {
  /**
   * @throws InvalidInputException if a value is NaN or the three are not ordered p5 &lt;= median
   *     &lt;= p95
   */
  public Quantiles {
    if (!(p5 <= median && median <= p95)) {
      throw InvalidInputException.argument(
          "quantiles", "need p5 <= median <= p95 (no NaN): " + p5 + ", " + median + ", " + p95);
    }
  }
}
