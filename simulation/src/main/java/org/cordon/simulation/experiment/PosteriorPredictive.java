package org.cordon.simulation.experiment;

import java.util.Arrays;
import java.util.List;
import org.cordon.measure.ContainmentAssumptions;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.engine.PolicyTable;
import org.cordon.simulation.engine.RunResult;
import org.cordon.simulation.engine.Simulation;

/**
 * The posterior predictive runs at fitted values: run {@code i} replays the posterior draw
 * {@code i mod size} (the fitted values without a posterior sample) with the night leakage at
 * its fitted value, seed {@code seed + 1}. Thread-safe.
 */
public final class PosteriorPredictive {
  private final PolicyTable table;
  private final ModelParameters fittedModel;
  private final List<ModelParameters> draws;
  private final long seed;

  PosteriorPredictive(CalibrationTarget target, Calibrated fitted, long seed, PolicyTable[] grid) {
    this.fittedModel = fitted.apply(target.base());
    this.draws = fitted.applyPosterior(target.base());
    this.seed = seed;
    double leak = fitted.assumptions().getOrDefault(Calibration.LEAK_ASSUMPTION, ContainmentAssumptions.defaults().vehicleLeakUnguarded());
    int g = Arrays.binarySearch(Calibration.LEAK_GRID, leak);
    this.table = grid != null && g >= 0 ? grid[g] : target.table(leak, PolicyTable.tracer(target.community()));
  }

  /**
   * @param i the predictive run's index (>= 0)
   * @return its result
   */
  public RunResult run(int i) {
    return Simulation.of(table, draws.isEmpty() ? fittedModel : draws.get(i % draws.size())).run(seed + 1, i);
  }
}
