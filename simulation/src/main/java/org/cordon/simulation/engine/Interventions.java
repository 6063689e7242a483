package org.cordon.simulation.engine;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import org.cordon.measure.ContactEffect;
import org.cordon.measure.ContainmentAssumptions;
import org.cordon.measure.TimeBand;
import org.cordon.trace.CloseContactRule;

/**
 * What the engine needs from a policy timeline, day by day: the contact factors per time band,
 * the door-to-door survey (摸排) visits, whether cases are isolated and contacts traced, and the
 * staffing figures reported with the results. Implementations must be immutable and thread-safe
 * (one instance is shared by all replicates).
 */
public interface Interventions {
  /**
   * @param day a day of the simulation
   * @param band a time band of that day
   * @return the contact factors in force
   */
  ContactEffect contactEffect(LocalDate day, TimeBand band);

  /**
   * @param day a day
   * @param resident a resident id
   * @return the probability that the survey visits the resident's household and takes their
   *     temperature on that day (0 when no survey is running or the resident is outside its scope)
   */
  default double surveyVisitProbability(LocalDate day, int resident) {
    return 0;
  }

  /**
   * The survey's visit probabilities of every resident on a day, in bulk (the engine calls this
   * once a day when it compiles a schedule; override it when a whole day is cheaper at once).
   *
   * @param day a day
   * @param residents the number of residents
   * @return per resident the probability of {@link #surveyVisitProbability}, or {@code null} when
   *     no resident is visited that day
   */
  default float[] surveyVisits(LocalDate day, int residents) {
    float[] visit = null;
    for (int r = 0; r < residents; r++) {
      double p = surveyVisitProbability(day, r);
      if (p != 0) {
        if (visit == null) {
          visit = new float[residents];
        }
        visit[r] = (float) p;
      }
    }
    return visit;
  }

  /**
   * @param day a day
   * @return whether confirmed cases' close contacts are traced and quarantined that day
   */
  default boolean tracesContacts(LocalDate day) {
    return true;
  }

  /**
   * @param day a day
   * @return guards (卡口值守) on duty that day, for the report
   */
  default int guardsOnDuty(LocalDate day) {
    return 0;
  }

  /**
   * @param day a day
   * @return the share of residents within the survey's reach that day (0..1), for the report
   */
  default double surveyCoverage(LocalDate day) {
    return 0;
  }

  /**
   * @param day a day
   * @return survey staff (摸排) at work that day, for the report
   */
  default int surveyStaffOn(LocalDate day) {
    return 0;
  }

  /**
   * @param day a day
   * @return residents confined by a closure that day (people × days is a closure's cost), for the
   *     report
   */
  default int residentsConfined(LocalDate day) {
    return 0;
  }

  /**
   * @return the names of the measures that start on each day within the schedule, by date, for
   *     the report's markers; empty when the schedule has no named measures
   */
  default SortedMap<LocalDate, List<String>> measureStarts() {
    return Collections.emptySortedMap();
  }

  /**
   * @return the containment assumptions (leakage and so on) the schedule was built with, for the
   *     report's parameter table; the defaults when it has none of its own
   */
  default ContainmentAssumptions assumptions() {
    return ContainmentAssumptions.defaults();
  }

  /**
   * @param onsetDay the day of a case's symptom onset
   * @return the mean days from onset to isolation for that case under the isolation measure in
   *     force, or NaN to use the model's care-seeking delays
   */
  default double isolationDelayDays(LocalDate onsetDay) {
    return Double.NaN;
  }

  /**
   * @param day the day a case is confirmed
   * @return days from confirmation to the contacts' quarantine, or NaN for the model's
   */
  default double tracingDelayDays(LocalDate day) {
    return Double.NaN;
  }

  /**
   * @param day the day a case is confirmed
   * @return days a contact stays quarantined, or NaN for the model's
   */
  default double quarantineDays(LocalDate day) {
    return Double.NaN;
  }

  /**
   * @param day the day a case is confirmed
   * @return who counts as a close contact of a case confirmed that day (the core tracer's rule);
   *     by default household members and recorded encounters, 2 days' lookback before onset
   */
  default CloseContactRule closeContactRule(LocalDate day) {
    return CloseContactRule.DEFAULT;
  }

  /** No measure at all: every factor 1, no survey; cases still seek care and are isolated. */
  Interventions NONE = (day, band) -> ContactEffect.NONE;
}
