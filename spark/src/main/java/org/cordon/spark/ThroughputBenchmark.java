package org.cordon.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.cordon.simulation.experiment.Ensemble;
import org.cordon.simulation.experiment.Experiment;
import org.cordon.simulation.experiment.MonteCarlo;
import org.cordon.simulation.experiment.Replicates;

/**
 * Replicates per second of {@code compare} on Spark {@code local[1]} and {@code local[2]} against
 * the local {@link MonteCarlo} on 1 and 2 threads, in one JVM and one run (so on the same machine
 * under the same load), and the fixed cost of a Spark job: session start, the first job (the
 * executor builds the experiment), and a warm one-replicate job. Not a unit test (the project
 * keeps timing out of tests); results go to {@code benchmarks/RESULTS.md}. The masters are set
 * here because comparing them is the point; the jobs themselves never set one.
 *
 * <p>Usage: {@code ThroughputBenchmark [SCENARIO] [RUNS] [REPETITIONS]} (default {@code
 * jinsha-2020 100 3}); each measurement is the median of the repetitions after a warm-up.
 */
public final class ThroughputBenchmark {
  private ThroughputBenchmark() {}

  /**
   * @param args scenario, replicates per variant per measurement, repetitions
   * @throws Exception if a run fails
   */
  public static void main(String[] args) throws Exception {
    String scenario = args.length > 0 ? args[0] : "jinsha-2020";
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int reps = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    ScenarioSource source = ScenarioSource.of(scenario);
    Experiment experiment = source.experiment();
    int variants = experiment.variants().size();
    System.out.printf(Locale.ROOT, "scenario %s: %d variants, %d residents; %d replicates per measurement, median of %d%n",
        scenario, variants, experiment.community().residentCount(), runs, reps);
    long t = System.nanoTime();
    Replicates.of(experiment);
    System.out.printf(Locale.ROOT, "compiling the variants (once per job locally, once per executor JVM on Spark): %.2f s%n",
        (System.nanoTime() - t) / 1e9);
    Ensemble reference = MonteCarlo.run(experiment, runs, 1L, 2); // warm-up, and the reference ensemble
    List<String> rows = new ArrayList<>();
    rows.add(local(experiment, runs, reps, 1));
    rows.add(local(experiment, runs, reps, 2));
    for (int cores : new int[] {1, 2}) {
      rows.add(spark(source, runs, reps, cores, reference));
    }
    rows.add(local(experiment, runs, reps, 1).replace("| MonteCarlo", "| again (drift): MonteCarlo"));
    rows.add(local(experiment, runs, reps, 2).replace("| MonteCarlo", "| again (drift): MonteCarlo"));
    System.out.println();
    System.out.println("| runner | replicates/s (median) | seconds per " + runs + " replicates (each repetition) |");
    System.out.println("|---|---|---|");
    rows.forEach(System.out::println);
  }

  private static String local(Experiment e, int runs, int reps, int threads) {
    double[] s = new double[reps];
    for (int r = 0; r < reps; r++) {
      long t = System.nanoTime();
      MonteCarlo.run(e, runs, 1L, threads);
      s[r] = (System.nanoTime() - t) / 1e9;
    }
    return row("MonteCarlo, " + threads + " thread" + (threads > 1 ? "s" : ""), runs, s);
  }

  private static String spark(ScenarioSource source, int runs, int reps, int cores, Ensemble reference) {
    WorkerCache.clear(); // so that the first job builds the experiment, as on a fresh executor
    long t0 = System.nanoTime();
    SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("cordon-throughput")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    double start = (System.nanoTime() - t0) / 1e9;
    try {
      long t1 = System.nanoTime();
      SparkCompare.run(spark, source, 1, 1L, 1, Optional.empty());
      double first = (System.nanoTime() - t1) / 1e9;
      long t2 = System.nanoTime();
      SparkCompare.run(spark, source, 1, 1L, 1, Optional.empty());
      double warm = (System.nanoTime() - t2) / 1e9;
      Replicates cached = WorkerCache.replicates(source);
      long t3 = System.nanoTime();
      cached.run(1L, 0);
      double oneLocal = (System.nanoTime() - t3) / 1e9;
      System.out.printf(Locale.ROOT, "local[%d]: session start %.2f s; first job (1 replicate, builds the experiment) %.2f s;"
          + " warm 1-replicate job %.3f s, of which the replicate itself %.3f s%n", cores, start, first, warm, oneLocal);
      SparkCompare.Output warmUp = SparkCompare.run(spark, source, runs, 1L, 0, Optional.empty());
      if (!warmUp.ensemble().results().equals(reference.results())) {
        throw new IllegalStateException("Spark's ensemble differs from MonteCarlo's");
      }
      double[] s = new double[reps];
      for (int r = 0; r < reps; r++) {
        long t = System.nanoTime();
        SparkCompare.run(spark, source, runs, 1L, 0, Optional.empty());
        s[r] = (System.nanoTime() - t) / 1e9;
      }
      return row("Spark local[" + cores + "], " + 4 * cores + " partitions", runs, s);
    } finally {
      spark.stop();
    }
  }

  private static String row(String name, int runs, double[] seconds) {
    double[] sorted = seconds.clone();
    Arrays.sort(sorted);
    double median = sorted[sorted.length / 2];
    StringBuilder each = new StringBuilder();
    for (double x : seconds) {
      each.append(each.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", x));
    }
    return String.format(Locale.ROOT, "| %s | %.1f | %s |", name, runs / median, each);
  }
}
