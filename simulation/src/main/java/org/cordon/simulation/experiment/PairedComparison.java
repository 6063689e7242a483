package org.cordon.simulation.experiment;

import java.time.LocalDate;
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
 */
public record PairedComparison(
    String variant, String versus, LocalDate by, Band difference, double mean, double probabilityMore,
    double probabilityFewer) {

  /** @throws InvalidInputException if a probability is outside [0, 1] (NaN included) or they add past 1 */
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
        (double) fewer / n);
  }
}
