package org.cordon.simulation.disease;

import org.cordon.InvalidInputException;

/** NaN-safe argument checks shared by the parameter records. */
final class Checks {
  private Checks() {}

  static double probability(String name, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw InvalidInputException.argument(name, "must be a probability in [0, 1]: " + p);
    }
    return p;
  }

  static double nonNegative(String name, double x) {
    if (!(x >= 0 && x < Double.POSITIVE_INFINITY)) {
      throw InvalidInputException.argument(name, "must be finite and >= 0: " + x);
    }
    return x;
  }

  static double positive(String name, double x) {
    if (!(x > 0 && x < Double.POSITIVE_INFINITY)) {
      throw InvalidInputException.argument(name, "must be finite and > 0: " + x);
    }
    return x;
  }
}
