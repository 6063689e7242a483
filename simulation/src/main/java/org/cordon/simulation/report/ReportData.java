package org.cordon.simulation.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cordon.InvalidInputException;

/**
 * Everything a comparison report shows, as plain values: built from a comparison's results (or
 * synthetic data in tests). Immutable.
 *
 * @param scenario the scenario's name (e.g. {@code jinsha-2020})
 * @param description one or two sentences on what the scenario is
 * @param runs replicates per variant
 * @param seed the seed
 * @param command the exact command line that made the report
 * @param series per variant, the daily series (baseline first)
 * @param observations observed cumulative confirmed cases, drawn over the bands
 * @param events dated measures, drawn as markers on the staffing chart
 * @param table per variant, the comparison table's row
 * @param differences every other variant against the baseline
 * @param parameters the model inputs with their sources
 * @param calibration the calibration fit, empty if none was made
 * @param attribution the 2 × 2 split closure × rest of the response, if the comparison has it
 * @param quarantineSwitch the comparisons with the quarantine setting switched, if run
 */
public record ReportData(
    String scenario,
    String description,
    int runs,
    long seed,
    String command,
    List<VariantSeries> series,
    List<Observation> observations,
    List<DatedLabel> events,
    List<VariantRow> table,
    List<DifferenceRow> differences,
    List<Parameter> parameters,
    Optional<CalibrationFit> calibration,
    Optional<org.cordon.simulation.experiment.Attribution> attribution,
    Optional<org.cordon.simulation.experiment.QuarantineSwitch.Result> quarantineSwitch) {

  /** @throws InvalidInputException if there is no series or {@code runs} is below 1 */
  public ReportData {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(calibration, "calibration");
    if (runs < 1) {
      throw InvalidInputException.argument("runs", "must be at least 1: " + runs);
    }
    series = List.copyOf(series);
    if (series.isEmpty()) {
      throw InvalidInputException.argument("series", "no variant to report");
    }
    observations = List.copyOf(observations);
    events = List.copyOf(events);
    table = List.copyOf(table);
    differences = List.copyOf(differences);
    parameters = List.copyOf(parameters);
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(quarantineSwitch, "quarantineSwitch");
  }

  /**
   * Report data without attribution and quarantine switch.
   *
   * @param scenario the scenario's name
   * @param description what the scenario is
   * @param runs replicates per variant
   * @param seed the seed
   * @param command the command line
   * @param series per variant, the daily series
   * @param observations observed counts
   * @param events dated measures
   * @param table the comparison table's rows
   * @param differences every other variant against the baseline
   * @param parameters the model inputs
   * @param calibration the calibration fit
   * @throws InvalidInputException as the canonical constructor
   */
  public ReportData(String scenario, String description, int runs, long seed, String command, List<VariantSeries> series,
      List<Observation> observations, List<DatedLabel> events, List<VariantRow> table, List<DifferenceRow> differences,
      List<Parameter> parameters, Optional<CalibrationFit> calibration) {
    this(scenario, description, runs, seed, command, series, observations, events, table, differences, parameters,
        calibration, Optional.empty(), Optional.empty());
  }

  /**
   * @return the differences the report leads with: those counted to the end of the runs when there
   *     are any, else all
   */
  public List<DifferenceRow> headlineDifferences() {
    List<DifferenceRow> end = differences.stream().filter(DifferenceRow::toEnd).toList();
    return end.isEmpty() ? differences : end;
  }
}
