package org.cordon.simulation.disease;

import org.cordon.Checks;
import org.cordon.community.ReturneeOrigin;

/**
 * Importation: each returnee (返乡人员) of the community was infected before arriving with a
 * probability that depends on where they came from; the infection time is uniform over the
 * {@code exposureDays} before arrival, so a returnee may arrive latent, presymptomatic,
 * symptomatic or already recovered.
 *
 * @param shareInfectedWuhan share of Wuhan returnees infected before arrival: 0.004 (calibrated;
 *     prior from the scale of the Wuhan epidemic in mid-January 2020, Li et al. NEJM 2020)
 * @param shareInfectedHuanggang share of Huanggang returnees infected: 0.25 × the Wuhan share
 *     (assumption: Huanggang's epidemic lagged Wuhan's)
 * @param shareInfectedOther share of other returnees infected: 0.05 × the Wuhan share
 *     (assumption)
 * @param exposureDays the window before arrival in which the infection happened, days: 10
 *     (assumption)
 */
public record ImportParameters(
    double shareInfectedWuhan,
    double shareInfectedHuanggang,
    double shareInfectedOther,
    double exposureDays) {

  /**
   * Validates the parameters.
   *
   * @throws org.cordon.InvalidInputException if a share is outside [0, 1] or NaN or the window is
   *     negative or not finite
   */
  public ImportParameters {
    Checks.probability("imports.shareInfectedWuhan", shareInfectedWuhan);
    Checks.probability("imports.shareInfectedHuanggang", shareInfectedHuanggang);
    Checks.probability("imports.shareInfectedOther", shareInfectedOther);
    Checks.nonNegative("imports.exposureDays", exposureDays);
  }

  /** @return the defaults documented on each component */
  public static ImportParameters defaults() {
    return ofWuhanShare(0.004);
  }

  /**
   * @param wuhan share of Wuhan returnees infected
   * @return parameters with the Huanggang and other shares at their default ratios to it
   * @throws org.cordon.InvalidInputException if the share is outside [0, 1]
   */
  public static ImportParameters ofWuhanShare(double wuhan) {
    Checks.probability("imports.shareInfectedWuhan", wuhan);
    return new ImportParameters(wuhan, 0.25 * wuhan, 0.05 * wuhan, 10);
  }

  /**
   * @param origin a returnee origin
   * @return the share infected for returnees of that origin (0 for {@link ReturneeOrigin#NONE})
   */
  public double shareInfected(ReturneeOrigin origin) {
    switch (origin) {
      case WUHAN:
        return shareInfectedWuhan;
      case HUANGGANG:
        return shareInfectedHuanggang;
      case OTHER:
        return shareInfectedOther;
      default:
        return 0;
    }
  }
}
