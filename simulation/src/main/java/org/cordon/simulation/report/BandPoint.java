package org.cordon.simulation.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of a banded daily series: the median and 5-95% band over replicates.
 *
 * @param date the day
 * @param band the median and band that day
 */
public record BandPoint(LocalDate date, Quantiles band) {
  /** @throws NullPointerException if a part is missing */
  public BandPoint {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(band, "band");
  }

  /**
   * @param date the day
   * @param median the median
   * @param p5 the 5% quantile
   * @param p95 the 95% quantile
   * @return the point
   * @throws org.cordon.InvalidInputException if the quantiles are not ordered
   */
  public static BandPoint of(LocalDate date, double median, double p5, double p95) {
    return new BandPoint(date, new Quantiles(median, p5, p95));
  }
}
