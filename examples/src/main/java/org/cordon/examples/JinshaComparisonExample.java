package org.cordon.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Map;
import org.cordon.simulation.experiment.Band;
import org.cordon.simulation.experiment.Calibrated;
import org.cordon.simulation.experiment.Comparison;
import org.cordon.simulation.experiment.ComparisonSummary;
import org.cordon.simulation.experiment.Experiment;
import org.cordon.simulation.experiment.MonteCarlo;
import org.cordon.simulation.experiment.PairedComparison;
import org.cordon.simulation.experiment.Scenarios;
import org.cordon.simulation.experiment.VariantSummary;

/**
 * Example 4 ({@code examples/run jinsha [RUNS]}): the Jinsha 2020 comparison from Java, what
 * {@code ./cordon compare} does, reading the result objects instead of files.
 *
 * <p>The experiment is the synthetic Jinsha community (26,707 residents, seed 1) with the shipped
 * calibration and the preset's variants ({@code JinshaExperiment.PRESET}): {@code as-happened}
 * (Honghua sealed 25 January, the community 1 February), {@code late-city} (everything sealed 10
 * February), {@code late-province} (12 February), {@code rest-late-city} (closures as they happened,
 * survey, quarantine and disinfection from 10 February), {@code response-late-city} (every local
 * measure from 10 February), {@code never} (no closure) and {@code response-never} (no local measure). Each variant runs the same paired replicates; the summary gives
 * per variant the median and 5–95% band of confirmed cases by 27 January, 3 February and 8
 * March (observed in Jinsha: 10, 20 and 20), and each later variant's extra confirmed cases
 * against {@code as-happened}.
 */
public final class JinshaComparisonExample {
  private JinshaComparisonExample() {}

  /**
   * Runs the example.
   *
   * @param args optional number of runs per variant (default 50)
   */
  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    run(runs, 1, Runtime.getRuntime().availableProcessors(), System.out);
  }

  /**
   * Runs the Jinsha comparison and prints its summary.
   *
   * @param runs replicates per variant
   * @param seed the Monte Carlo seed (the same seed gives the same summary on any thread count)
   * @param threads worker threads
   * @param out where to print
   * @return the summary
   * @throws org.cordon.InvalidInputException if {@code runs} or {@code threads} is below 1
   */
  public static ComparisonSummary run(int runs, long seed, int threads, PrintStream out) {
    // The preset experiment: community, disease model with the shipped calibration, the preset's variants.
    Experiment jinsha = Scenarios.jinsha(Calibrated.jinsha2020());
    ComparisonSummary summary = Comparison.summarize(MonteCarlo.run(jinsha, runs, seed, threads));

    out.printf("%s: %d runs per variant, seed %d, %s to %s%n", summary.scenario(), summary.runs(),
        summary.seed(), jinsha.start(), jinsha.end());
    for (VariantSummary v : summary.variants()) {
      out.printf("variant %s (first closure %s)%n", v.name(),
          v.closureDate().map(LocalDate::toString).orElse("never"));
      for (Map.Entry<LocalDate, Band> e : v.confirmed().entrySet()) {
        Band b = e.getValue();
        out.printf("  confirmed by %s: median %.1f (5-95%%: %.1f-%.1f)%n", e.getKey(), b.median(), b.p5(), b.p95());
      }
      out.printf("  close contacts traced: median %.1f%n", v.closeContacts().median());
    }
    for (PairedComparison c : summary.comparisons()) {
      out.printf("%s vs %s by %s: %+.0f confirmed (mean %+.2f; 5-95%%: %+.0f to %+.0f), more cases in %.0f%% of runs,"
          + " fewer in %.0f%%%n", c.variant(), c.versus(), c.by(), c.difference().median(), c.mean(),
          c.difference().p5(), c.difference().p95(), 100 * c.probabilityMore(), 100 * c.probabilityFewer());
    }
    return summary;
  }
}
