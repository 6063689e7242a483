package org.cordon.simulation.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cordon.InvalidInputException;
import org.cordon.simulation.engine.RunResult;
import org.cordon.simulation.experiment.Band;
import org.cordon.simulation.experiment.Ensemble;
import org.cordon.simulation.experiment.Experiment;
import org.cordon.simulation.experiment.MonteCarlo;
import org.cordon.simulation.experiment.PairedComparison;
import org.cordon.simulation.progress.Progress;

/**
 * Runs a {@link SweepPlan}: every start date's variant as {@link MonteCarlo} replicates of one
 * experiment, so replicate {@code i} uses the same seed, streams and parameter draw at every date
 * (common random numbers) and the community, contact graph and tracer are built once; only the
 * dates' timelines are compiled. Identical whatever the thread count.
 */
public final class Sweep {
  private Sweep() {}

  /**
   * @param plan the dates and their variants
   * @param runs replicates per date (at least 1)
   * @param seed the seed
   * @param threads worker threads (at least 1)
   * @param progress where to count finished runs (dates × runs in all)
   * @return the result
   * @throws InvalidInputException if {@code runs} or {@code threads} is below 1
   */
  public static SweepResult run(SweepPlan plan, int runs, long seed, int threads, Progress progress) {
    return summarize(plan, MonteCarlo.run(plan.experiment(), runs, seed, threads, progress));
  }

  /**
   * As {@link #run(SweepPlan, int, long, int, Progress)} with no progress.
   *
   * @param plan the dates and their variants
   * @param runs replicates per date
   * @param seed the seed
   * @param threads worker threads
   * @return the result
   * @throws InvalidInputException if {@code runs} or {@code threads} is below 1
   */
  public static SweepResult run(SweepPlan plan, int runs, long seed, int threads) {
    return run(plan, runs, seed, threads, Progress.NONE);
  }

  /**
   * @param plan the plan the ensemble ran
   * @param e the ensemble of {@code plan.experiment()}
   * @return per date the counts by the last day and the paired differences against the earliest
   *     date, and the slopes
   */
  public static SweepResult summarize(SweepPlan plan, Ensemble e) {
    Experiment x = plan.experiment();
    int m = plan.starts().size();
    int n = e.runs();
    int[][] confirmed = new int[m][n];
    int[][] infected = new int[m][n];
    for (int k = 0; k < m; k++) {
      List<RunResult> rs = e.runsOf(k);
      for (int i = 0; i < n; i++) {
        confirmed[k][i] = rs.get(i).totalConfirmed();
        infected[k][i] = rs.get(i).totalInfections();
      }
    }
    String reference = x.variants().get(0).name();
    List<SweepPoint> points = new ArrayList<>(m);
    for (int k = 0; k < m; k++) {
      String name = x.variants().get(k).name();
      points.add(new SweepPoint(plan.starts().get(k), Band.of(confirmed[k]), Band.of(infected[k]),
          PairedComparison.of(name, reference, x.end(), minus(confirmed[k], confirmed[0])),
          PairedComparison.of(name, reference, x.end(), minus(infected[k], infected[0]))));
    }
    Optional<Slope> perDayConfirmed = m < 2 ? Optional.empty() : Optional.of(Slope.of(plan.starts(), confirmed));
    Optional<Slope> perDayInfected = m < 2 ? Optional.empty() : Optional.of(Slope.of(plan.starts(), infected));
    return new SweepResult(x.name(), plan.part(), plan.description(), n, e.seed(), x.end(), points, perDayConfirmed,
        perDayInfected);
  }

  private static int[] minus(int[] a, int[] b) {
    int[] d = new int[a.length];
    for (int i = 0; i < a.length; i++) {
      d[i] = a[i] - b[i];
    }
    return d;
  }
}
