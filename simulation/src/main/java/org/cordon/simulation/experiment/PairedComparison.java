package org.cordon.simulation.experiment;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import org.cordon.InvalidInputException;

/**
 * A variant against the baseline, replicate by replicate (paired): the difference in cumulative
 * confirmed cases by a date, or by the end of each run ({@link #toEnd()}: runs followed past the
 * last day until the outbreak is over), its mean, and how often the variant had more and how often
 * fewer (the rest of the replicates had as many).
 *
 * @param variant the variant's name
 * @param versus the baseline's name
 * @param by the date the confirmed cases are counted to (the last simulated day); with {@code
 *     toEnd}, the last day of the horizon, after which the runs were followed
 * @param difference variant minus baseline over the paired replicates: median and 5-95% by
 *     nearest rank (whole cases)
 * @param mean the mean of the paired differences
 * @param probabilityMore the share of replicates in which the variant had strictly more
 * @param probabilityFewer the share of replicates in which the variant had strictly fewer
 * @param differences the paired differences themselves, replicate by replicate (index order; what
 *     the others are computed from, kept for histograms)
 * @param toEnd whether the cases are counted to the end of each run, not to {@code by}
 */
public record PairedComparison(
    String variant, String versus, LocalDate by, Band difference, double mean, double probabilityMore,
    double probabilityFewer, int[] differences, boolean toEnd) {

  /** {@link #byLabel()} of a comparison to the end of the runs. */
  public static final String END = "end";

  /**
   * Copies the differences.
   *
   * @throws InvalidInputException if a probability is outside [0, 1] (NaN included) or they add past 1
   */
  public PairedComparison {
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(versus, "versus");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(difference, "difference");
    if (!(probabilityMore >= 0 && probabilityMore <= 1)) {
      throw InvalidInputException.argument("probabilityMore", "not in [0, 1]: " + probabilityMore);
    }
    if (!(probabilityFewer >= 0 && probabilityFewer <= 1 - probabilityMore + 1e-12)) {
      throw InvalidInputException.argument("probabilityFewer", "not in [0, 1 - probabilityMore]: " + probabilityFewer);
    }
    differences = differences.clone();
  }

  /**
   * @param variant the variant's name
   * @param versus the baseline's name
   * @param by the date the cases are counted to
   * @param differences variant minus baseline, one per paired replicate (at least one)
   * @return the comparison of those differences
   * @throws InvalidInputException if there is no difference
   */
  public static PairedComparison of(String variant, String versus, LocalDate by, int[] differences) {
    return of(variant, versus, by, differences, false);
  }

  /**
   * @param variant the variant's name
   * @param versus the baseline's name
   * @param lastDay the horizon's last day, after which the runs were followed
   * @param differences variant minus baseline at the end of each paired run (at least one)
   * @return the comparison of those differences, {@link #toEnd()}
   * @throws InvalidInputException if there is no difference
   */
  public static PairedComparison toEnd(String variant, String versus, LocalDate lastDay, int[] differences) {
    return of(variant, versus, lastDay, differences, true);
  }

  private static PairedComparison of(String variant, String versus, LocalDate by, int[] differences, boolean toEnd) {
    if (differences.length == 0) {
      throw InvalidInputException.argument("differences", "no paired replicate");
    }
    long sum = 0;
    int more = 0;
    int fewer = 0;
    for (int d : differences) {
      sum += d;
      more += d > 0 ? 1 : 0;
      fewer += d < 0 ? 1 : 0;
    }
    int n = differences.length;
    return new PairedComparison(variant, versus, by, Band.of(differences), (double) sum / n, (double) more / n,
        (double) fewer / n, differences, toEnd);
  }

  /** @return what the cases are counted to, as {@code summary.json} writes it: {@value #END} or the date */
  public String byLabel() {
    return toEnd ? END : by.toString();
  }

  /** @return a copy of the paired differences, replicate by replicate */
  @Override
  public int[] differences() {
    return differences.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PairedComparison c
        && variant.equals(c.variant)
        && versus.equals(c.versus)
        && by.equals(c.by)
        && difference.equals(c.difference)
        && Double.compare(mean, c.mean) == 0
        && Double.compare(probabilityMore, c.probabilityMore) == 0
        && Double.compare(probabilityFewer, c.probabilityFewer) == 0
        && Arrays.equals(differences, c.differences)
        && toEnd == c.toEnd;
  }

  @Override
  public int hashCode() {
    return Objects.hash(variant, versus, by, difference, mean, probabilityMore, probabilityFewer) * 31
        + Arrays.hashCode(differences);
  }

  @Override
  public String toString() {
    return "PairedComparison[" + variant + " vs " + versus + " by " + byLabel() + ": " + difference + ", mean " + mean
        + ", P(more)=" + probabilityMore + ", P(fewer)=" + probabilityFewer + ", " + differences.length
        + " replicates]";
  }
}
