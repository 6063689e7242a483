package org.cordon.simulation.experiment;

import java.util.List;
import java.util.Optional;

/**
 * The result of a comparison, as plain values for the JSON and CSV writers and for reports: no
 * timings, so the same seed gives the same summary on any machine and thread count.
 *
 * @param scenario the scenario's name
 * @param runs replicates per variant
 * @param seed the seed
 * @param variants one summary per variant, baseline first
 * @param comparisons every other variant against the baseline, by the last day
 * @param daily per variant and day, the bands of the daily series
 * @param endComparisons every other variant against the baseline, by the end of each run ({@link
 *     PairedComparison#toEnd()})
 * @param followUpDays the most days each run was followed past the last day
 * @param attribution the 2 × 2 split closure × rest of the response, when the experiment has its
 *     four variants ({@link Attribution})
 * @param quarantineSwitch how the headline comparisons move with the quarantine setting switched,
 *     when it was run ({@link QuarantineSwitch})
 */
public record ComparisonSummary(
    String scenario,
    int runs,
    long seed,
    List<VariantSummary> variants,
    List<PairedComparison> comparisons,
    List<DailyBand> daily,
    List<PairedComparison> endComparisons,
    int followUpDays,
    Optional<Attribution> attribution,
    Optional<QuarantineSwitch.Result> quarantineSwitch) {
  /** Copies the lists. */
  public ComparisonSummary {
    variants = List.copyOf(variants);
    comparisons = List.copyOf(comparisons);
    daily = List.copyOf(daily);
    endComparisons = List.copyOf(endComparisons);
    java.util.Objects.requireNonNull(attribution, "attribution");
    java.util.Objects.requireNonNull(quarantineSwitch, "quarantineSwitch");
  }

  /**
   * @param result how the comparisons move with the quarantine setting switched
   * @return this summary with it
   */
  public ComparisonSummary withQuarantineSwitch(QuarantineSwitch.Result result) {
    return new ComparisonSummary(scenario, runs, seed, variants, comparisons, daily, endComparisons, followUpDays,
        attribution, Optional.of(result));
  }

  /** @return the runs, over all variants, still going at the follow-up cap */
  public int runsCapped() {
    return variants.stream().mapToInt(VariantSummary::runsCapped).sum();
  }

  /**
   * @param variant a variant's name
   * @return its comparison with the baseline by the end of the runs, if it has one
   */
  public Optional<PairedComparison> endComparison(String variant) {
    return endComparisons.stream().filter(c -> c.variant().equals(variant)).findFirst();
  }

  /**
   * @param name a variant name
   * @return its summary
   * @throws org.cordon.InvalidInputException if there is no such variant
   */
  public VariantSummary variant(String name) {
    return variants.stream().filter(v -> v.name().equals(name)).findFirst()
        .orElseThrow(() -> org.cordon.InvalidInputException.argument("variant", "unknown variant '" + name + "'"));
  }
}
