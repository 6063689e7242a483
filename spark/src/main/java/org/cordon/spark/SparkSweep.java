package org.cordon.spark;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.cordon.simulation.engine.RunResult;
import org.cordon.simulation.experiment.Ensemble;
import org.cordon.simulation.sweep.Sweep;
import org.cordon.simulation.sweep.SweepPlan;
import org.cordon.simulation.sweep.SweepResult;

/**
 * {@code sweep} on Spark: the plan of {@code cordon sweep} ({@link SweepSource#plan()}, one
 * variant per start date), its replicates partitioned by index like {@link SparkCompare}'s (replicate
 * {@code i} of every date, common random numbers across dates), summarized on the driver by {@link
 * Sweep#summarize}, so {@code sweep.csv} and {@code sweep.json} are byte-identical to the local
 * command's.
 */
public final class SparkSweep {
  private SparkSweep() {}

  /**
   * @param spark the session
   * @param sweep the scenario, part and dates
   * @param seed the seed
   * @param partitions partitions (0: four per core)
   * @param parquet folder for the per-replicate Parquet tables (variants named by start date), if any
   * @return the sweep's result
   * @throws org.cordon.InvalidInputException if the scenario, part, dates or runs are bad
   * @throws ReplicateFailedException if a replicate threw (naming its index)
   */
  public static SweepResult run(SparkSession spark, SweepSource sweep, long seed, int partitions, Optional<String> parquet) {
    SparkCompare.checkRuns(sweep.runs());
    SweepPlan plan = WorkerCache.get(sweep, SweepSource::plan);
    List<List<RunResult>> results = SparkCompare.runAll(spark, sweep, plan.experiment(), sweep.runs(), seed, partitions,
        parquet, ReplicateFunction.ALL_VARIANTS);
    return Sweep.summarize(plan, new Ensemble(plan.experiment(), seed, sweep.runs(), results));
  }
}
