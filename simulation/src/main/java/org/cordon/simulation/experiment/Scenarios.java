package org.cordon.simulation.experiment;

import org.cordon.InvalidInputException;
import org.cordon.community.Community;
import org.cordon.community.synth.CommunityPresets;
import org.cordon.measure.ContainmentAssumptions;
import org.cordon.simulation.disease.ModelParameters;

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
    java.nio.file.Path p = java.nio.file.Path.of(scenario);
    if (!java.nio.file.Files.isRegularFile(p)) {
      throw InvalidInputException.argument("--scenario", "not a preset (known: " + String.join(", ", Presets.names()) + ") nor a file: '" + InvalidInputException.echo(scenario) + "'");
    }
    return ScenarioYaml.read(p);
  }
}
