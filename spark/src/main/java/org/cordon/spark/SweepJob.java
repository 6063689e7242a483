package org.cordon.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cordon.InvalidInputException;
import org.cordon.simulation.cli.AtomicOutput;
import org.cordon.simulation.sweep.SweepCsv;
import org.cordon.simulation.sweep.SweepJson;
import org.cordon.simulation.sweep.SweepResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cordon-spark sweep}: {@code cordon sweep} on Spark ({@link SparkSweep}): the same options
 * (but {@code --partitions} for {@code --threads}); writes the same {@code sweep.csv} and {@code
 * sweep.json} into {@code --out} (all or nothing, driver side; no chart or report: run {@code
 * cordon sweep} for those) and the per-replicate Parquet tables (one variant per start date).
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = "Cost of each day of delay (closure or whole response started on every date of a range), on Spark.")
final class SweepJob implements Callable<Integer> {
  @Option(names = "--scenario", paramLabel = "jinsha-2020|FILE", defaultValue = "jinsha-2020",
      description = "Preset name, or a YAML scenario file whose first variant uses the jinsha: shorthand (default: ${DEFAULT-VALUE}).")
  String scenario;

  @Option(names = "--part", paramLabel = "closure|response", required = true,
      description = "What moves: the closures only, or the whole local response.")
  String part;

  @Option(names = "--from", paramLabel = "DATE", required = true, description = "Earliest start (YYYY-MM-DD), the reference.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", required = true, description = "Latest start (YYYY-MM-DD), inclusive.")
  String to;

  @Option(names = "--step-days", paramLabel = "D", defaultValue = "1", description = "Days between starts (default: ${DEFAULT-VALUE}).")
  int stepDays;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "200", description = "Replicates per date (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Write sweep.csv and sweep.json into DIR (driver side).")
  Path out;

  @Option(names = "--parquet", paramLabel = "PATH",
      description = "Write the per-replicate tables under PATH (any Hadoop path; default: DIR/parquet).")
  String parquet;

  @Option(names = "--partitions", paramLabel = "P", defaultValue = "0",
      description = "Partitions of the replicate indices (default: 4 per core; results do not depend on it).")
  int partitions;

  @ParentCommand CordonSpark parent;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    SparkCompare.checkRuns(runs);
    SweepSource sweep = new SweepSource(ScenarioSource.of(scenario), part, date("--from", from), date("--to", to), stepDays, runs);
    sweep.plan(); // bad input is rejected before the session starts
    String pq = parquet != null ? parquet : out.resolve("parquet").toString();
    SweepResult r = SparkSweep.run(parent.session("sweep"), sweep, seed, partitions, Optional.of(pq));
    AtomicOutput.writeDirectory(out, dir -> {
      SweepCsv.write(r, dir.resolve("sweep.csv"));
      SweepJson.write(r, dir.resolve("sweep.json"));
    });
    PrintWriter w = spec.commandLine().getOut();
    w.printf("%s%n%nwrote %s and %s%nwrote %s/%s and %s/%s (Parquet)%n", r.sentence(), out.resolve("sweep.csv"),
        out.resolve("sweep.json"), pq, ReplicateParquet.DAILY, pq, ReplicateParquet.FINAL);
    w.flush();
    return 0;
  }

  private static LocalDate date(String option, String text) {
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw InvalidInputException.argument(option, "not a date (YYYY-MM-DD): " + text);
    }
  }
}
