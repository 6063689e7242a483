package org.cordon.contact;

import java.time.LocalDate;
import java.util.Optional;
import org.cordon.InvalidInputException;

/**
 * An inclusive interval of days, held as epoch days ({@link LocalDate#toEpochDay()}) in {@code
 * int}s; either end may be open. Used for the validity of a membership (a returnee belongs to a
 * household from the day of arrival), the days of a recorded encounter and the window of a trace.
 *
 * <pre>{@code
 * DayWindow w = DayWindow.of(LocalDate.of(2020, 1, 23), LocalDate.of(2020, 2, 3));
 * DayWindow sinceArrival = DayWindow.since(LocalDate.of(2020, 1, 20));
 * }</pre>
 *
 * @param fromDay first day (epoch day), or {@link #OPEN_START} for no first day
 * @param toDay last day (epoch day, inclusive), or {@link #OPEN_END} for no last day
 */
public record DayWindow(int fromDay, int toDay) {
  /** The {@code fromDay} of a window with no first day. */
  public static final int OPEN_START = Integer.MIN_VALUE;
  /** The {@code toDay} of a window with no last day. */
  public static final int OPEN_END = Integer.MAX_VALUE;

  private static final DayWindow ALL = new DayWindow(OPEN_START, OPEN_END);

  /**
   * @throws InvalidInputException if {@code toDay < fromDay}, or an open sentinel is on the wrong end
   */
  public DayWindow {
    if (toDay < fromDay) {
      throw InvalidInputException.argument(
          "window", "last day " + format(toDay) + " is before first day " + format(fromDay));
    }
    if (fromDay == OPEN_END || toDay == OPEN_START) {
      throw InvalidInputException.argument("window", "open end on the wrong side");
    }
  }

  /** @return the window of all days */
  public static DayWindow all() {
    return ALL;
  }

  /**
   * @param from first day, inclusive
   * @param to last day, inclusive
   * @return the window {@code [from, to]}
   * @throws InvalidInputException if a date is missing or {@code to} is before {@code from}
   */
  public static DayWindow of(LocalDate from, LocalDate to) {
    return new DayWindow(day("window.from", from), day("window.to", to));
  }

  /**
   * @param from first day, inclusive
   * @return the window from {@code from} on, with no last day
   * @throws InvalidInputException if the date is missing
   */
  public static DayWindow since(LocalDate from) {
    return new DayWindow(day("window.from", from), OPEN_END);
  }

  /**
   * @param to last day, inclusive
   * @return the window up to {@code to}, with no first day
   * @throws InvalidInputException if the date is missing
   */
  public static DayWindow until(LocalDate to) {
    return new DayWindow(OPEN_START, day("window.to", to));
  }

  /**
   * Converts a date to the epoch day used in the arrays.
   *
   * @param name what the date is, for the error message
   * @param date a date
   * @return its epoch day
   * @throws InvalidInputException if the date is missing or too far from 1970 for an {@code int}
   */
  public static int day(String name, LocalDate date) {
    if (date == null) {
      throw InvalidInputException.argument(name, "missing date");
    }
    long d = date.toEpochDay();
    if (d <= OPEN_START || d >= OPEN_END) {
      throw InvalidInputException.argument(name, "date out of range: " + date);
    }
    return (int) d;
  }

  /**
   * @param day an epoch day, or an open sentinel
   * @return the date, empty for {@link #OPEN_START} and {@link #OPEN_END}
   */
  public static Optional<LocalDate> date(int day) {
    return day == OPEN_START || day == OPEN_END
        ? Optional.empty()
        : Optional.of(LocalDate.ofEpochDay(day));
  }

  /** @return the first day, empty when open */
  public Optional<LocalDate> from() {
    return date(fromDay);
  }

  /** @return the last day (inclusive), empty when open */
  public Optional<LocalDate> to() {
    return date(toDay);
  }

  /**
   * @param day an epoch day
   * @return whether the window contains it
   */
  public boolean contains(int day) {
    return day >= fromDay && day <= toDay;
  }

  /**
   * @param from first epoch day of another interval
   * @param to last epoch day (inclusive) of it
   * @return whether the interval shares at least one day with this window
   */
  public boolean overlaps(int from, int to) {
    return from <= toDay && to >= fromDay;
  }

  /**
   * @param other another window
   * @return the days both share, empty when they share none
   */
  public Optional<DayWindow> intersect(DayWindow other) {
    int f = Math.max(fromDay, other.fromDay);
    int t = Math.min(toDay, other.toDay);
    return f <= t ? Optional.of(new DayWindow(f, t)) : Optional.empty();
  }

  /**
   * @param days a number of days, {@code >= 0}
   * @return this window with its first day moved {@code days} earlier (an open start stays open)
   * @throws InvalidInputException if {@code days} is negative
   */
  public DayWindow extendBack(int days) {
    if (days < 0) {
      throw InvalidInputException.argument("days", "must be >= 0: " + days);
    }
    return fromDay == OPEN_START ? this : new DayWindow((int) Math.max((long) fromDay - days, OPEN_START + 1L), toDay);
  }

  private static String format(int day) {
    return day == OPEN_START ? "(open)" : day == OPEN_END ? "(open)" : LocalDate.ofEpochDay(day).toString();
  }

  @Override
  public String toString() {
    return "[" + format(fromDay) + ", " + format(toDay) + "]";
  }
}
