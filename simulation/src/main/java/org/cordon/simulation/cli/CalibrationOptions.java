package org.cordon.simulation.cli;

import java.util.Locale;
import org.cordon.InvalidInputException;
import picocli.CommandLine.Option;

/**
 * The options of a calibration, shared by {@code cordon calibrate} and the Spark module's {@code
 * calibrate} job so both take the same options and record the same command line (a picocli
 * mixin; public for that module, not for embedding).
 */
public final class CalibrationOptions {
  @Option(names = "--draws", paramLabel = "N", defaultValue = "6000", description = "Prior draws (default: ${DEFAULT-VALUE}).")
  int draws;

  @Option(names = "--accept", paramLabel = "SHARE", defaultValue = "0.02",
      description = "Share of draws accepted (default: ${DEFAULT-VALUE}).")
  double accept;

  @Option(names = "--runs", paramLabel = "R", defaultValue = "400",
      description = "Replicates of the posterior predictive check (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "2020", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--replicates", paramLabel = "K", defaultValue = "5",
      description = "Replicates per prior draw, judged by the median of each statistic (default: ${DEFAULT-VALUE}).")
  int replicates;

  /** @return prior draws */
  public int draws() {
    return draws;
  }

  /** @return share of draws accepted */
  public double accept() {
    return accept;
  }

  /** @return replicates of the posterior predictive check */
  public int runs() {
    return runs;
  }

  /** @return the seed */
  public long seed() {
    return seed;
  }

  /** @return replicates per prior draw */
  public int replicates() {
    return replicates;
  }

  /**
   * Checks the counts before any work.
   *
   * @throws InvalidInputException naming the option if {@code --draws} is above 10,000,000 or
   *     {@code --replicates} outside 1 to 100 (the other bounds are checked by the calibration)
   */
  public void check() {
    if (draws > 10_000_000) {
      throw InvalidInputException.argument("--draws", "at most 10000000: " + draws);
    }
    if (replicates < 1 || replicates > 100) {
      throw InvalidInputException.argument("--replicates", "must be 1 to 100: " + replicates);
    }
  }

  /** @return the command line recorded with the fitted values */
  public String command() {
    return command(draws, replicates, accept, runs, seed);
  }

  /**
   * @param draws prior draws
   * @param replicates replicates per draw
   * @param accept share accepted
   * @param runs predictive runs
   * @param seed the seed
   * @return the {@code cordon calibrate} command line with these values
   */
  public static String command(int draws, int replicates, double accept, int runs, long seed) {
    return String.format(Locale.ROOT, "cordon calibrate --draws %d --replicates %d --accept %s --runs %d --seed %d",
        draws, replicates, accept, runs, seed);
  }
}
