package org.cordon.simulation.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cordon.simulation.experiment.ComparisonSummary;
import org.cordon.simulation.progress.Progress;
import org.cordon.simulation.report.ComparisonReport;
import org.cordon.simulation.report.ReportWriter;
import org.cordon.simulation.experiment.Comparison;
import org.cordon.simulation.experiment.DailyCsv;
import org.cordon.simulation.experiment.Ensemble;
import org.cordon.simulation.experiment.Experiment;
import org.cordon.simulation.experiment.MonteCarlo;
import org.cordon.simulation.experiment.QuarantineSwitch;
import org.cordon.simulation.experiment.Scenarios;
import org.cordon.simulation.experiment.SummaryJson;
import org.cordon.simulation.experiment.SummaryMarkdown;
import org.cordon.simulation.experiment.SummaryTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code cordon compare}: runs every variant of a scenario as paired Monte Carlo replicates,
 * prints a table and, with {@code --out}, writes {@code summary.json}, {@code daily.csv}, the
 * charts and {@code report.html} (all or nothing; {@code --no-report} skips the last two). Shows
 * progress on standard error unless {@code --quiet}. Each run is followed past the scenario's last
 * day until nobody is exposed or infectious ({@code --follow-up-days}, at most); the baseline and
 * the headline variants are also run with the quarantine setting switched when the scenario has
 * them ({@link QuarantineSwitch}; {@code --no-quarantine-switch} skips it).
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = "Compare the scenario's variants (closing early vs late vs never) over paired runs.")
public final class CompareCommand implements Callable<Integer> {
  /**
   * Default replicates per variant: 2,000, from the stability measurement (docs/stability.md): the
   * paired difference of {@code response-late-city} has a standard deviation of about 6.4 cases,
   * so 2,000 runs put its mean's Monte Carlo error under 5% of the mean (about 3); the
   * closure-only difference (mean 0.2-0.9, sd about 2.8) would need some 35,000 and is reported
   * with its error instead. About 10 seconds on 2 cores.
   */
  public static final int DEFAULT_RUNS = 2000;

  @Option(names = "--scenario", paramLabel = "jinsha-2020|FILE", defaultValue = "jinsha-2020",
      description = "Preset name or YAML scenario file (default: ${DEFAULT-VALUE}).")
  String scenario;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "" + DEFAULT_RUNS,
      description = "Replicates per variant (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Mixin RunOptions run;

  @Option(names = "--out", paramLabel = "DIR", description = "Write summary.json, daily.csv, the charts (PNG) and report.html into DIR.")
  Path out;

  @Option(names = "--no-report", description = "With --out, skip the charts (PNG) and report.html.")
  boolean noReport;

  @Option(names = "--follow-up-days", paramLabel = "D", defaultValue = "" + Experiment.DEFAULT_FOLLOW_UP_DAYS,
      description = "Follow each run past the scenario's last day until nobody is exposed or infectious, for at most D"
          + " days; measures in force on the last day stay in force (default: ${DEFAULT-VALUE}; 0: stop on the last day).")
  int followUpDays;

  @Option(names = "--no-quarantine-switch",
      description = "Skip the runs with the quarantine setting switched (home against facility).")
  boolean noQuarantineSwitch;

  @Option(names = "--markdown", paramLabel = "all|answer|variants", arity = "0..1", fallbackValue = "all",
      description = "Print Markdown tables instead of the terminal table: all (the default), answer (the paired"
          + " differences) or variants (each variant's counts); the README and docs/ carry this output.")
  String markdown;


  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    run.check(runs);
    if (markdown != null && !java.util.List.of("all", "answer", "variants").contains(markdown)) {
      throw org.cordon.InvalidInputException.argument("--markdown", "expected all, answer or variants, not '" + markdown + "'");
    }
    try (AtomicOutput output = out == null ? null : AtomicOutput.open(out, "--out")) {
      return run(output);
    }
  }

  private int run(AtomicOutput output) {
    Experiment experiment = Scenarios.resolve(scenario).withFollowUp(followUpDays);
    boolean switchQuarantine = !noQuarantineSwitch && QuarantineSwitch.applies(experiment);
    long total = (long) runs * (experiment.variants().size()
        + (switchQuarantine ? QuarantineSwitch.switched(experiment).variants().size() : 0));
    Ensemble ensemble;
    ComparisonSummary summary;
    try (Progress progress = run.progress("compare", total, spec)) {
      ensemble = MonteCarlo.run(experiment, runs, seed, run.threads(), progress);
      summary = Comparison.summarize(ensemble);
      if (switchQuarantine) {
        summary = summary.withQuarantineSwitch(QuarantineSwitch.run(experiment, summary, runs, seed, run.threads(), progress));
      }
    }
    ComparisonSummary result = summary;
    PrintWriter w = spec.commandLine().getOut();
    w.print(markdown == null ? SummaryTable.format(summary) : switch (markdown) {
      case "answer" -> SummaryMarkdown.answer(summary);
      case "variants" -> SummaryMarkdown.variants(summary);
      default -> SummaryMarkdown.all(summary);
    });
    if (output != null) {
      output.commit(dir -> {
        SummaryJson.write(result, dir.resolve("summary.json"));
        DailyCsv.write(result, dir.resolve("daily.csv"));
        if (!noReport) {
          ReportWriter.write(ComparisonReport.of(ensemble, result, experiment.calibration(), CommandText.of(spec)), dir);
        }
      });
      w.printf("%nwrote %s and %s%s%n", out.resolve("summary.json"), out.resolve("daily.csv"),
          noReport ? "" : ", the charts and " + out.resolve(ReportWriter.REPORT_HTML));
    }
    w.flush();
    return 0;
  }

}
