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

  private CalibrationPrior(Community community, ModelParameters base, Observed observed, long seed, int threads) {
    this.community = community;
    this.base = base;
    this.observed = observed;
    this.seed = seed;
    var tracer = PolicyTable.tracer(community);
    this.tables = new PolicyTable[Calibration.LEAK_GRID.length];
    double[] grid = Calibration.LEAK_GRID;
    Calibration.parallel(grid.length, Math.min(threads, grid.length), k -> tables[k] = Calibration.table(community, base, grid[k], tracer));
    this.priorKey = RandomStreams.stream(seed, 0, RandomStreams.Purpose.IMPORT) ^ 0x5DEECE66DL;
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
    if (threads < 1) {
      throw InvalidInputException.argument("--threads", "must be at least 1: " + threads);
    }
    return new CalibrationPrior(community, base, observed, seed, threads);
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
    RunResult r = Simulation.of(tables[k], p).run(seed, i);
    return Calibration.draw(i, w, s, c, Calibration.LEAK_GRID[k], r, observed);
  }

  /**
   * @param fitted the fitted values
   * @return the posterior predictive runs at them (seed + 1)
   */
  public PosteriorPredictive predictive(Calibrated fitted) {
    return new PosteriorPredictive(community, base, fitted, seed, tables);
  }
}
