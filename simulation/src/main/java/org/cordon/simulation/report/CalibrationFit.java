package org.cordon.simulation.report;

import java.util.List;
import java.util.Objects;

/**
 * What a calibration found, as the report shows it: the method, the fitted values, and where each
 * observed figure sits in the calibrated model's predictive band.
 *
 * @param method how the fit was made (e.g. "ABC rejection, 2,000 draws, 100 accepted")
 * @param fitted the fitted values (value formatted, e.g. "0.012 (0.006-0.020)")
 * @param checks observed figures against the model's predictive band
 */
public record CalibrationFit(String method, List<Parameter> fitted, List<Check> checks) {
  /**
   * Copies the lists.
   *
   * @throws NullPointerException if a part is missing
   */
  public CalibrationFit {
    Objects.requireNonNull(method, "method");
    fitted = List.copyOf(fitted);
    checks = List.copyOf(checks);
  }

  /**
   * One observed figure against the calibrated model.
   *
   * @param quantity what is compared (e.g. "confirmed by 2020-02-03")
   * @param observed the observed value
   * @param predicted the model's median and 5-95% band
   */
  public record Check(String quantity, double observed, Quantiles predicted) {
    /** @throws NullPointerException if a part is missing */
    public Check {
      Objects.requireNonNull(quantity, "quantity");
      Objects.requireNonNull(predicted, "predicted");
    }

    /** @return whether the observed value lies within the 5-95% band */
    public boolean withinBand() {
      return observed >= predicted.p5() && observed <= predicted.p95();
    }
  }
}
