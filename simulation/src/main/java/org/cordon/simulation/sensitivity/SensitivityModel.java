package org.cordon.simulation.sensitivity;

/**
 * The user's model in a sensitivity analysis: the outputs at some input values for one replicate.
 * It must be a pure function of its arguments (the same values and replicate give the same
 * outputs, on any thread, in any order), so that a design can be evaluated on any number of
 * threads or machines with the same result. A stochastic model keys its random numbers by the
 * replicate index, so that replicate {@code r} has the same random numbers at every design point
 * (common random numbers).
 */
@FunctionalInterface
public interface SensitivityModel {
  /**
   * @param values one value per input, in the problem's order
   * @param replicate the replicate index (0, 1, ...)
   * @return the outputs, always as many and in the same order
   */
  double[] evaluate(double[] values, int replicate);
}
