package org.cordon.spark;

import java.io.Serializable;
import org.cordon.simulation.engine.RunResult;

/**
 * Replicate {@code index} of every variant, as shipped from an executor to the driver.
 *
 * @param index the replicate index
 * @param runs one result per variant, experiment order
 */
public record IndexedRuns(int index, RunResult[] runs) implements Serializable {
  private static final long serialVersionUID = 1L;
}
