package org.cordon.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.cordon.InvalidInputException;
import org.cordon.simulation.engine.RunResult;
import org.cordon.simulation.experiment.Calibrated;
import org.cordon.simulation.experiment.Calibration;
import org.cordon.simulation.experiment.JinshaExperiment;
import org.cordon.simulation.experiment.Observed;
import org.cordon.simulation.experiment.PosteriorPredictive;

/**
 * {@code calibrate} on Spark: the prior draws of {@link Calibration} partitioned by draw index
 * ({@link org.cordon.simulation.experiment.CalibrationPrior#draw(int)} on the executors), accepted
 * and fitted on the driver ({@link Calibration#posterior}); then the posterior predictive runs
 * partitioned by index ({@link PosteriorPredictive#run(int)}) and placed on the driver ({@link
 * Calibration#checks}). The result, and so the calibration YAML, equals {@link Calibration#run}'s
 * for the same inputs.
 */
public final class SparkCalibration {
  private SparkCalibration() {}

  /** A draw as shipped from an executor (the record {@link Calibration.Draw} is not serializable). */
  record ShippedDraw(int index, double w, double s, double c, double leak, int c1, int c2, int after, int contacts,
      double distance) implements Serializable {
    private static final long serialVersionUID = 1L;

    static ShippedDraw of(Calibration.Draw d) {
      return new ShippedDraw(d.index(), d.shareInfectedWuhan(), d.transmissionScale(), d.contactsOutsideHousehold(),
          d.leak(), d.confirmedByFirst(), d.confirmedBySecond(), d.confirmedAfterSecond(), d.closeContacts(), d.distance());
    }

    Calibration.Draw draw() {
      return new Calibration.Draw(index, w, s, c, leak, c1, c2, after, contacts, distance);
    }
  }

  /** The fitted values the predictive runs need, as broadcast (a {@link Calibrated} is not serializable). */
  record Fitted(CalibrationSetup setup, double w, double s, double c, double leak, double[][] posterior)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    static Fitted of(CalibrationSetup setup, Calibrated f) {
      double[][] p = f.posterior().stream()
          .map(d -> new double[] {d.shareInfectedWuhan(), d.transmissionScale(), d.contactsOutsideHousehold()})
          .toArray(double[][]::new);
      return new Fitted(setup, f.shareInfectedWuhan(), f.transmissionScale(), f.contactsOutsideHousehold(),
          f.assumptions().get(Calibration.LEAK_ASSUMPTION), p);
    }

    Calibrated calibrated() {
      List<Calibrated.PosteriorDraw> draws = new ArrayList<>();
      for (double[] d : posterior) {
        draws.add(new Calibrated.PosteriorDraw(d[0], d[1], d[2]));
      }
      return new Calibrated(JinshaExperiment.NAME, "", 0, w, s, c, Map.of(Calibration.LEAK_ASSUMPTION, leak), draws);
    }

    // by value, as a cache key (arrays compare by identity otherwise)
    @Override
    public boolean equals(Object o) {
      return o instanceof Fitted f && setup.equals(f.setup) && w == f.w && s == f.s && c == f.c && leak == f.leak
          && java.util.Arrays.deepEquals(posterior, f.posterior);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(setup, w, s, c, leak, java.util.Arrays.deepHashCode(posterior));
    }
  }

  /**
   * @param spark the session
   * @param setup the community and seed
   * @param draws prior draws (>= 10)
   * @param acceptShare share of the draws accepted, in (0, 1]
   * @param predictiveRuns replicates of the posterior predictive check (>= 1)
   * @param partitions partitions (0: four per core)
   * @param command the command line, recorded with the fitted values
   * @return the calibration's result, as {@link Calibration#run}
   * @throws InvalidInputException if a count or share is out of range
   * @throws ReplicateFailedException if a draw or predictive run threw (naming its index)
   */
  public static Calibration.Result run(SparkSession spark, CalibrationSetup setup, int draws, double acceptShare,
      int predictiveRuns, int partitions, String command) {
    if (draws < 10 || draws > 10_000_000) {
      throw InvalidInputException.argument("--draws", "must be 10..10000000: " + draws);
    }
    if (!(acceptShare > 0 && acceptShare <= 1)) {
      throw InvalidInputException.argument("--accept", "must be in (0, 1]: " + acceptShare);
    }
    if (predictiveRuns < 1 || predictiveRuns > 1_000_000) {
      throw InvalidInputException.argument("--runs", "must be 1..1000000: " + predictiveRuns);
    }
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<CalibrationSetup> b = sc.broadcast(setup);
    List<ShippedDraw> shipped = ReplicateJob.collect(ReplicateJob.indices(sc, draws, partitions).mapPartitions(it -> {
      var prior = b.value().prior();
      List<ShippedDraw> out = new ArrayList<>();
      while (it.hasNext()) {
        int i = it.next();
        try {
          out.add(ShippedDraw.of(prior.draw(i)));
        } catch (RuntimeException e) {
          throw new ReplicateFailedException("draw", i, e);
        }
      }
      return out.iterator();
    }));
    List<Calibration.Draw> all = shipped.stream().sorted(Comparator.comparingInt(ShippedDraw::index)).map(ShippedDraw::draw).toList();
    if (all.size() != draws) {
      throw new IllegalStateException("the job returned " + all.size() + " of " + draws + " draws");
    }
    Calibration.Posterior post = Calibration.posterior(all, acceptShare, setup.seed(), command);
    Broadcast<Fitted> fb = sc.broadcast(Fitted.of(setup, post.fitted()));
    List<IndexedRun> runs = ReplicateJob.collect(ReplicateJob.indices(sc, predictiveRuns, partitions).mapPartitions(it -> {
      Fitted f = fb.value();
      var prior = f.setup().prior();
      PosteriorPredictive predictive = WorkerCache.get(f, k -> prior.predictive(k.calibrated()));
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
    b.destroy();
    fb.destroy();
    List<RunResult> ordered = runs.stream().sorted(Comparator.comparingInt(IndexedRun::index)).map(IndexedRun::run).toList();
    return new Calibration.Result(draws, post.accepted(), post.fitted(), post.bands(), Calibration.checks(Observed.JINSHA_2020, ordered));
  }

  /** One predictive run, as shipped. */
  record IndexedRun(int index, RunResult run) implements Serializable {
    private static final long serialVersionUID = 1L;
  }
}
