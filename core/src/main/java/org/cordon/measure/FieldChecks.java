package org.cordon.measure;

import java.time.LocalDateTime;
import java.util.Optional;
import org.cordon.Checks;

/**
 * The field checks of measure constructors: each failure is a {@link MeasureException} naming the
 * measure and the field. The numeric checks are {@link Checks}'s (one NaN-safe implementation).
 */
final class FieldChecks {
  private FieldChecks() {}

  static String name(String name) {
    if (name == null || name.isBlank()) {
      throw new MeasureException(String.valueOf(name), "name", "blank");
    }
    return name;
  }

  static <T> T present(String measure, String field, T value) {
    if (value == null) {
      throw new MeasureException(measure, field, "missing");
    }
    return value;
  }

  static void window(String measure, LocalDateTime start, Optional<LocalDateTime> end) {
    present(measure, "start", start);
    present(measure, "end", end);
    if (end.isPresent() && !end.get().isAfter(start)) {
      throw new MeasureException(
          measure, "end", "ends " + end.get() + ", not after it starts " + start);
    }
  }

  static int positive(String measure, String field, int value) {
    return Checks.positive(value, problem -> new MeasureException(measure, field, problem));
  }

  static int nonNegative(String measure, String field, int value) {
    return Checks.nonNegative(value, problem -> new MeasureException(measure, field, problem));
  }

  static double positive(String measure, String field, double value) {
    return Checks.positive(value, problem -> new MeasureException(measure, field, problem));
  }

  /** The longest delay or duration of a measure, in days (the engine's bound; assumption). */
  static final double MAX_DAYS = 10_000;

  static double days(String measure, String field, double value) {
    if (!(value >= 0 && value < MAX_DAYS)) {
      throw new MeasureException(measure, field, "must be 0 to " + (int) MAX_DAYS + " days: " + value);
    }
    return value;
  }

  static double nonNegative(String measure, String field, double value) {
    return Checks.nonNegative(value, problem -> new MeasureException(measure, field, problem));
  }

  static double probability(String assumption, double value) {
    return Checks.probability(value, problem -> MeasureException.assumption(assumption, problem));
  }

  static double inRange(String assumption, double value, double min, double max) {
    return Checks.inRange(value, min, max, problem -> MeasureException.assumption(assumption, problem));
  }
}
