package org.cordon.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.cordon.InvalidInputException;
import org.cordon.simulation.engine.RunResult;
import org.cordon.simulation.experiment.AbcSmc;
import org.cordon.simulation.experiment.Calibrated;
import org.cordon.simulation.experiment.Calibration;
import org.cordon.simulation.experiment.CalibrationPrior;
import org.cordon.simulation.experiment.CalibrationYaml;
import org.cordon.simulation.experiment.Observed;
import org.cordon.simulation.experiment.PosteriorPredictive;
import org.cordon.simulation.scenario.YamlNode;

/**
 * {@code calibrate} on Spark: {@link Calibration#run} with a {@link Calibration.Runner} whose
 * batches of ABC-SMC proposals are partitioned over the executors ({@link
 * CalibrationPrior#simulate} there), the sampler itself on the driver; then the posterior
 * predictive runs partitioned by index ({@link PosteriorPredictive#run(int)}). The result, and so
 * the calibration YAML, equals {@link Calibration#run}'s on local threads for the same inputs.
 */
public final class SparkCalibration {
  private SparkCalibration() {}

  /** A proposal as shipped to an executor. */
  record ShippedProposal(int index, int attempt, double[] theta, long seed) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A proposal's statistics as shipped back. */
  record ShippedStats(int index, CalibrationPrior.Stats stats) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** The fitted values the predictive runs need, as broadcast (their calibration YAML text). */
  record Fitted(CalibrationSetup setup, String yaml) implements Serializable {
    private static final long serialVersionUID = 1L;

    Calibrated calibrated() {
      return CalibrationYaml.read(YamlNode.parse("fitted", new java.io.StringReader(yaml)));
    }
  }

  /**
   * @param spark the session
   * @param setup the community and seed
   * @param settings the sampler's settings
   * @param predictiveRuns replicates of the posterior predictive check (>= 1)
   * @param partitions partitions (0: four per core)
   * @param command the command line, recorded with the fitted values
   * @return the calibration's result, as {@link Calibration#run}
   * @throws InvalidInputException if a count is out of range
   * @throws ReplicateFailedException if a simulation or predictive run threw (naming its index)
   */
  public static Calibration.Result run(SparkSession spark, CalibrationSetup setup, AbcSmc.Settings settings,
      int predictiveRuns, int partitions, String command) {
    if (predictiveRuns < 1 || predictiveRuns > 1_000_000) {
      throw InvalidInputException.argument("--runs", "must be 1..1000000: " + predictiveRuns);
    }
    if (partitions < 0) {
      throw InvalidInputException.argument("--partitions", "must be >= 0: " + partitions);
    }
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<CalibrationSetup> b = sc.broadcast(setup);
    Calibration.Runner runner = new Calibration.Runner() {
      @Override
      public AbcSmc.Evaluator<CalibrationPrior.Stats> evaluator(CalibrationPrior prior) {
        return ps -> {
          List<ShippedProposal> shipped = new ArrayList<>(ps.size());
          for (int i = 0; i < ps.size(); i++) {
            AbcSmc.Proposal p = ps.get(i);
            shipped.add(new ShippedProposal(i, p.attempt(), p.theta(), p.seed()));
          }
          int parts = Math.max(1, Math.min(ps.size(), partitions == 0 ? 4 * sc.defaultParallelism() : partitions));
          List<ShippedStats> back = ReplicateJob.collect(sc.parallelize(shipped, parts).mapPartitions(it -> {
            CalibrationPrior executorPrior = b.value().prior();
            List<ShippedStats> out = new ArrayList<>();
            while (it.hasNext()) {
              ShippedProposal p = it.next();
              try {
                out.add(new ShippedStats(p.index(), executorPrior.simulate(p.theta(), p.seed(), p.attempt())));
              } catch (RuntimeException e) {
                throw new ReplicateFailedException("proposal", p.attempt(), e);
              }
            }
            return out.iterator();
          }));
          if (back.size() != ps.size()) {
            throw new IllegalStateException("the job returned " + back.size() + " of " + ps.size() + " proposals");
          }
          return back.stream().sorted(Comparator.comparingInt(ShippedStats::index)).map(ShippedStats::stats).toList();
        };
      }

      @Override
      public List<RunResult> predictive(CalibrationPrior prior, Calibrated fitted, long seed, int n) {
        Broadcast<Fitted> fb = sc.broadcast(new Fitted(setup, fitted.toYaml()));
        List<IndexedRun> runs = ReplicateJob.collect(ReplicateJob.indices(sc, n, partitions).mapPartitions(it -> {
          Fitted f = fb.value();
          PosteriorPredictive predictive = WorkerCache.get(f, k -> k.setup().prior().predictive(k.calibrated(), seed));
          List<IndexedRun> out = new ArrayList<>();
          while (it.hasNext()) {
            int i = it.next();
            try {
              out.add(new IndexedRun(i, predictive.run(i)));
            } catch (RuntimeException e) {
              throw new ReplicateFailedException("predictive run", i, e);
            }
          }
          return out.iterator();
        }));
        fb.destroy();
        return runs.stream().sorted(Comparator.comparingInt(IndexedRun::index)).map(IndexedRun::run).toList();
      }
    };
    try {
      return Calibration.run(setup.prior(), Observed.JINSHA_2020, settings, predictiveRuns, runner, command);
    } finally {
      b.destroy();
    }
  }

  /** One predictive run, as shipped. */
  record IndexedRun(int index, RunResult run) implements Serializable {
    private static final long serialVersionUID = 1L;
  }
}
