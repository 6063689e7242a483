package org.cordon.simulation.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cordon.simulation.experiment.ComparisonSummary;
import org.cordon.simulation.experiment.Comparison;
import org.cordon.simulation.experiment.DailyCsv;
import org.cordon.simulation.experiment.Ensemble;
import org.cordon.simulation.experiment.Experiment;
import org.cordon.simulation.experiment.MonteCarlo;
import org.cordon.simulation.experiment.Scenarios;
import org.cordon.simulation.experiment.SummaryJson;
import org.cordon.simulation.experiment.SummaryTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code cordon compare}: runs every variant of a scenario as paired Monte Carlo replicates,
 * prints a table and, with {@code --out}, writes {@code summary.json} and {@code daily.csv}
 * (all or nothing).
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = "Compare the scenario's variants (closing early vs late vs never) over paired runs.")
public final class CompareCommand implements Callable<Integer> {
  /** Default replicates per variant (the README's command runs in well under a minute on 2 cores). */
  public static final int DEFAULT_RUNS = 200;

  @Option(names = "--scenario", paramLabel = "jinsha-2020|FILE", defaultValue = "jinsha-2020",
      description = "Preset name or YAML scenario file (default: ${DEFAULT-VALUE}).")
  String scenario;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "" + DEFAULT_RUNS,
      description = "Replicates per variant (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores).")
  Integer threads;

  @Option(names = "--out", paramLabel = "DIR", description = "Write summary.json and daily.csv into DIR.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    RunOptions.check(runs, threads);
    Experiment experiment = Scenarios.resolve(scenario);
    ComparisonSummary summary = Comparison.summarize(
        MonteCarlo.run(experiment, runs, seed, RunOptions.threads(threads)));
    PrintWriter w = spec.commandLine().getOut();
    w.print(SummaryTable.format(summary));
    if (out != null) {
      AtomicOutput.writeDirectory(out, dir -> {
        SummaryJson.write(summary, dir.resolve("summary.json"));
        DailyCsv.write(summary, dir.resolve("daily.csv"));
      });
      w.printf("%nwrote %s and %s%n", out.resolve("summary.json"), out.resolve("daily.csv"));
    }
    w.flush();
    return 0;
  }

}
