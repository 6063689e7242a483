package org.cordon.simulation.sweep;

import java.time.LocalDate;
import java.util.List;
import org.cordon.InvalidInputException;
import org.cordon.simulation.experiment.Band;

/**
 * The cost of a day of delay: for each replicate the least-squares slope of its count on the
 * start day (cases per day of delay), then the median and 5-95% of those slopes over the
 * replicates, and their mean.
 *
 * <p>Why per replicate: with common random numbers, replicate {@code i} at every start date is
 * the same epidemic (same imports, natural histories, transmission draws and parameter draw)
 * under a later response, so its slope is what delay costs in that one world; the spread of the
 * slopes is the spread of that cost over the model's and the calibration's uncertainty, the
 * quantity a planner asks about ("how much can a day cost?"). A bootstrap over replicates of the
 * mean slope would answer another question (how well 200 runs pin the average) and give a far
 * narrower interval. The mean of the per-replicate slopes equals the least-squares slope of the
 * mean curve. A straight line is a summary: the sweep's table shows where the cost is not
 * linear.
 *
 * @param perDay median and 5-95% of the per-replicate slopes (type-7 quantiles: slopes are not counts)
 * @param mean the mean of the per-replicate slopes
 */
public record Slope(Band perDay, double mean) {
  /**
   * @param starts the start dates, at least two
   * @param values per start date, per replicate, the count (all rows of one length)
   * @return the slopes' summary
   * @throws InvalidInputException if there are fewer than two dates or the rows differ in length
   */
  public static Slope of(List<LocalDate> starts, int[][] values) {
    int m = starts.size();
    if (m < 2 || values.length != m) {
      throw InvalidInputException.argument("starts", "a slope needs at least two dates and one row per date");
    }
    int n = values[0].length;
    double[] t = new double[m];
    double tMean = 0;
    for (int k = 0; k < m; k++) {
      t[k] = starts.get(k).toEpochDay() - starts.get(0).toEpochDay();
      tMean += t[k] / m;
      if (values[k].length != n) {
        throw InvalidInputException.argument("values", "rows of different lengths");
      }
    }
    double sxx = 0;
    for (int k = 0; k < m; k++) {
      sxx += (t[k] - tMean) * (t[k] - tMean);
    }
    double[] slopes = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double yMean = 0;
      for (int k = 0; k < m; k++) {
        yMean += (double) values[k][i] / m;
      }
      double sxy = 0;
      for (int k = 0; k < m; k++) {
        sxy += (t[k] - tMean) * (values[k][i] - yMean);
      }
      slopes[i] = sxy / sxx;
      sum += slopes[i];
    }
    return new Slope(Band.of(slopes), Math.round(sum / n * 1e9) / 1e9 + 0.0);
  }
}
