package org.cordon.simulation.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cordon.InvalidInputException;
import org.cordon.community.Community;
import org.cordon.community.synth.CommunityPresets;
import org.cordon.measure.ContainmentAssumptions;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.scenario.ScenarioFile;

/**
 * Resolves a {@code --scenario} argument to an {@link Experiment}: the preset {@code jinsha-2020}
 * (the synthetic Jinsha community with seed {@link #COMMUNITY_SEED}, the model defaults with the
 * shipped calibration applied: replicate {@code i} runs with posterior draw {@code i mod size},
 * the night leakage at its fitted value; the variants of {@link JinshaExperiment#PRESET}) or a YAML scenario file.
 */
public final class Scenarios {
  /** Seed of the preset's synthetic community (the same as {@code cordon generate}'s default). */
  public static final long COMMUNITY_SEED = 1;

  private Scenarios() {}

  /** @return the jinsha-2020 community (preset, seed {@link #COMMUNITY_SEED}) */
  public static Community jinshaCommunity() {
    return CommunityPresets.community(CommunityPresets.JINSHA_2020, COMMUNITY_SEED);
  }

  /**
   * @param calibrated the calibrated values to apply
   * @return the jinsha-2020 experiment with them
   */
  public static Experiment jinsha(Calibrated calibrated) {
    ModelParameters defaults = ModelParameters.defaults();
    return JinshaExperiment.of(jinshaCommunity(), calibrated.apply(defaults), calibrated.apply(ContainmentAssumptions.defaults()))
        .withDraws(calibrated.applyPosterior(defaults)).withCalibration(calibrated);
  }

  /**
   * @param scenario {@code jinsha-2020} or a path to a YAML scenario file
   * @return the experiment
   * @throws InvalidInputException if the preset is unknown or the file is missing or bad
   */
  public static Experiment resolve(String scenario) {
    var preset = Presets.find(scenario);
    if (preset.isPresent()) {
      return preset.get().experiment();
    }
    return readFile(scenario).experiment();
  }

  /**
   * A scenario file read and checked as {@code compare} reads it, with its community loaded.
   *
   * @param file the parsed file
   * @param community its community
   * @param experiment the experiment it describes (every section validated)
   */
  public record FileScenario(ScenarioFile file, Community community, Experiment experiment) {}

  /**
   * The one reader of a scenario file for every command ({@code compare}, {@code replay}, {@code
   * staffing}, {@code scenario check|show}, {@code sweep}, {@code serve --scenario} and the Spark
   * jobs): checks it is a regular file within {@link org.cordon.internal.csv.InputFiles#MAX_SCENARIO_BYTES}
   * before reading it, parses it, loads its community and validates every section (disease,
   * calibration, imports, variants, timelines), so that every command gives the same line for the
   * same bad file.
   *
   * @param ref a path to a scenario file (not a preset name)
   * @return the file, its community and its experiment
   * @throws InvalidInputException naming {@code --scenario} if there is no such file, else naming the
   *     file, line and key of the first bad value
   */
  public static FileScenario readFile(String ref) {
    Path p = Path.of(ref);
    if (!Files.exists(p)) {
      throw InvalidInputException.argument("--scenario", "not a preset (known: " + String.join(", ", Presets.names())
          + ") nor a file: '" + InvalidInputException.echo(ref) + "'");
    }
    ScenarioFile file = ScenarioFile.read(p);
    Community community = file.community().load();
    return new FileScenario(file, community, ScenarioYaml.of(file, community));
  }
}
