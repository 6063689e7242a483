package org.cordon.simulation.sensitivity;

import org.cordon.InvalidInputException;

/**
 * One input of a sensitivity analysis: its name, its plausible range (sampled uniformly) and what
 * that range rests on.
 *
 * @param name the input's name
 * @param low the lower end of the range
 * @param high the upper end of the range ({@code >= low}; equal ends fix the input)
 * @param basis where the range comes from (a source, a posterior band, or "assumption")
 */
public record SensitivityInput(String name, double low, double high, String basis) {

  /**
   * @throws InvalidInputException naming the input if the name is blank, an end is not finite or
   *     {@code low > high}
   */
  public SensitivityInput {
    if (name == null || name.isBlank()) {
      throw InvalidInputException.argument("input", "blank name");
    }
    if (!Double.isFinite(low) || !Double.isFinite(high)) {
      throw InvalidInputException.argument(name, "range ends must be finite numbers: " + low + ".." + high);
    }
    if (low > high) {
      throw InvalidInputException.argument(name, "range low " + low + " is above high " + high);
    }
    basis = basis == null ? "" : basis;
  }

  /**
   * @param u a point of the unit interval
   * @return the value at that point of the range, {@code low + u (high - low)}
   */
  public double scale(double u) {
    return low + u * (high - low);
  }

  /**
   * @param low a new lower end
   * @param high a new upper end
   * @return this input with that range
   * @throws InvalidInputException if {@code low > high} or an end is not finite
   */
  public SensitivityInput withRange(double low, double high) {
    return new SensitivityInput(name, low, high, "user range (was " + this.low + ".." + this.high + ")");
  }
}
