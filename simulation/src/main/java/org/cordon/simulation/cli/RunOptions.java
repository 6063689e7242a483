package org.cordon.simulation.cli;

import org.cordon.InvalidInputException;

/** Checks shared by the commands that run replicates. */
final class RunOptions {
  private RunOptions() {}

  static void check(int runs, Integer threads) {
    if (runs < 1 || runs > 1_000_000) {
      throw InvalidInputException.argument("--runs", "must be 1..1000000: " + runs);
    }
    if (threads != null && (threads < 1 || threads > 1024)) {
      throw InvalidInputException.argument("--threads", "must be 1..1024: " + threads);
    }
  }

  static int threads(Integer threads) {
    return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
  }
}
