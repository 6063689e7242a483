package org.cordon.spark;

import java.io.Serializable;
import org.cordon.simulation.experiment.Experiment;

/**
 * What a job broadcasts so that every executor can rebuild the same {@link Experiment}: a small
 * value (a preset's name, a scenario file's text, a sweep's dates), never the built community.
 * Implementations are value-based records: equal sources build equal experiments, and {@link
 * WorkerCache} keys on them.
 */
public interface ExperimentSource extends Serializable {
  /**
   * @return the experiment (built on each JVM that needs it; {@link WorkerCache} keeps it)
   * @throws org.cordon.InvalidInputException if the source is bad
   */
  Experiment experiment();
}
