package org.cordon.simulation.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.cordon.InvalidInputException;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.experiment.AbcSmc;
import org.cordon.simulation.experiment.CalibrationTarget;
import org.cordon.simulation.experiment.JinshaExperiment;
import org.cordon.simulation.experiment.ScenarioYaml;
import org.cordon.simulation.experiment.Scenarios;
import picocli.CommandLine.Option;

/**
 * The options of a calibration, shared by {@code cordon calibrate} and the Spark module's {@code
 * calibrate} job so both take the same options and record the same command line (a picocli
 * mixin; public for that module, not for embedding). The defaults are the shipped calibration's
 * (docs/calibration.md says why).
 */
public final class CalibrationOptions {
  @Option(names = {"--particles", "--draws"}, paramLabel = "N", defaultValue = "500",
      description = "Particles per ABC-SMC population (--draws is the old name; default: ${DEFAULT-VALUE}).")
  int particles;

  @Option(names = "--quantile", paramLabel = "Q", defaultValue = "0.5",
      description = "Next tolerance = this quantile of the previous population's distances (default: ${DEFAULT-VALUE}).")
  double quantile;

  @Option(names = "--min-acceptance", paramLabel = "A", defaultValue = "0.03",
      description = "Stop when a population's acceptance rate falls below this (default: ${DEFAULT-VALUE}).")
  double minAcceptance;

  @Option(names = "--populations", paramLabel = "P", defaultValue = "8",
      description = "Most populations, the prior's included (default: ${DEFAULT-VALUE}).")
  int populations;

  @Option(names = "--runs", paramLabel = "R", defaultValue = "400",
      description = "Replicates of the posterior predictive check (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "2020", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--replicates", paramLabel = "K", defaultValue = "3",
      description = "Replicates per particle, judged by the median of each statistic (default: ${DEFAULT-VALUE}).")
  int replicates;

  @Option(names = "--scenario", paramLabel = "jinsha-2020|FILE",
      description = "Refit this scenario file (its model and assumptions as written; default: the jinsha-2020 preset).")
  String scenario;

  /** @return particles per population */
  public int particles() {
    return particles;
  }

  /** @return replicates of the posterior predictive check */
  public int runs() {
    return runs;
  }

  /** @return the seed */
  public long seed() {
    return seed;
  }

  /** @return replicates per particle */
  public int replicates() {
    return replicates;
  }

  /** @return the scenario file refitted, or null for the jinsha-2020 preset */
  public String scenario() {
    return scenario == null || scenario.equals(JinshaExperiment.NAME) ? null : scenario;
  }

  /**
   * @return the sampler's settings (batches of one population's size)
   * @throws InvalidInputException naming the option of a value out of range
   */
  public AbcSmc.Settings settings() {
    return new AbcSmc.Settings(particles, quantile, minAcceptance, populations, particles, seed);
  }

  /**
   * Checks the options before any work.
   *
   * @throws InvalidInputException naming the option of a count out of range or a missing scenario file
   */
  public void check() {
    settings();
    if (replicates < 1 || replicates > 100) {
      throw InvalidInputException.argument("--replicates", "must be 1 to 100: " + replicates);
    }
    if (runs < 1 || runs > 1_000_000) {
      throw InvalidInputException.argument("--runs", "must be 1 to 1000000: " + runs);
    }
    if (scenario() != null && !Files.isRegularFile(Path.of(scenario))) {
      throw InvalidInputException.argument("--scenario", "no such file: '" + InvalidInputException.echo(scenario) + "'");
    }
  }

  /**
   * @return what is fitted: the jinsha-2020 preset, or the scenario file's as-happened variant
   * @throws InvalidInputException if the file is missing or bad
   */
  public CalibrationTarget target() {
    return scenario() == null
        ? CalibrationTarget.jinsha(Scenarios.jinshaCommunity(), ModelParameters.defaults())
        : CalibrationTarget.of(ScenarioYaml.read(Path.of(scenario)));
  }

  /** @return the command line recorded with the fitted values */
  public String command() {
    return command(scenario(), particles, replicates, quantile, minAcceptance, populations, runs, seed);
  }

  /**
   * @param scenario the scenario file, or null for the preset
   * @param particles particles per population
   * @param replicates replicates per particle
   * @param quantile tolerance quantile
   * @param minAcceptance acceptance floor
   * @param populations most populations
   * @param runs predictive runs
   * @param seed the seed
   * @return the {@code cordon calibrate} command line with these values
   */
  public static String command(String scenario, int particles, int replicates, double quantile, double minAcceptance,
      int populations, int runs, long seed) {
    return String.format(Locale.ROOT, "cordon calibrate%s --particles %d --replicates %d --quantile %s --min-acceptance %s"
        + " --populations %d --runs %d --seed %d", scenario == null ? "" : " --scenario " + scenario, particles,
        replicates, quantile, minAcceptance, populations, runs, seed);
  }
}
