package org.cordon.spark;

import java.io.Serializable;
import org.cordon.simulation.engine.RunResult;
import org.cordon.simulation.experiment.Replicates;

/**
 * What an executor runs for one replicate index: {@link #ALL_VARIANTS} (every variant, {@link
 * Replicates#run(long, int)}) unless a caller needs otherwise. Serializable, since Spark ships it
 * to the executors inside the task.
 */
@FunctionalInterface
public interface ReplicateFunction extends Serializable {
  /** Replicate {@code i} of every variant of the experiment. */
  ReplicateFunction ALL_VARIANTS = Replicates::run;

  /**
   * @param replicates the compiled experiment
   * @param seed the seed
   * @param index the replicate index
   * @return one result per variant, experiment order
   */
  RunResult[] run(Replicates replicates, long seed, int index);
}
