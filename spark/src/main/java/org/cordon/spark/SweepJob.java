package org.cordon.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cordon.simulation.cli.AtomicOutput;
import org.cordon.simulation.sweep.SweepCsv;
import org.cordon.simulation.sweep.SweepJson;
import org.cordon.simulation.sweep.SweepResult;
import org.cordon.simulation.sweep.SweepTable;
import picocli.CommandLine.Command;
import org.cordon.simulation.cli.SweepOptions;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cordon-spark sweep}: {@code cordon sweep} on Spark ({@link SparkSweep}): the same options
 * (but {@code --partitions} for {@code --threads}); prints the same per-date table and sentence and writes the same {@code sweep.csv} and {@code
 * sweep.json} into {@code --out} (all or nothing, driver side; no chart or report: run {@code
 * cordon sweep} for those) and the per-replicate Parquet tables (one variant per start date).
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = "Cost of each day of delay (closure or whole response started on every date of a range), on Spark.")
final class SweepJob implements Callable<Integer> {
  @picocli.CommandLine.Mixin SweepOptions sweepOptions;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Write sweep.csv and sweep.json into DIR (driver side).")
  Path out;

  @Option(names = "--parquet", paramLabel = "PATH",
      description = "Write the per-replicate tables under PATH (any Hadoop path; default: DIR/parquet).")
  String parquet;

  @Option(names = "--partitions", paramLabel = "P", defaultValue = "0",
      description = "Partitions of the replicate indices (default: 4 per core of the registered executors, logged; results do not depend on it).")
  int partitions;

  @ParentCommand CordonSpark parent;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    SweepOptions o = sweepOptions;
    SparkCompare.checkRuns(o.runs());
    SweepSource sweep = new SweepSource(ScenarioSource.of(o.scenario()), o.part(), o.from(), o.to(), o.stepDays(), o.runs());
    sweep.plan(); // bad input is rejected before the session starts
    String pq = parquet != null ? parquet : out.resolve("parquet").toString();
    SweepResult r = SparkSweep.run(parent.session("sweep"), sweep, o.seed(), partitions, Optional.of(pq));
    AtomicOutput.writeDirectory(out, dir -> {
      SweepCsv.write(r, dir.resolve("sweep.csv"));
      SweepJson.write(r, dir.resolve("sweep.json"));
    });
    PrintWriter w = spec.commandLine().getOut();
    w.print(SweepTable.format(r));
    w.printf("%n%s%n%nwrote %s and %s%nwrote %s/%s and %s/%s (Parquet)%n", r.sentence(), out.resolve("sweep.csv"),
        out.resolve("sweep.json"), pq, ReplicateParquet.DAILY, pq, ReplicateParquet.FINAL);
    w.flush();
    return 0;
  }
}
