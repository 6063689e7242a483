package org.cordon.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cordon.InvalidInputException;
import org.cordon.internal.csv.InputFiles;
import org.cordon.simulation.experiment.Experiment;
import org.cordon.simulation.experiment.Presets;
import org.cordon.simulation.experiment.ScenarioYaml;
import org.cordon.simulation.experiment.Scenarios;
import org.cordon.simulation.scenario.ScenarioFile;

/**
 * A {@code --scenario} argument in a form that can be broadcast: the preset's name, or a scenario
 * file's text read once on the driver (with its folder, against which a relative register path or
 * calibration file is resolved; on a cluster that folder must be readable from the executors
 * too). Executors rebuild the {@link Experiment} from it ({@link WorkerCache}); equal sources give equal experiments.
 *
 * @param name the preset's name or the file's path (messages name it)
 * @param yaml the file's text, or null for a preset
 * @param baseDir the file's folder, or null for a preset
 */
public record ScenarioSource(String name, String yaml, String baseDir) implements ExperimentSource {
  private static final long serialVersionUID = 1L;

  /**
   * @param scenario {@code jinsha-2020} or a path to a YAML scenario file
   * @return the source
   * @throws InvalidInputException if it is neither a preset nor a readable file
   */
  public static ScenarioSource of(String scenario) {
    if (Presets.find(scenario).isPresent()) {
      return new ScenarioSource(scenario, null, null);
    }
    Scenarios.readFile(scenario); // checked on the driver exactly as cordon compare reads it
    Path p = Path.of(scenario);
    try {
      return new ScenarioSource(scenario, Files.readString(p, StandardCharsets.UTF_8), p.toAbsolutePath().getParent().toString());
    } catch (IOException e) {
      throw new InvalidInputException(scenario, 0, null, "cannot read: " + InputFiles.reason(e), e);
    }
  }

  /**
   * Builds the experiment, as {@code cordon compare --scenario} does.
   *
   * @return the experiment
   * @throws InvalidInputException if the file's content is bad (naming the file, line and key)
   */
  @Override
  public Experiment experiment() {
    return yaml == null ? Scenarios.resolve(name) : ScenarioYaml.of(ScenarioFile.parse(name, yaml, Path.of(baseDir)));
  }
}
