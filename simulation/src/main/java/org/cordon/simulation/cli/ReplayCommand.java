package org.cordon.simulation.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cordon.simulation.experiment.Comparison;
import org.cordon.simulation.experiment.ComparisonSummary;
import org.cordon.simulation.experiment.DailyCsv;
import org.cordon.simulation.experiment.Experiment;
import org.cordon.simulation.experiment.MonteCarlo;
import org.cordon.simulation.experiment.Scenarios;
import org.cordon.simulation.experiment.SummaryJson;
import org.cordon.simulation.experiment.SummaryTable;
import org.cordon.simulation.progress.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code cordon replay --variant V}: runs one variant of a scenario over Monte Carlo replicates and
 * prints (and with {@code --out} writes) its summary and daily bands. Shows progress on standard
 * error unless {@code --quiet}.
 */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = "Run one variant of a scenario (default: as-happened) over replicates.")
public final class ReplayCommand implements Callable<Integer> {
  @Option(names = "--scenario", paramLabel = "jinsha-2020|FILE", defaultValue = "jinsha-2020",
      description = "Preset name or YAML scenario file (default: ${DEFAULT-VALUE}).")
  String scenario;

  @Option(names = "--variant", paramLabel = "V", defaultValue = "as-happened",
      description = "The variant to run (default: ${DEFAULT-VALUE}).")
  String variant;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "200", description = "Replicates (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Mixin RunOptions run;

  @Option(names = "--out", paramLabel = "DIR", description = "Write summary.json and daily.csv into DIR.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    run.check(runs);
    Experiment experiment = Scenarios.resolve(scenario).only(variant);
    try (AtomicOutput output = out == null ? null : AtomicOutput.open(out, "--out")) {
      ComparisonSummary summary;
      try (Progress progress = run.progress("replay", (long) runs * experiment.variants().size(), spec)) {
        summary = Comparison.summarize(MonteCarlo.run(experiment, runs, seed, run.threads(), progress));
      }
      PrintWriter w = spec.commandLine().getOut();
      w.print(SummaryTable.format(summary));
      if (output != null) {
        output.commit(dir -> {
          SummaryJson.write(summary, dir.resolve("summary.json"));
          DailyCsv.write(summary, dir.resolve("daily.csv"));
        });
        w.printf("%nwrote %s and %s%n", out.resolve("summary.json"), out.resolve("daily.csv"));
      }
      w.flush();
    }
    return 0;
  }
}
