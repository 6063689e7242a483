package org.cordon.simulation.experiment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.cordon.InvalidInputException;
import org.cordon.community.synth.CommunityPresets;
import org.cordon.simulation.scenario.CommunitySpec;
import org.cordon.simulation.scenario.Scenario;
import org.cordon.simulation.scenario.ScenarioFile;
import org.cordon.simulation.scenario.ScenarioPresets;

/**
 * The built-in scenarios, by name: the one place a preset name is recognised. A preset gives its
 * experiment (calibrated community, model and variants), its shipped calibration, what was
 * observed (the calibration targets and the report's points) and its timeline-only scenario (for
 * {@code staffing} and {@code scenario show}). Today there is one, {@value #JINSHA_2020}.
 *
 * <pre>{@code
 * Experiment jinsha = Presets.require("jinsha-2020", "--scenario").experiment();
 * }</pre>
 */
public final class Presets {
  /** The Jinsha 2020 preset's name. */
  public static final String JINSHA_2020 = JinshaExperiment.NAME;

  /**
   * A built-in scenario.
   *
   * @param name its name
   * @param calibrationSource reads its shipped calibration
   * @param observed what was observed (calibration targets)
   */
  public record Preset(String name, Supplier<Calibrated> calibrationSource, Observed observed) {
    /** @throws NullPointerException if an argument is null */
    public Preset {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(calibrationSource, "calibrationSource");
      Objects.requireNonNull(observed, "observed");
    }

    /** @return the shipped calibration */
    public Calibrated calibration() {
      return calibrationSource.get();
    }

    /** @return the experiment with the shipped calibration */
    public Experiment experiment() {
      return experiment(calibration());
    }

    /**
     * @param calibrated calibrated values
     * @return the experiment with them: posterior draws for the replicates, fitted assumptions
     */
    public Experiment experiment(Calibrated calibrated) {
      return Scenarios.jinsha(calibrated);
    }

    /**
     * @param community which community the preset's timeline is applied to
     * @param closure the {@code --community-closure} option, if given
     * @return the preset's timeline-only scenario
     * @throws InvalidInputException if the community lacks a compound the timeline names or the
     *     closure is not a date or {@code never}
     */
    public Scenario scenario(CommunitySpec community, Optional<String> closure) {
      return ScenarioPresets.jinsha2020(name, community, ScenarioPresets.closureDates(closure));
    }
  }

  private static final List<Preset> ALL = List.of(
      new Preset(JINSHA_2020, Calibrated::jinsha2020, Observed.JINSHA_2020));

  private Presets() {}

  /** @return the presets' names */
  public static List<String> names() {
    return ALL.stream().map(Preset::name).toList();
  }

  /**
   * @param name a name
   * @return the preset of that name, if any
   */
  public static Optional<Preset> find(String name) {
    return ALL.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * Loads a preset's timeline-only scenario by name, or else a scenario file.
   *
   * @param ref a preset name or a file path
   * @param community the community to apply a preset to (presets only; default: {@code
   *     jinsha-2020}, seed 1)
   * @param closure when the whole community is sealed (see {@link ScenarioPresets#closureDates}),
   *     presets only
   * @return the scenario
   * @throws InvalidInputException if the file is bad (read as {@code compare} reads it, {@link
   *     Scenarios#readFile}), or a preset option is given with a file
   */
  public static Scenario scenario(String ref, Optional<CommunitySpec> community, Optional<String> closure) {
    Optional<Preset> preset = find(ref);
    if (preset.isPresent()) {
      return preset.get().scenario(
          community.orElse(CommunitySpec.preset(CommunityPresets.JINSHA_2020, ScenarioPresets.DEFAULT_SEED)), closure);
    }
    if (community.isPresent()) {
      throw InvalidInputException.argument(
          "--register/--preset/--seed/--residents", "only for a preset scenario; a scenario file names its community");
    }
    if (closure.isPresent()) {
      throw InvalidInputException.argument(
          "--community-closure", "only for a preset scenario (" + String.join(", ", names()) + ")");
    }
    Scenarios.FileScenario f = Scenarios.readFile(ref);
    ScenarioFile file = f.file();
    return new Scenario(file.name(), file.community(), f.community(), file.timeline(f.community()), Optional.of(file));
  }

  /**
   * @param name a preset's name
   * @param field the option or field to name in an error
   * @return the preset
   * @throws InvalidInputException naming {@code field} if there is no such preset
   */
  public static Preset require(String name, String field) {
    return find(name).orElseThrow(() -> InvalidInputException.argument(field,
        "unknown preset '" + name + "' (known: " + String.join(", ", names()) + ")"));
  }
}
