package org.cordon.simulation.scenario;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.cordon.measure.DoorToDoorSurvey;
import org.cordon.measure.PolicyTimeline;
import org.cordon.measure.StaffingDay;

/**
 * The headline staffing figures of a timeline: the peak number of guards on duty, the peak
 * survey staff, and the day the survey had visited every household.
 *
 * @param peakGuards the most guards on duty on one day
 * @param peakGuardsDay the first day with that many
 * @param peakSurveyStaff the most survey staff on one day
 * @param households households in the community
 * @param surveyStart the first survey's start day, if there is a survey
 * @param allHouseholdsReached the day by whose end every household had been visited, if ever
 */
public record StaffingSummary(
    int peakGuards,
    LocalDate peakGuardsDay,
    int peakSurveyStaff,
    int households,
    Optional<LocalDate> surveyStart,
    Optional<LocalDate> allHouseholdsReached) {

  /**
   * @param timeline a timeline
   * @return its summary
   */
  public static StaffingSummary of(PolicyTimeline timeline) {
    int peak = -1;
    LocalDate peakDay = timeline.firstDay();
    int staff = 0;
    for (StaffingDay d : timeline.staffing()) {
      if (d.guardsOnDuty() > peak) {
        peak = d.guardsOnDuty();
        peakDay = d.day();
      }
      staff = Math.max(staff, d.surveyStaff());
    }
    Optional<LocalDate> start =
        timeline.measures(DoorToDoorSurvey.class).stream().map(s -> s.start().toLocalDate()).min(LocalDate::compareTo);
    return new StaffingSummary(
        peak, peakDay, staff, timeline.community().households().size(), start, timeline.survey().allHouseholdsReached());
  }

  /** @return the survey day (1 = its first day) on which every household had been visited, if ever */
  public Optional<Long> surveyDaysToReachAll() {
    if (surveyStart.isEmpty() || allHouseholdsReached.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ChronoUnit.DAYS.between(surveyStart.get(), allHouseholdsReached.get()) + 1);
  }
}
