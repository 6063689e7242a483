package org.cordon.simulation.experiment;

import java.util.List;
import org.cordon.simulation.engine.RunResult;

/**
 * The runs of a Monte Carlo experiment: for each variant, the replicates in index order
 * (replicate {@code i} of every variant shares its random streams). Immutable.
 *
 * @param experiment the experiment that was run
 * @param seed the seed
 * @param runs replicates per variant
 * @param results per variant (experiment order), per replicate (index order)
 */
public record Ensemble(Experiment experiment, long seed, int runs, List<List<RunResult>> results) {
  /** Copies the lists. */
  public Ensemble {
    results = results.stream().map(List::copyOf).toList();
  }

  /**
   * @param variant a variant index
   * @return its replicates in index order
   */
  public List<RunResult> runsOf(int variant) {
    return results.get(variant);
  }
}
