package org.cordon.measure;

import java.time.LocalDateTime;
import java.util.Optional;

/** Shared validation for measure factories; every failure names the measure and the field. */
final class Checks {
  private Checks() {}

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
    if (value <= 0) {
      throw new MeasureException(measure, field, "must be positive: " + value);
    }
    return value;
  }

  static int nonNegative(String measure, String field, int value) {
    if (value < 0) {
      throw new MeasureException(measure, field, "must not be negative: " + value);
    }
    return value;
  }

  static double positive(String measure, String field, double value) {
    if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
      throw new MeasureException(measure, field, "must be a positive number: " + value);
    }
    return value;
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
    if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
      throw new MeasureException(measure, field, "must be a number >= 0: " + value);
    }
    return value;
  }

  static double probability(String field, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw MeasureException.assumption(field, "must be a probability in [0, 1]: " + value);
    }
    return value;
  }
}
