package org.cordon.simulation.disease;

import java.time.LocalDate;
import java.util.Objects;
import org.cordon.Checks;

/**
 * How cases are found and isolated and how their close contacts are quarantined. A symptomatic
 * case is detected (and isolated at once) when it seeks care, after a gamma-distributed delay
 * from onset whose mean drops on {@code fasterCareFrom}, or earlier when a door-to-door survey
 * (摸排) visit takes its temperature and finds fever; it is confirmed {@code confirmationDays}
 * later, and its close contacts are quarantined {@code tracingDelayDays} after that, at home or, from
 * {@code facilityQuarantineFrom}, in a facility ({@code quarantineSetting}). A temperature check
 * finds only a case whose fever has begun: a share {@code febrileShare} of symptomatic cases ever
 * has fever, beginning an exponentially distributed delay (mean {@code feverOnsetMeanDays}) after
 * symptom onset. Asymptomatic infections are never confirmed (early-2020 case definition).
 *
 * <p><b>The fever course.</b> Guan et al. (NEJM 2020, 1,099 hospitalised patients; docs/sources.md)
 * report fever in 43.8% on admission and in 88.7% at some time in hospital. The model reads these
 * as: a share 0.887 of symptomatic cases ever has fever, and of those a share 0.438 / 0.887 = 0.494
 * has it by admission. The delay F from symptom onset to fever is exponential with rate λ; the
 * delay A from onset to admission is the model's own early care-seeking delay, gamma with shape k
 * = 2 and mean 4.4 d (Zhang J et al., Lancet ID 2020, onsets before 28 Jan, the period of Guan's
 * cohort), scale θ = 2.2 d. Then P(F ≤ A) = 1 − (1 + λθ)^−k, and 1 − (1 + 2.2 λ)^−2 = 0.494 gives
 * λ = 0.184 per day: a mean delay of 5.43 d. Plausible range (for sensitivity analyses): 3.2 d (the
 * same derivation with the later 2.6 d admission delay) to 6.5 d (a fixed, not gamma-distributed,
 * 4.4 d admission delay: 1 − e^(−4.4 λ) = 0.494). Once begun, a fever lasts while the case is
 * infectious (an assumption; the survey checks only infectious symptomatic residents). A mean of 0
 * is the earlier model: fever from symptom onset.
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
 *     al., NEJM 2020: fever in 88.7% during hospitalisation). Plausible range {@value
 *     #FEBRILE_SHARE_LOW} (assumption: community cases milder than hospitalised ones) to {@value
 *     #FEBRILE_SHARE_HIGH} (Huang et al., Lancet 2020: 40 of 41 hospitalised patients)
 * @param feverOnsetMeanDays mean of the exponential delay from symptom onset to the onset of fever
 *     of a case that ever has fever, drawn once per case (keyed by resident): 5.43 d, derived above
 *     from Guan 2020's 43.8% on admission; range {@value #FEVER_ONSET_MEAN_DAYS_LOW} to {@value
 *     #FEVER_ONSET_MEAN_DAYS_HIGH} d; 0: fever from symptom onset
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
 * @param quarantineSetting where close contacts are quarantined: {@link QuarantineSetting#FACILITY}
 *     from {@code facilityQuarantineFrom}, at home before (assumption. The article says "該隔離的立即
 *     隔離", whoever must be isolated is isolated at once, without saying where; Wuhan quarantined
 *     close contacts at home from 23 Jan and in designated facilities from 2 Feb 2020, Pan A et
 *     al., JAMA 2020, and Wuhan's Notice No. 10 of 5-6 Feb 2020, China Daily 6 Feb 2020; Hubei's
 *     "four categories of persons" (四类人员) went to designated facilities in early February.
 *     Switch to {@link QuarantineSetting#HOME} for home quarantine throughout)
 * @param facilityQuarantineFrom the first day contacts go to a facility under {@link
 *     QuarantineSetting#FACILITY}: 2020-02-02 (Pan A et al., JAMA 2020: centralised quarantine in
 *     Wuhan from 2 Feb; assumption that Hong'an did the same). Plausible range {@link
 *     #FACILITY_QUARANTINE_EARLIEST} (the survey's first day, "isolated at once") to {@link
 *     #FACILITY_QUARANTINE_LATEST} (Huanggang's compound closures for the "four types of persons")
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
    double contactsOutsideHousehold,
    double feverOnsetMeanDays,
    QuarantineSetting quarantineSetting,
    LocalDate facilityQuarantineFrom) {

  /** Low end of {@link #febrileShare()}'s plausible range. */
  public static final double FEBRILE_SHARE_LOW = 0.70;
  /** High end of {@link #febrileShare()}'s plausible range. */
  public static final double FEBRILE_SHARE_HIGH = 0.98;
  /** Low end of {@link #feverOnsetMeanDays()}'s plausible range (days). */
  public static final double FEVER_ONSET_MEAN_DAYS_LOW = 3.2;
  /** High end of {@link #feverOnsetMeanDays()}'s plausible range (days). */
  public static final double FEVER_ONSET_MEAN_DAYS_HIGH = 6.5;
  /** Earliest plausible {@link #facilityQuarantineFrom()}: the survey's first day. */
  public static final LocalDate FACILITY_QUARANTINE_EARLIEST = LocalDate.of(2020, 1, 28);
  /** Latest plausible {@link #facilityQuarantineFrom()}: Huanggang's closure of compounds. */
  public static final LocalDate FACILITY_QUARANTINE_LATEST = LocalDate.of(2020, 2, 10);

  /**
   * Validates the parameters.
   *
   * @throws org.cordon.InvalidInputException if a delay is negative or not finite, a mean delay or
   *     the shape is not positive, the sensitivity is outside [0, 1], a date or the setting is missing
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
    Checks.inRange("caseFinding.feverOnsetMeanDays", feverOnsetMeanDays, 0, 365);
    if (quarantineSetting == null) {
      throw org.cordon.InvalidInputException.argument("caseFinding.quarantineSetting", "missing (HOME or FACILITY)");
    }
    if (facilityQuarantineFrom == null) {
      throw org.cordon.InvalidInputException.argument("caseFinding.facilityQuarantineFrom", "missing");
    }
    Objects.requireNonNull(fasterCareFrom);
  }

  /**
   * The case finding of the model before the fever course and the quarantine setting: fever, if
   * any, from symptom onset ({@code feverOnsetMeanDays} 0) and home quarantine throughout.
   *
   * @param careSeekingDaysEarly as the canonical constructor
   * @param careSeekingDaysLate as the canonical constructor
   * @param fasterCareFrom as the canonical constructor
   * @param careSeekingShape as the canonical constructor
   * @param confirmationDays as the canonical constructor
   * @param febrileShare as the canonical constructor
   * @param surveySensitivity as the canonical constructor
   * @param quarantineDetectionDays as the canonical constructor
   * @param tracingDelayDays as the canonical constructor
   * @param quarantineDays as the canonical constructor
   * @param isolationDays as the canonical constructor
   * @param contactsOutsideHousehold as the canonical constructor
   * @throws org.cordon.InvalidInputException as the canonical constructor
   */
  public CaseFindingParameters(double careSeekingDaysEarly, double careSeekingDaysLate, LocalDate fasterCareFrom,
      double careSeekingShape, double confirmationDays, double febrileShare, double surveySensitivity,
      double quarantineDetectionDays, double tracingDelayDays, double quarantineDays, double isolationDays,
      double contactsOutsideHousehold) {
    this(careSeekingDaysEarly, careSeekingDaysLate, fasterCareFrom, careSeekingShape, confirmationDays, febrileShare,
        surveySensitivity, quarantineDetectionDays, tracingDelayDays, quarantineDays, isolationDays,
        contactsOutsideHousehold, 0.0, QuarantineSetting.HOME, DEFAULT_FACILITY_QUARANTINE_FROM);
  }

  /** Default of {@link #facilityQuarantineFrom()}. */
  public static final LocalDate DEFAULT_FACILITY_QUARANTINE_FROM = LocalDate.of(2020, 2, 2);

  /** Default of {@link #feverOnsetMeanDays()}, derived above. */
  public static final double DEFAULT_FEVER_ONSET_MEAN_DAYS = 5.43;

  /**
   * @param day a day
   * @return whether a contact quarantined on {@code day} goes to a facility
   */
  public boolean facilityOn(LocalDate day) {
    return quarantineSetting == QuarantineSetting.FACILITY && !day.isBefore(facilityQuarantineFrom);
  }

  /** @return the defaults documented on each component */
  public static CaseFindingParameters defaults() {
    return new CaseFindingParameters(
        4.4, 2.6, LocalDate.of(2020, 1, 28), 2.0, 1.0, 0.887, 0.90, 1.0, 1.0, 14.0, 21.0, 3.0,
        DEFAULT_FEVER_ONSET_MEAN_DAYS, QuarantineSetting.FACILITY, DEFAULT_FACILITY_QUARANTINE_FROM);
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
        quarantineDays, isolationDays, contacts, feverOnsetMeanDays, quarantineSetting, facilityQuarantineFrom);
  }

  /**
   * @param setting where contacts are quarantined
   * @param from the first day of facility quarantine (used with {@link QuarantineSetting#FACILITY})
   * @return a copy with them
   * @throws org.cordon.InvalidInputException if an argument is missing
   */
  public CaseFindingParameters withQuarantine(QuarantineSetting setting, LocalDate from) {
    return new CaseFindingParameters(
        careSeekingDaysEarly, careSeekingDaysLate, fasterCareFrom, careSeekingShape,
        confirmationDays, febrileShare, surveySensitivity, quarantineDetectionDays, tracingDelayDays,
        quarantineDays, isolationDays, contactsOutsideHousehold, feverOnsetMeanDays, setting, from);
  }

  /**
   * @param share the share of symptomatic cases that ever have fever
   * @param meanDays the mean delay from symptom onset to fever
   * @return a copy with that fever course
   * @throws org.cordon.InvalidInputException if out of range
   */
  public CaseFindingParameters withFever(double share, double meanDays) {
    return new CaseFindingParameters(
        careSeekingDaysEarly, careSeekingDaysLate, fasterCareFrom, careSeekingShape,
        confirmationDays, share, surveySensitivity, quarantineDetectionDays, tracingDelayDays,
        quarantineDays, isolationDays, contactsOutsideHousehold, meanDays, quarantineSetting, facilityQuarantineFrom);
  }
}
