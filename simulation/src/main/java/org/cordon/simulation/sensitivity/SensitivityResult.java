package org.cordon.simulation.sensitivity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A sensitivity analysis of the Jinsha headlines: for each headline comparison, the Sobol indices
 * of every input.
 *
 * @param scenario the scenario's name
 * @param by the last simulated day (what the statistic counts to)
 * @param statistic what is compared, e.g. "confirmed cases by the last day"
 * @param samples the base sample size N
 * @param runs paired runs per design point R
 * @param seed the seed of the runs (the bootstrap's is derived from it)
 * @param resamples bootstrap resamples
 * @param problem the inputs
 * @param headlines one per headline comparison
 */
public record SensitivityResult(
    String scenario, LocalDate by, String statistic, int samples, int runs, long seed, int resamples,
    SensitivityProblem problem, List<Headline> headlines) {

  /** Copies the list. */
  public SensitivityResult {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(problem, "problem");
    headlines = List.copyOf(headlines);
  }

  /**
   * One headline comparison and its indices.
   *
   * @param variant the variant
   * @param versus the baseline
   * @param sobol the indices, with the outputs' mean and variance
   * @param noiseVariance the Monte Carlo noise in the design points' means (within-point variance
   *     over the R paired runs, divided by R; NaN with R = 1)
   */
  public record Headline(String variant, String versus, SobolAnalysis.Result sobol, double noiseVariance) {
    /** @return the name used in file names and the report, e.g. {@code late-city} */
    public String name() {
      return variant;
    }

    /** @return the share of the output variance that is Monte Carlo noise of the runs (NaN if unknown) */
    public double noiseShare() {
      return sobol.variance() > 0 ? Math.min(1, noiseVariance / sobol.variance()) : Double.NaN;
    }

    /** @return the sum of the first-order indices (1 minus this is interaction and noise) */
    public double firstOrderSum() {
      return sobol.indices().stream().mapToDouble(SobolIndices::firstOrder).sum();
    }

    /**
     * @param count how many
     * @return the inputs with the largest total index, largest first
     */
    public List<SobolIndices> topByTotal(int count) {
      return sobol.indices().stream()
          .filter(i -> !Double.isNaN(i.total()))
          .sorted((a, b) -> Double.compare(b.total(), a.total()))
          .limit(count).toList();
    }
  }
}
