package org.cordon.simulation.disease;

import java.time.LocalDate;
import java.util.Objects;
import org.cordon.Checks;
import org.cordon.contact.Layer;

/**
 * Transmission rates per contact layer: the expected number of infections per day that one
 * fully infectious resident causes in a fully susceptible group of that layer (household:
 * per household member, density dependent; building, compound, workplace, community: spread
 * over the group, frequency dependent). Each layer's daily rate is split between the DAYTIME and
 * NIGHT time bands by its night share. {@code transmissionScale} multiplies every layer but the
 * household, whose rate is pinned by the household secondary attack rate (the one well measured
 * quantity); it is the unknown that calibration fits.
 *
 * @param household per-pair daily rate within a household: 0.022, set so that the household
 *     secondary attack rate comes out at about 11-16% with the cited isolation delays (Bi 2020:
 *     11.2%; Jing 2020: 12.4-17.1%; Li F 2021: 15.6%; docs/sources.md#published-estimates)
 * @param building daily rate within a building (stairwells, passages): 0.05 (assumption)
 * @param compound daily rate within a compound (courtyards, small shops, gates): 0.07 (assumption)
 * @param workplace daily rate within a workplace, daytime only: 0.05 (assumption)
 * @param community daily rate in public places across the community: 0.10 (assumption). With the
 *     defaults a rough layer-by-layer sum gives R0 near 2.4 when nobody is isolated (Li et al.,
 *     NEJM 2020: 2.2, 1.4-3.9); calibration scales the non-household layers
 * @param nightShare share of the building, compound and community contacts that happen in the
 *     NIGHT band (20:00-08:00): 0.25 (assumption; households are half and half, workplaces
 *     daytime only)
 * @param transmissionScale multiplier on every layer but the household before {@code changeDate}:
 *     1 (calibrated)
 * @param changeDate the day from which the non-household layers run at {@code transmissionScale ×
 *     scaleFactorAfter}: 2020-01-23, Wuhan closed and the New Year visits were cancelled
 *     nationwide (a labelled assumption; movable in a scenario's {@code disease: transmission:
 *     changeDate:})
 * @param scaleFactorAfter the factor on {@code transmissionScale} from {@code changeDate} on: 1
 *     (calibrated; at most 10)
 */
public record TransmissionParameters(
    double household,
    double building,
    double compound,
    double workplace,
    double community,
    double nightShare,
    double transmissionScale,
    LocalDate changeDate,
    double scaleFactorAfter) {
  /** The default change date: Wuhan closed (2020-01-23). */
  public static final LocalDate CHANGE_DATE = LocalDate.of(2020, 1, 23);

  /**
   * Validates the rates.
   *
   * @throws org.cordon.InvalidInputException if a rate or the scale is negative or not finite, or
   *     the night share is outside [0, 1]
   */
  public TransmissionParameters {
    Checks.nonNegative("disease.transmission.household", household);
    Checks.nonNegative("disease.transmission.building", building);
    Checks.nonNegative("disease.transmission.compound", compound);
    Checks.nonNegative("disease.transmission.workplace", workplace);
    Checks.nonNegative("disease.transmission.community", community);
    Checks.probability("disease.transmission.nightShare", nightShare);
    Checks.nonNegative("disease.transmissionScale", transmissionScale);
    Objects.requireNonNull(changeDate, "changeDate");
    Checks.nonNegative("disease.transmission.scaleFactorAfter", scaleFactorAfter);
    if (scaleFactorAfter > 10) {
      throw org.cordon.InvalidInputException.argument("disease.transmission.scaleFactorAfter", "at most 10: " + scaleFactorAfter);
    }
  }

  /**
   * One scale over the whole run (no change at {@link #CHANGE_DATE}).
   *
   * @param household see the record
   * @param building see the record
   * @param compound see the record
   * @param workplace see the record
   * @param community see the record
   * @param nightShare see the record
   * @param transmissionScale see the record
   * @throws org.cordon.InvalidInputException as the canonical constructor
   */
  public TransmissionParameters(double household, double building, double compound, double workplace, double community,
      double nightShare, double transmissionScale) {
    this(household, building, compound, workplace, community, nightShare, transmissionScale, CHANGE_DATE, 1.0);
  }

  /**
   * @param date a day
   * @return the factor on the non-household rates that day: 1 before {@code changeDate}, {@code
   *     scaleFactorAfter} from it on
   */
  public double periodFactor(LocalDate date) {
    return date.isBefore(changeDate) ? 1.0 : scaleFactorAfter;
  }

  /** @return the defaults documented on each component */
  public static TransmissionParameters defaults() {
    return new TransmissionParameters(0.022, 0.05, 0.07, 0.05, 0.10, 0.25, 1.0);
  }

  /**
   * @param layer a group layer
   * @return the daily rate of that layer before the change date, times {@code transmissionScale}
   *     for all but the household (0 for {@link Layer#ENCOUNTER}, which the engine does not simulate)
   */
  public double dailyRate(Layer layer) {
    switch (layer) {
      case HOUSEHOLD:
        return household;
      case BUILDING:
        return building * transmissionScale;
      case COMPOUND:
        return compound * transmissionScale;
      case WORKPLACE:
        return workplace * transmissionScale;
      case COMMUNITY:
        return community * transmissionScale;
      default:
        return 0;
    }
  }

  /**
   * @param scale a new transmission scale
   * @return a copy with that scale
   * @throws org.cordon.InvalidInputException if the scale is negative or not finite
   */
  public TransmissionParameters withScale(double scale) {
    return new TransmissionParameters(
        household, building, compound, workplace, community, nightShare, scale, changeDate, scaleFactorAfter);
  }

  /**
   * @param scale the scale before the change date
   * @param factorAfter the factor on it from the change date on
   * @return a copy with both
   * @throws org.cordon.InvalidInputException if either is negative or not finite
   */
  public TransmissionParameters withScales(double scale, double factorAfter) {
    return new TransmissionParameters(
        household, building, compound, workplace, community, nightShare, scale, changeDate, factorAfter);
  }
}
