package org.cordon.simulation.experiment;

import java.util.List;

/**
 * The result of a comparison, as plain values for the JSON and CSV writers and for reports: no
 * timings, so the same seed gives the same summary on any machine and thread count.
 *
 * @param scenario the scenario's name
 * @param runs replicates per variant
 * @param seed the seed
 * @param variants one summary per variant, baseline first
 * @param comparisons every other variant against the baseline
 * @param daily per variant and day, the bands of the daily series
 */
public record ComparisonSummary(
    String scenario,
    int runs,
    long seed,
    List<VariantSummary> variants,
    List<PairedComparison> comparisons,
    List<DailyBand> daily) {
  /** Copies the lists. */
  public ComparisonSummary {
    variants = List.copyOf(variants);
    comparisons = List.copyOf(comparisons);
    daily = List.copyOf(daily);
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
