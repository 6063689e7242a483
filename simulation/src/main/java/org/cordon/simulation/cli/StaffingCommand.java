package org.cordon.simulation.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cordon.simulation.experiment.Presets;
import org.cordon.simulation.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cordon staffing --scenario jinsha-2020|FILE [--format table|csv|json]}: guards and survey
 * staff on duty per day, and the survey's coverage (households and residents reached within the
 * current scope); then the peak guard count and the day the survey reached every household, for
 * the Jinsha preset set against the article's 306 guards and "one week".
 */
@Command(
    name = "staffing",
    mixinStandardHelpOptions = true,
    description = "Guards and survey staff on duty per day, and survey coverage, for a scenario.")
public final class StaffingCommand implements Callable<Integer> {
  /** Output formats. */
  public enum Format {
    /** A human-readable table with a summary. */
    TABLE,
    /** One CSV row per day. */
    CSV,
    /** A JSON document with the days and the summary. */
    JSON
  }

  @Option(names = "--scenario", required = true, paramLabel = "SCENARIO",
      description = "A preset name (jinsha-2020) or a scenario file.")
  String scenario;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
  Format format = Format.TABLE;

  @picocli.CommandLine.Mixin CommunityOptions community;

  @Option(
      names = "--community-closure",
      paramLabel = "DATE|never",
      description = "Preset only: when the whole community is sealed (e.g. 2020-02-10, or never).")
  String communityClosure;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Scenario s = Presets.scenario(scenario, ScenarioCommunity.of(community), Optional.ofNullable(communityClosure));
    PrintWriter out = spec.commandLine().getOut();
    StaffingReport report = new StaffingReport(s);
    switch (format) {
      case CSV:
        report.csv(out);
        break;
      case JSON:
        report.json(out);
        break;
      default:
        report.table(out);
    }
    out.flush();
    return 0;
  }
}
