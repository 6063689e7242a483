package org.cordon.simulation.sensitivity;

import java.util.Objects;
import org.cordon.simulation.experiment.Band;

/**
 * The Sobol indices of one input for one output.
 *
 * @param input the input (name and range)
 * @param firstOrder the first-order index S1: the share of the output's variance explained by
 *     this input alone
 * @param firstOrderBootstrap S1 over the bootstrap resamples: median and 5-95% (type 7)
 * @param total the total index ST: the share of the variance this input takes part in, alone or
 *     with others
 * @param totalBootstrap ST over the bootstrap resamples: median and 5-95%
 */
public record SobolIndices(
    SensitivityInput input, double firstOrder, Band firstOrderBootstrap, double total, Band totalBootstrap) {
  /** @throws NullPointerException if a part is missing */
  public SobolIndices {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(firstOrderBootstrap, "firstOrderBootstrap");
    Objects.requireNonNull(totalBootstrap, "totalBootstrap");
  }
}
