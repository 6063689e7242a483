package org.cordon;

import java.time.LocalDate;

/**
 * The calendar range Cordon accepts: every date read from a register, an encounter file, a
 * scenario or an option must lie in {@link #FIRST}..{@link #LAST}, and a scenario may span at most
 * {@link #MAX_SCENARIO_DAYS} days. The bounds keep day arithmetic (a lookback before an onset, the
 * day after a scenario's end) far from {@link LocalDate}'s limits, and a scenario's per-day tables
 * small: a scenario of 3 years holds about 2,200 half-day effect tables. Both are assumptions about
 * what a containment study needs, not facts of any epidemic.
 */
public final class SupportedDates {
  /** The first supported day (assumption: no study of a community before 1900). */
  public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
  /** The last supported day (assumption). */
  public static final LocalDate LAST = LocalDate.of(2199, 12, 31);
  /** The longest scenario, in days: 3 years (assumption; Jinsha's scenario is 59 days). */
  public static final int MAX_SCENARIO_DAYS = 3 * 365 + 1;

  private SupportedDates() {}

  /**
   * @param date a date
   * @return whether it lies in {@link #FIRST}..{@link #LAST}
   */
  public static boolean contains(LocalDate date) {
    return !date.isBefore(FIRST) && !date.isAfter(LAST);
  }

  /**
   * @param date a date
   * @return the problem with it, or {@code null} when it is supported
   */
  public static String problem(LocalDate date) {
    return contains(date) ? null : "date " + date + " outside the supported range " + FIRST + " to " + LAST;
  }

  /**
   * @param first a scenario's first day
   * @param last its last day
   * @return the problem with the span, or {@code null} when it is at most {@link
   *     #MAX_SCENARIO_DAYS} days
   */
  public static String spanProblem(LocalDate first, LocalDate last) {
    long days = java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
    return days <= MAX_SCENARIO_DAYS
        ? null
        : "scenario of " + days + " days from " + first + " to " + last + " is longer than the supported "
            + MAX_SCENARIO_DAYS + " days (3 years)";
  }

  /**
   * @param name the argument or field, for the message
   * @param date a date
   * @return {@code date}
   * @throws InvalidInputException naming {@code name} if the date is outside the supported range
   */
  public static LocalDate check(String name, LocalDate date) {
    String p = problem(date);
    if (p != null) {
      throw InvalidInputException.argument(name, p);
    }
    return date;
  }
}
