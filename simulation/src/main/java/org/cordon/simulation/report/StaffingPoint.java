package org.cordon.simulation.report;

import java.time.LocalDate;
import java.util.Objects;
import org.cordon.InvalidInputException;

/**
 * People on duty and survey (摸排) coverage on one day of a variant's timeline.
 *
 * @param date the day
 * @param guards guards on duty at checkpoints (卡口)
 * @param surveyStaff staff surveying door to door
 * @param surveyCoverage share of residents the survey has reached by the end of the day, in [0, 1]
 */
public record StaffingPoint(LocalDate date, int guards, int surveyStaff, double surveyCoverage) {
  /** @throws InvalidInputException for negative counts or a coverage outside [0, 1] (NaN included) */
  public StaffingPoint {
    Objects.requireNonNull(date, "date");
    if (guards < 0 || surveyStaff < 0) {
      throw InvalidInputException.argument("staffing", "negative count on " + date);
    }
    if (!(surveyCoverage >= 0 && surveyCoverage <= 1)) {
      throw InvalidInputException.argument("surveyCoverage", "not in [0, 1] on " + date + ": " + surveyCoverage);
    }
  }
}
