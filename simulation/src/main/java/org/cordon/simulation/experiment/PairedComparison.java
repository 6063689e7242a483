package org.cordon.simulation.experiment;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import org.cordon.InvalidInputException;

/**
 * A variant against the baseline, replicate by replicate (paired): the difference in cumulative
 * confirmed cases by a date, its mean, and how often the variant had more and how often fewer
 * (the rest of the replicates had as many).
 *
 * @param variant the variant's name
 * @param versus the baseline's name
 * @param by the date the confirmed cases are counted to (the last simulated day)
 * @param difference variant minus baseline over the paired replicates: median and 5-95% by
 *     nearest rank (whole cases)
 * @param mean the mean of the paired differences
 * @param probabilityMore the share of replicates in which the variant had strictly more
 * @param probabilityFewer the share of replicates in which the variant had strictly fewer
 * @param differences the paired differences themselves, replicate by replicate (index order; what
 *     the others are computed from, kept for histograms)
 */
public record PairedComparison(
    String variant, String versus, LocalDate by, Band difference, double mean, double probabilityMore,
    double probabilityFewer, int[] differences) {

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
        (double) fewer / n, differences);
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
        && Arrays.equals(differences, c.differences);
  }

  @Override
  public int hashCode() {
    return Objects.hash(variant, versus, by, difference, mean, probabilityMore, probabilityFewer) * 31
        + Arrays.hashCode(differences);
  }

  @Override
  public String toString() {
    return "PairedComparison[" + variant + " vs " + versus + " by " + by + ": " + difference + ", mean " + mean
        + ", P(more)=" + probabilityMore + ", P(fewer)=" + probabilityFewer + ", " + differences.length
        + " replicates]";
  }
}
