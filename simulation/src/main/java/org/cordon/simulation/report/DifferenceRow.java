package org.cordon.simulation.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import org.cordon.InvalidInputException;

/**
 * A variant against the baseline, paired replicate by replicate: the difference in cumulative
 * confirmed cases by a date (variant minus baseline).
 *
 * @param variant the variant (e.g. {@code late-city})
 * @param versus the baseline (e.g. {@code as-happened})
 * @param by the date the cases are counted to
 * @param difference median and 5-95% band of the paired differences
 * @param mean mean of the paired differences
 * @param probabilityMore share of replicates in which the variant had strictly more cases
 * @param probabilityFewer share of replicates in which the variant had strictly fewer cases
 * @param replicates the paired differences themselves, for the histogram (may be empty)
 * @param toEnd whether the cases are counted to the end of each run (followed past {@code by})
 */
public record DifferenceRow(
    String variant, String versus, LocalDate by, Quantiles difference, double mean, double probabilityMore,
    double probabilityFewer, int[] replicates, boolean toEnd) {
  /**
   * @throws InvalidInputException if a probability is not in [0, 1] (NaN included) or the mean is
   *     not finite
   */
  public DifferenceRow {
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(versus, "versus");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(difference, "difference");
    if (!(probabilityMore >= 0 && probabilityMore <= 1)) {
      throw InvalidInputException.argument("probabilityMore", "not in [0, 1]: " + probabilityMore);
    }
    if (!(probabilityFewer >= 0 && probabilityFewer <= 1)) {
      throw InvalidInputException.argument("probabilityFewer", "not in [0, 1]: " + probabilityFewer);
    }
    if (!Double.isFinite(mean)) {
      throw InvalidInputException.argument("mean", "not finite: " + mean);
    }
    replicates = replicates.clone();
  }

  /**
   * A row counted to {@code by}.
   *
   * @param variant the variant
   * @param versus the baseline
   * @param by the date the cases are counted to
   * @param difference median and 5-95% band of the paired differences
   * @param mean mean of the paired differences
   * @param probabilityMore share of replicates with strictly more cases
   * @param probabilityFewer share of replicates with strictly fewer cases
   * @param replicates the paired differences
   * @throws InvalidInputException as the canonical constructor
   */
  public DifferenceRow(String variant, String versus, LocalDate by, Quantiles difference, double mean,
      double probabilityMore, double probabilityFewer, int[] replicates) {
    this(variant, versus, by, difference, mean, probabilityMore, probabilityFewer, replicates, false);
  }

  /** @return {@code end} for a row counted to the end of the runs, else the date */
  public String byLabel() {
    return toEnd ? "end" : by.toString();
  }

  /** @return a copy of the paired differences */
  @Override
  public int[] replicates() {
    return replicates.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DifferenceRow r
        && variant.equals(r.variant)
        && versus.equals(r.versus)
        && by.equals(r.by)
        && difference.equals(r.difference)
        && Double.compare(mean, r.mean) == 0
        && Double.compare(probabilityMore, r.probabilityMore) == 0
        && Double.compare(probabilityFewer, r.probabilityFewer) == 0
        && Arrays.equals(replicates, r.replicates)
        && toEnd == r.toEnd;
  }

  @Override
  public int hashCode() {
    return Objects.hash(variant, versus, by, difference, mean, probabilityMore, probabilityFewer) * 31 + Arrays.hashCode(replicates);
  }

  @Override
  public String toString() {
    return "DifferenceRow[" + variant + " vs " + versus + " by " + byLabel() + ": " + difference
        + ", mean " + mean + ", P(more)=" + probabilityMore + ", P(fewer)=" + probabilityFewer + ", " + replicates.length + " replicates]";
  }
}
