package org.cordon.simulation.disease;

import java.time.LocalDate;
import java.util.Objects;
import org.cordon.Checks;

/**
 * How cases are found and isolated and how their close contacts are quarantined. A symptomatic
 * case is detected (and isolated at once) when it seeks care, after a gamma-distributed delay
 * from onset whose mean drops on {@code fasterCareFrom}, or earlier when a door-to-door survey
 * (摸排) visit takes its temperature and finds fever; it is confirmed {@code confirmationDays}
 * later, and its close contacts are quarantined at home {@code tracingDelayDays} after that. Only
 * febrile cases ({@code febrileShare}) can be found by the survey's temperature checks.
 * Asymptomatic infections are never confirmed (early-2020 case definition).
 *
 * @param careSeekingDaysEarly mean days from onset to detection for onsets before {@code
 *     fasterCareFrom}: 4.4 (Zhang J et al., Lancet ID 2020, onset to admission up to 27 Jan;
 *     docs/sources.md#published-estimates)
 * @param careSeekingDaysLate mean days from onset to detection from {@code fasterCareFrom}: 2.6
 *     (Zhang J 2020, 28 Jan-8 Feb; docs/sources.md#published-estimates)
 * @param fasterCareFrom the first onset date with the shorter delay: 2020-01-28 (Zhang J 2020)
 * @param careSeekingShape gamma shape of the care-seeking delay: 2 (assumption; with the means
 *     above the overall onset-to-isolation mean is near 4.6 d, Bi et al. 2020)
 * @param confirmationDays days from detection (isolation) to a confirmed test: 1.0 (assumption)
 * @param febrileShare share of symptomatic cases that have a fever at some point of their
 *     illness, drawn once per case (keyed by resident, so the same in every variant): 0.887 (Guan et
 *     al., NEJM 2020, 1,099 patients: fever in 88.7% during hospitalisation, 43.8% on admission;
 *     the share during the illness is used because the survey checks daily through the illness,
 *     while 43.8% is fever at one moment, which the per-check sensitivity already discounts)
 * @param surveySensitivity probability that one temperature check (a survey visit or a daily
 *     re-check) of a febrile symptomatic resident finds the fever, independently each day: 0.90
 *     (Nguyen et al., Emerg Infect Dis 2010: infrared thermal detection 90-91% sensitive against
 *     oral temperature at the best cut-off). The only survey sensitivity of the model: a check
 *     never finds a case without fever
 * @param quarantineDetectionDays days from onset to detection for a resident in quarantine, who
 *     is checked daily: 1.0 (assumption)
 * @param tracingDelayDays days from confirmation to the close contacts' quarantine: 1.0
 *     (assumption; the survey team traced within a day)
 * @param quarantineDays days of home quarantine (medical observation) of a close contact: 14
 *     (China NHC guideline, 2020)
 * @param isolationDays days a detected case stays isolated in hospital: 21 (assumption)
 * @param contactsOutsideHousehold mean number of close contacts outside the household that
 *     tracing names per confirmed case, drawn from the case's building: 3.0 (assumption; Jinsha
 *     tallied 105 close contacts for 20 cases, 5.25 a case, of whom about 2.4 are household
 *     members at a mean household size of 3.38; docs/sources.md#published-estimates)
 */
public record CaseFindingParameters(
    double careSeekingDaysEarly,
    double careSeekingDaysLate,
    LocalDate fasterCareFrom,
    double careSeekingShape,
    double confirmationDays,
    double febrileShare,
    double surveySensitivity,
    double quarantineDetectionDays,
    double tracingDelayDays,
    double quarantineDays,
    double isolationDays,
    double contactsOutsideHousehold) {

  /**
   * Validates the parameters.
   *
   * @throws org.cordon.InvalidInputException if a delay is negative or not finite, a mean delay or
   *     the shape is not positive, the sensitivity is outside [0, 1], or the date is missing
   */
  public CaseFindingParameters {
    Checks.positive("caseFinding.careSeekingDaysEarly", careSeekingDaysEarly);
    Checks.positive("caseFinding.careSeekingDaysLate", careSeekingDaysLate);
    if (fasterCareFrom == null) {
      throw org.cordon.InvalidInputException.argument("caseFinding.fasterCareFrom", "missing");
    }
    Checks.positive("caseFinding.careSeekingShape", careSeekingShape);
    Checks.nonNegative("caseFinding.confirmationDays", confirmationDays);
    Checks.probability("caseFinding.febrileShare", febrileShare);
    Checks.probability("caseFinding.surveySensitivity", surveySensitivity);
    Checks.nonNegative("caseFinding.quarantineDetectionDays", quarantineDetectionDays);
    Checks.nonNegative("caseFinding.tracingDelayDays", tracingDelayDays);
    Checks.nonNegative("caseFinding.quarantineDays", quarantineDays);
    Checks.nonNegative("caseFinding.isolationDays", isolationDays);
    Checks.nonNegative("caseFinding.contactsOutsideHousehold", contactsOutsideHousehold);
    Objects.requireNonNull(fasterCareFrom);
  }

  /** @return the defaults documented on each component */
  public static CaseFindingParameters defaults() {
    return new CaseFindingParameters(
        4.4, 2.6, LocalDate.of(2020, 1, 28), 2.0, 1.0, 0.887, 0.90, 1.0, 1.0, 14.0, 21.0, 3.0);
  }

  /**
   * @param contacts a new mean of close contacts outside the household
   * @return a copy with it
   * @throws org.cordon.InvalidInputException if negative or not finite
   */
  public CaseFindingParameters withContactsOutsideHousehold(double contacts) {
    return new CaseFindingParameters(
        careSeekingDaysEarly, careSeekingDaysLate, fasterCareFrom, careSeekingShape,
        confirmationDays, febrileShare, surveySensitivity, quarantineDetectionDays, tracingDelayDays,
        quarantineDays, isolationDays, contacts);
  }
}
