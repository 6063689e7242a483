package org.cordon.spark;

import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.cordon.InvalidInputException;
import org.cordon.simulation.engine.RunResult;
import org.cordon.simulation.experiment.Comparison;
import org.cordon.simulation.experiment.ComparisonSummary;
import org.cordon.simulation.experiment.Ensemble;
import org.cordon.simulation.experiment.Experiment;
import org.cordon.simulation.experiment.Variant;

/**
 * {@code compare} on Spark: the ensemble of {@code cordon compare} (replicate {@code i} of every
 * variant, {@link org.cordon.simulation.experiment.Replicates#run(long, int)}), computed on the
 * executors and summarized on the driver by {@link Comparison#summarize(Ensemble)}, so {@code
 * summary.json} and {@code daily.csv} are byte-identical to the local command's.
 *
 * <pre>{@code
 * SparkCompare.Output o = SparkCompare.run(spark, ScenarioSource.of("jinsha-2020"), 2000, 1L, 0, Optional.empty());
 * String json = SummaryJson.toJson(o.summary());
 * }</pre>
 */
public final class SparkCompare {
  private SparkCompare() {}

  /**
   * What the job produced.
   *
   * @param ensemble every run, index order
   * @param summary its summary (as {@code cordon compare})
   */
  public record Output(Ensemble ensemble, ComparisonSummary summary) {}

  /**
   * @param spark the session
   * @param scenario the scenario
   * @param runs replicates per variant (1..1000000)
   * @param seed the seed
   * @param partitions partitions (0: four per core)
   * @param parquet folder for the per-replicate Parquet tables ({@link ReplicateParquet}), if any
   * @return the ensemble and its summary
   * @throws InvalidInputException if the scenario is bad or a count out of range
   * @throws ReplicateFailedException if a replicate threw (naming its index)
   */
  public static Output run(SparkSession spark, ScenarioSource scenario, int runs, long seed, int partitions,
      Optional<String> parquet) {
    return run(spark, scenario, runs, seed, partitions, parquet, ReplicateFunction.ALL_VARIANTS);
  }

  /**
   * As {@link #run(SparkSession, ScenarioSource, int, long, int, Optional)}, with what runs for
   * each index given (tests inject a failing replicate through it).
   *
   * @param spark the session
   * @param scenario the scenario
   * @param runs replicates per variant (1..1000000)
   * @param seed the seed
   * @param partitions partitions (0: four per core)
   * @param parquet folder for the per-replicate Parquet tables, if any
   * @param function what runs for one replicate index
   * @return the ensemble and its summary
   * @throws InvalidInputException if the scenario is bad or a count out of range
   * @throws ReplicateFailedException if a replicate threw (naming its index)
   */
  public static Output run(SparkSession spark, ScenarioSource scenario, int runs, long seed, int partitions,
      Optional<String> parquet, ReplicateFunction function) {
    checkRuns(runs);
    Experiment experiment = WorkerCache.experiment(scenario);
    List<List<RunResult>> results = runAll(spark, scenario, experiment, runs, seed, partitions, parquet, function);
    Ensemble ensemble = new Ensemble(experiment, seed, runs, results);
    return new Output(ensemble, Comparison.summarize(ensemble));
  }

  static void checkRuns(int runs) {
    if (runs < 1 || runs > 1_000_000) {
      throw InvalidInputException.argument("--runs", "must be 1..1000000: " + runs);
    }
  }

  /**
   * Runs the replicates of every variant, writes them as Parquet if asked, and returns them in
   * order.
   */
  static List<List<RunResult>> runAll(SparkSession spark, ExperimentSource scenario, Experiment experiment, int runs,
      long seed, int partitions, Optional<String> parquet, ReplicateFunction function) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<ExperimentSource> b = sc.broadcast(scenario);
    JavaRDD<IndexedRuns> rdd = ReplicateJob.runs(sc, b, runs, seed, partitions, function);
    try {
      List<List<RunResult>> results = ReplicateJob.collect(rdd, runs, experiment.variants().size());
      parquet.ifPresent(dir -> ReplicateParquet.write(spark, rdd, experiment.variants().stream().map(Variant::name).toList(), dir));
      return results;
    } finally {
      rdd.unpersist(false);
      b.destroy();
    }
  }
}
