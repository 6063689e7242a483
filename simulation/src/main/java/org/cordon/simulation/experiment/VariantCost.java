package org.cordon.simulation.experiment;

import java.time.LocalDate;
import java.util.Objects;
import org.cordon.InvalidInputException;
import org.cordon.simulation.engine.Interventions;

/**
 * What a variant's measures cost over the horizon, from its staffing and timeline alone (the same
 * in every replicate): the people side a planner weighs against cases.
 *
 * @param guardShifts person-shifts of guards on duty, summed over the days (each day's guards on
 *     duty are checkpoints × posts × shifts: one person-shift each)
 * @param surveyStaffDays survey staff (摸排) at work, summed over the days
 * @param residentDaysClosed residents confined by a closure, summed over the days (people × days
 *     confined; a community closure confines everyone)
 * @param peakOnDuty the most people on duty on one day: guards of every shift plus survey staff
 */
public record VariantCost(long guardShifts, long surveyStaffDays, long residentDaysClosed, int peakOnDuty) {
  /** @throws InvalidInputException if a number is negative */
  public VariantCost {
    if (guardShifts < 0 || surveyStaffDays < 0 || residentDaysClosed < 0 || peakOnDuty < 0) {
      throw InvalidInputException.argument("cost", "negative: " + guardShifts + ", " + surveyStaffDays + ", "
          + residentDaysClosed + ", " + peakOnDuty);
    }
  }

  /**
   * @param interventions a variant's measures
   * @param first the horizon's first day
   * @param last its last day (inclusive)
   * @return their cost from {@code first} to {@code last}
   * @throws InvalidInputException if {@code last} is before {@code first}
   */
  public static VariantCost of(Interventions interventions, LocalDate first, LocalDate last) {
    Objects.requireNonNull(interventions, "interventions");
    if (last.isBefore(first)) {
      throw InvalidInputException.argument("cost", "last day " + last + " before the first " + first);
    }
    long guards = 0;
    long staff = 0;
    long confined = 0;
    int peak = 0;
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      int g = interventions.guardsOnDuty(d);
      int s = interventions.surveyStaffOn(d);
      guards += g;
      staff += s;
      confined += interventions.residentsConfined(d);
      peak = Math.max(peak, g + s);
    }
    return new VariantCost(guards, staff, confined, peak);
  }
}
