package org.cordon.simulation.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.cordon.InvalidInputException;
import org.cordon.simulation.engine.RunResult;
import org.cordon.simulation.engine.Simulation;
import org.cordon.simulation.progress.Progress;

/**
 * Runs N paired replicates of every variant of an experiment on T threads. Replicate {@code i}
 * of every variant is {@link Simulation#run(long, int) run(seed, i)} with the experiment's
 * parameters for replicate {@code i} ({@link Experiment#parametersOf(int)}): the variants share
 * the random streams of what they have in common (imports, natural histories, survey draws,
 * transmission draws, parameter draw), so their differences are measured with common random
 * numbers. A replicate is a pure function of (simulation, seed, index) and results are stored by
 * index, so the ensemble is identical whatever the thread count.
 *
 * <pre>{@code
 * Ensemble e = MonteCarlo.run(experiment, 200, 1L, 2);
 * ComparisonSummary s = Comparison.summarize(e);
 * }</pre>
 */
public final class MonteCarlo {
  private MonteCarlo() {}

  /** The simulation of variant {@code k} for replicate {@code i}. */
  private interface SimulationOf {
    Simulation get(int k, int i);
  }

  /**
   * @param experiment the experiment
   * @param runs replicates per variant (>= 1)
   * @param seed the seed
   * @param threads worker threads (>= 1)
   * @return the ensemble
   * @throws InvalidInputException if {@code runs} or {@code threads} is below 1
   */
  public static Ensemble run(Experiment experiment, int runs, long seed, int threads) {
    return run(experiment, runs, seed, threads, Progress.NONE);
  }

  /**
   * As {@link #run(Experiment, int, long, int)}, counting finished runs on {@code progress}.
   *
   * @param experiment the experiment
   * @param runs replicates per variant (>= 1)
   * @param seed the seed
   * @param threads worker threads (>= 1)
   * @param progress where to count finished runs ({@code runs × variants} in all)
   * @return the ensemble
   * @throws InvalidInputException if {@code runs} or {@code threads} is below 1
   */
  public static Ensemble run(Experiment experiment, int runs, long seed, int threads, Progress progress) {
    return run(experiment, runs, seed, threads, progress, Simulation.NOT_CANCELLED);
  }

  /**
   * As {@link #run(Experiment, int, long, int, Progress)}, stopping when {@code cancelled} says
   * so: no replicate starts after it, and a running one stops at the start of its next simulated
   * day. Returns or throws only when every worker thread has stopped, so {@code progress} counts
   * nothing more afterwards.
   *
   * @param experiment the experiment
   * @param runs replicates per variant (>= 1)
   * @param seed the seed
   * @param threads worker threads (>= 1)
   * @param progress where to count finished runs
   * @param cancelled asked before each replicate and once a simulated day (from the worker threads)
   * @return the ensemble
   * @throws InvalidInputException if {@code runs} or {@code threads} is below 1
   * @throws java.util.concurrent.CancellationException if cancelled before the end
   */
  public static Ensemble run(
      Experiment experiment, int runs, long seed, int threads, Progress progress, BooleanSupplier cancelled) {
    check(runs, threads);
    Replicates replicates = Replicates.of(experiment);
    return run(experiment, replicates::simulation, replicates.variants(), runs, seed, threads, progress, cancelled);
  }

  /**
   * As {@link #run(Experiment, int, long, int)}, with simulations already built (one per variant,
   * the same for every replicate).
   *
   * @param experiment the experiment the simulations belong to
   * @param simulations one simulation per variant, experiment order
   * @param runs replicates per variant
   * @param seed the seed
   * @param threads worker threads
   * @return the ensemble
   * @throws InvalidInputException if {@code runs} or {@code threads} is below 1
   */
  public static Ensemble run(Experiment experiment, List<Simulation> simulations, int runs, long seed, int threads) {
    return run(experiment, simulations, runs, seed, threads, Progress.NONE);
  }

  /**
   * As {@link #run(Experiment, List, int, long, int)}, counting each finished run (one variant of
   * one replicate, {@code runs × variants} in all) on {@code progress}. Progress only counts; the
   * ensemble is the same with or without it.
   *
   * @param experiment the experiment the simulations belong to
   * @param simulations one simulation per variant, experiment order
   * @param runs replicates per variant
   * @param seed the seed
   * @param threads worker threads
   * @param progress where to count finished runs (called from the worker threads)
   * @return the ensemble
   * @throws InvalidInputException if {@code runs} or {@code threads} is below 1
   */
  public static Ensemble run(
      Experiment experiment, List<Simulation> simulations, int runs, long seed, int threads, Progress progress) {
    check(runs, threads);
    return run(experiment, (k, i) -> simulations.get(k), simulations.size(), runs, seed, threads, progress,
        Simulation.NOT_CANCELLED);
  }

  private static void check(int runs, int threads) {
    if (runs < 1) {
      throw InvalidInputException.argument("--runs", "must be at least 1: " + runs);
    }
    if (threads < 1) {
      throw InvalidInputException.argument("--threads", "must be at least 1: " + threads);
    }
  }

  private static Ensemble run(
      Experiment experiment, SimulationOf simulations, int v, int runs, long seed, int threads, Progress progress,
      BooleanSupplier cancelled) {
    RunResult[][] out = new RunResult[v][runs];
    ParallelRunner.forEach(runs, threads, "cordon-montecarlo", cancelled, rep -> {
      for (int k = 0; k < v; k++) {
        out[k][rep] = simulations.get(k, rep).run(seed, rep, cancelled);
        progress.advance(1);
      }
    });
    List<List<RunResult>> results = new ArrayList<>();
    for (RunResult[] row : out) {
      results.add(List.of(row));
    }
    return new Ensemble(experiment, seed, runs, results);
  }
}
