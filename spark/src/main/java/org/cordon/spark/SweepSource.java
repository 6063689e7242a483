package org.cordon.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.cordon.measure.ResponsePart;
import org.cordon.simulation.experiment.Experiment;
import org.cordon.simulation.sweep.SweepPlan;
import org.cordon.simulation.sweep.SweepScenarios;

/**
 * What a sweep's executors need to rebuild its {@link SweepPlan} ({@link
 * SweepScenarios#plan}): the scenario, the part moved and the dates. A scenario file is read by
 * its path where that path exists (always on the driver and in {@code local[*]}); on an executor
 * without it, its text (read on the driver) is written to a private temporary file first, so a
 * register folder or calibration file it names must then be given by an absolute path readable
 * there.
 *
 * @param scenario the scenario (preset name, or file path and text)
 * @param part {@code closure} or {@code response}
 * @param from the earliest start
 * @param to the latest start
 * @param stepDays days between starts
 * @param runs replicates per date (the plan checks the sweep's size with it)
 */
public record SweepSource(ScenarioSource scenario, String part, LocalDate from, LocalDate to, int stepDays, int runs)
    implements ExperimentSource {
  private static final long serialVersionUID = 1L;

  /**
   * @return the plan, as {@code cordon sweep} builds it
   * @throws org.cordon.InvalidInputException if the scenario, part or dates are bad
   */
  public SweepPlan plan() {
    return SweepScenarios.plan(path(), ResponsePart.of(part, "--part"), from, to, stepDays, runs);
  }

  @Override
  public Experiment experiment() {
    return WorkerCache.get(this, SweepSource::plan).experiment();
  }

  private String path() {
    if (scenario.yaml() == null || Files.isRegularFile(Path.of(scenario.name()))) {
      return scenario.name();
    }
    try {
      Path dir = Files.createTempDirectory("cordon-sweep-");
      Path file = dir.resolve(Path.of(scenario.name()).getFileName());
      Files.writeString(file, scenario.yaml(), StandardCharsets.UTF_8);
      file.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      return file.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stage the scenario " + scenario.name() + ": " + e.getMessage(), e);
    }
  }
}
