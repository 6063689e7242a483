package org.cordon.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cordon.simulation.cli.AtomicOutput;
import org.cordon.simulation.experiment.DailyCsv;
import org.cordon.simulation.experiment.SummaryJson;
import org.cordon.simulation.experiment.SummaryTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cordon-spark compare}: {@code cordon compare} on Spark ({@link SparkCompare}). Prints the
 * same table; with {@code --out} writes the same {@code summary.json} and {@code daily.csv} (all
 * or nothing, on the driver's file system; no charts or report: run {@code cordon compare} for
 * those) and the per-replicate Parquet tables ({@code --parquet}, by default {@code
 * DIR/parquet}).
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare the scenario's variants over paired runs, replicates spread over the Spark cluster.")
final class CompareJob implements Callable<Integer> {
  @Option(names = "--scenario", paramLabel = "jinsha-2020|FILE", defaultValue = "jinsha-2020",
      description = "Preset name or YAML scenario file, read on the driver (default: ${DEFAULT-VALUE}).")
  String scenario;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "200", description = "Replicates per variant (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", paramLabel = "DIR", description = "Write summary.json and daily.csv into DIR (driver side).")
  Path out;

  @Option(names = "--parquet", paramLabel = "PATH",
      description = "Write the per-replicate tables daily/ and final/ as Parquet under PATH (any Hadoop path; default: DIR/parquet with --out).")
  String parquet;

  @Option(names = "--partitions", paramLabel = "P", defaultValue = "0",
      description = "Partitions of the replicate indices (default: 4 per core of the registered executors, logged; results do not depend on it).")
  int partitions;

  @ParentCommand CordonSpark parent;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    SparkCompare.checkRuns(runs);
    ScenarioSource source = ScenarioSource.of(scenario);
    Optional<String> pq = Optional.ofNullable(parquet).or(() -> Optional.ofNullable(out).map(o -> o.resolve("parquet").toString()));
    SparkCompare.Output o = SparkCompare.run(parent.session("compare"), source, runs, seed, partitions, pq);
    PrintWriter w = spec.commandLine().getOut();
    w.print(SummaryTable.format(o.summary()));
    if (out != null) {
      AtomicOutput.writeDirectory(out, dir -> {
        SummaryJson.write(o.summary(), dir.resolve("summary.json"));
        DailyCsv.write(o.summary(), dir.resolve("daily.csv"));
      });
      w.printf("%nwrote %s and %s%n", out.resolve("summary.json"), out.resolve("daily.csv"));
    }
    pq.ifPresent(p -> w.printf("wrote %s/%s and %s/%s (Parquet)%n", p, ReplicateParquet.DAILY, p, ReplicateParquet.FINAL));
    w.flush();
    return 0;
  }
}
