package org.cordon.contact;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.cordon.InvalidInputException;

/**
 * A recorded encounter between two residents (e.g. from a survey interview, 摸排): on every day
 * from {@code firstDay} to {@code lastDay} inclusive, for {@code minutes} minutes when known.
 *
 * @param a one resident id
 * @param b the other resident id, different from {@code a}
 * @param firstDay the first day they met
 * @param lastDay the last day they met, not before {@code firstDay}
 * @param minutes how long the contact lasted, empty when not recorded; a duration rule (e.g.
 *     15 minutes) treats an unrecorded duration as long enough, the cautious reading
 */
public record Encounter(int a, int b, LocalDate firstDay, LocalDate lastDay, OptionalInt minutes) {
  /**
   * @throws InvalidInputException if an id is negative, {@code a == b}, a date is missing or out of
   *     range, {@code lastDay} is before {@code firstDay}, or {@code minutes} is negative
   */
  public Encounter {
    if (a < 0 || b < 0) {
      throw InvalidInputException.argument("encounter", "negative resident id: " + Math.min(a, b));
    }
    if (a == b) {
      throw InvalidInputException.argument("encounter", "resident " + a + " meets itself");
    }
    int first = DayWindow.day("encounter.first_day", firstDay);
    int last = DayWindow.day("encounter.last_day", lastDay);
    if (last < first) {
      throw InvalidInputException.argument(
          "encounter.last_day", "last day " + lastDay + " is before first day " + firstDay);
    }
    if (minutes == null) {
      throw InvalidInputException.argument("encounter.minutes", "missing (use OptionalInt.empty())");
    }
    if (minutes.isPresent() && minutes.getAsInt() < 0) {
      throw InvalidInputException.argument("encounter.minutes", "negative: " + minutes.getAsInt());
    }
  }

  /**
   * @param a one resident id
   * @param b the other
   * @param firstDay first day
   * @param lastDay last day
   * @param minutes minutes, {@code >= 0}
   * @return an encounter of known duration
   * @throws InvalidInputException as the canonical constructor
   */
  public static Encounter of(int a, int b, LocalDate firstDay, LocalDate lastDay, int minutes) {
    return new Encounter(a, b, firstDay, lastDay, OptionalInt.of(minutes));
  }

  /**
   * @param a one resident id
   * @param b the other
   * @param firstDay first day
   * @param lastDay last day
   * @return an encounter whose duration was not recorded
   * @throws InvalidInputException as the canonical constructor
   */
  public static Encounter ofUnknownDuration(int a, int b, LocalDate firstDay, LocalDate lastDay) {
    return new Encounter(a, b, firstDay, lastDay, OptionalInt.empty());
  }
}
