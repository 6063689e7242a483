package org.cordon.server.plan;

import org.cordon.InvalidInputException;

/**
 * What one plan may ask of the server.
 *
 * @param maxRuns the most paired runs per variant
 * @param maxResidents the most residents a scaled preset community may have
 */
public record PlanLimits(int maxRuns, int maxResidents) {
  /** Default: 5,000 runs, 200,000 residents. */
  public static final PlanLimits DEFAULT = new PlanLimits(5_000, 200_000);

  /** @throws InvalidInputException if a limit is below 1 */
  public PlanLimits {
    if (maxRuns < 1) {
      throw InvalidInputException.argument("--max-runs", "must be at least 1: " + maxRuns);
    }
    if (maxResidents < 1) {
      throw InvalidInputException.argument("--max-residents", "must be at least 1: " + maxResidents);
    }
  }
}
