package org.cordon.simulation.experiment;

import org.cordon.InvalidInputException;
import org.cordon.community.Community;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.engine.PolicyTable;
import org.cordon.simulation.engine.RandomStreams;
import org.cordon.simulation.engine.RunResult;
import org.cordon.simulation.engine.Simulation;

/**
 * The prior and the simulations its draws run on (one policy table per night-leakage grid
 * point, compiled once). Draw {@code i} is a pure function of (community, model, observation,
 * seed, {@code i}), so draws can run anywhere in any order; {@link Calibration#run} runs them
 * on threads, a distributed runner builds one per worker. Thread-safe.
 */
public final class CalibrationPrior {
  private final Community community;
  private final ModelParameters base;
  private final Observed observed;
  private final long seed;
  private final PolicyTable[] tables;
  private final long priorKey;
  private final int replicates;

  private CalibrationPrior(Community community, ModelParameters base, Observed observed, long seed, int threads,
      int replicates) {
    this.replicates = replicates;
    this.community = community;
    this.base = base;
    this.observed = observed;
    this.seed = seed;
    var tracer = PolicyTable.tracer(community);
    this.tables = new PolicyTable[Calibration.LEAK_GRID.length];
    double[] grid = Calibration.LEAK_GRID;
    Calibration.parallel(grid.length, Math.min(threads, grid.length), k -> tables[k] = Calibration.table(community, base, grid[k], tracer));
    this.priorKey = RandomStreams.stream(seed, 0, RandomStreams.Purpose.CALIBRATION_PRIOR);
  }

  /**
   * @param community the community (the jinsha-2020 preset)
   * @param base the model the unknowns are fitted in
   * @param observed what was observed
   * @param seed the seed
   * @param threads threads compiling the grid's policy tables (>= 1)
   * @return the prior
   * @throws InvalidInputException if {@code threads} is below 1
   */
  public static CalibrationPrior of(Community community, ModelParameters base, Observed observed, long seed, int threads) {
    return of(community, base, observed, seed, threads, 1);
  }

  /**
   * As {@link #of(Community, ModelParameters, Observed, long, int)}, each draw running {@code
   * replicates} replicates and summarised by the median of each observed statistic over them
   * (a draw's distance then reflects its parameters more than one epidemic's luck).
   *
   * @param community the community (the jinsha-2020 preset)
   * @param base the model the unknowns are fitted in
   * @param observed what was observed
   * @param seed the seed
   * @param threads threads compiling the grid's policy tables (>= 1)
   * @param replicates replicates per draw (1 to 100)
   * @return the prior
   * @throws InvalidInputException if {@code threads} is below 1 or {@code replicates} outside 1..100
   */
  public static CalibrationPrior of(Community community, ModelParameters base, Observed observed, long seed, int threads,
      int replicates) {
    if (threads < 1) {
      throw InvalidInputException.argument("--threads", "must be at least 1: " + threads);
    }
    if (replicates < 1 || replicates > 100) {
      throw InvalidInputException.argument("--replicates", "must be 1 to 100: " + replicates);
    }
    return new CalibrationPrior(community, base, observed, seed, threads, replicates);
  }

  /** @return replicates each draw runs */
  public int replicatesPerDraw() {
    return replicates;
  }

  /**
   * Draws prior sample {@code i} and runs one replicate with it.
   *
   * @param i the draw's index (>= 0)
   * @return the draw and what it produced
   */
  public Calibration.Draw draw(int i) {
    double u = RandomStreams.uniform(priorKey, i, 0);
    double w = Calibration.WUHAN_MIN * Math.pow(Calibration.WUHAN_MAX / Calibration.WUHAN_MIN, u);
    double s = Calibration.SCALE_MIN + (Calibration.SCALE_MAX - Calibration.SCALE_MIN) * RandomStreams.uniform(priorKey, i, 1);
    double c = Calibration.CONTACTS_MAX * RandomStreams.uniform(priorKey, i, 2);
    int k = (int) (Calibration.LEAK_GRID.length * RandomStreams.uniform(priorKey, i, 3));
    ModelParameters p = Calibration.with(base, w, s, c);
    Simulation sim = Simulation.of(tables[k], p);
    if (replicates == 1) {
      return Calibration.draw(i, w, s, c, Calibration.LEAK_GRID[k], sim.run(seed, i), observed);
    }
    // replicate j of draw i runs as index i * replicates + j: distinct streams for every run
    RunResult[] runs = new RunResult[replicates];
    for (int j = 0; j < replicates; j++) {
      runs[j] = sim.run(seed, i * replicates + j);
    }
    return Calibration.draw(i, w, s, c, Calibration.LEAK_GRID[k], runs, observed);
  }

  /**
   * @param fitted the fitted values
   * @return the posterior predictive runs at them (seed + 1)
   */
  public PosteriorPredictive predictive(Calibrated fitted) {
    return new PosteriorPredictive(community, base, fitted, seed, tables);
  }
}
