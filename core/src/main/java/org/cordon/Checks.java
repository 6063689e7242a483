package org.cordon;

import java.util.function.Function;

/**
 * NaN-safe checks of numeric arguments, in one place for the whole project (Commons RNG style:
 * {@code if (!(p >= 0 && p <= 1)) throw ...}, so a NaN never passes). Each check names the
 * argument and shows the bad value, and returns the value so that it can be used in an
 * assignment.
 *
 * <p>Two forms of each check: by name ({@code probability("imports.shareInfectedWuhan", p)}
 * throws {@link InvalidInputException#argument(String, String)}), or with a function that turns
 * the problem text into the exception to throw (measures use it to throw an exception that names
 * the measure and the field).
 */
public final class Checks {
  private Checks() {}

  /**
   * @param name the argument's name, shown in the message
   * @param value the value
   * @return {@code value}
   * @throws InvalidInputException if {@code value} is not in [0, 1] (NaN included)
   */
  public static double probability(String name, double value) {
    return probability(value, byName(name));
  }

  /**
   * @param value the value
   * @param error turns the problem text into the exception to throw
   * @return {@code value}
   * @throws RuntimeException made by {@code error} if {@code value} is not in [0, 1] (NaN included)
   */
  public static double probability(double value, Function<String, ? extends RuntimeException> error) {
    if (!(value >= 0 && value <= 1)) {
      throw error.apply("must be a probability in [0, 1]: " + value);
    }
    return value;
  }

  /**
   * @param name the argument's name
   * @param value the value
   * @param min the smallest value allowed
   * @param max the largest value allowed
   * @return {@code value}
   * @throws InvalidInputException if {@code value} is not in [min, max] (NaN included)
   */
  public static double inRange(String name, double value, double min, double max) {
    return inRange(value, min, max, byName(name));
  }

  /**
   * @param value the value
   * @param min the smallest value allowed
   * @param max the largest value allowed
   * @param error turns the problem text into the exception to throw
   * @return {@code value}
   * @throws RuntimeException made by {@code error} if {@code value} is not in [min, max] (NaN
   *     included)
   */
  public static double inRange(
      double value, double min, double max, Function<String, ? extends RuntimeException> error) {
    if (!(value >= min && value <= max)) {
      throw error.apply("must be in [" + min + ", " + max + "]: " + value);
    }
    return value;
  }

  /**
   * @param name the argument's name
   * @param value the value
   * @return {@code value}
   * @throws InvalidInputException if {@code value} is negative, infinite or NaN
   */
  public static double nonNegative(String name, double value) {
    return nonNegative(value, byName(name));
  }

  /**
   * @param value the value
   * @param error turns the problem text into the exception to throw
   * @return {@code value}
   * @throws RuntimeException made by {@code error} if {@code value} is negative, infinite or NaN
   */
  public static double nonNegative(double value, Function<String, ? extends RuntimeException> error) {
    if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
      throw error.apply("must be finite and >= 0: " + value);
    }
    return value;
  }

  /**
   * @param name the argument's name
   * @param value the value
   * @return {@code value}
   * @throws InvalidInputException if {@code value} is not positive, infinite or NaN
   */
  public static double positive(String name, double value) {
    return positive(value, byName(name));
  }

  /**
   * @param value the value
   * @param error turns the problem text into the exception to throw
   * @return {@code value}
   * @throws RuntimeException made by {@code error} if {@code value} is not positive, infinite or NaN
   */
  public static double positive(double value, Function<String, ? extends RuntimeException> error) {
    if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
      throw error.apply("must be finite and > 0: " + value);
    }
    return value;
  }

  /**
   * @param value the value
   * @param error turns the problem text into the exception to throw
   * @return {@code value}
   * @throws RuntimeException made by {@code error} if {@code value} is not positive
   */
  public static int positive(int value, Function<String, ? extends RuntimeException> error) {
    if (value <= 0) {
      throw error.apply("must be positive: " + value);
    }
    return value;
  }

  /**
   * @param value the value
   * @param error turns the problem text into the exception to throw
   * @return {@code value}
   * @throws RuntimeException made by {@code error} if {@code value} is negative
   */
  public static int nonNegative(int value, Function<String, ? extends RuntimeException> error) {
    if (value < 0) {
      throw error.apply("must not be negative: " + value);
    }
    return value;
  }

  private static Function<String, InvalidInputException> byName(String name) {
    return problem -> InvalidInputException.argument(name, problem);
  }
}
