package org.cordon.simulation.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.cordon.InvalidInputException;
import picocli.CommandLine.Option;

/**
 * The options of a sweep, shared by {@code cordon sweep} and the Spark module's {@code sweep}
 * job so both take the same options (a picocli mixin; public for that module, not for
 * embedding).
 */
public final class SweepOptions {
  @Option(names = "--scenario", paramLabel = "jinsha-2020|FILE", defaultValue = "jinsha-2020",
      description = "Preset name, or a YAML scenario file whose first variant uses the jinsha: shorthand (default: ${DEFAULT-VALUE}).")
  String scenario;

  @Option(names = "--part", paramLabel = "closure|response", required = true,
      description = "What moves: the closures only, or the whole local response (closures, disinfection, survey, quarantine).")
  String part;

  @Option(names = "--from", paramLabel = "DATE", required = true, description = "Earliest start (YYYY-MM-DD), the reference.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", required = true, description = "Latest start (YYYY-MM-DD), inclusive.")
  String to;

  @Option(names = "--step-days", paramLabel = "D", defaultValue = "1", description = "Days between starts (default: ${DEFAULT-VALUE}).")
  int stepDays;

  /** Default replicates per start date (25 dates × 200 runs: a few minutes on 2 cores). */
  public static final int DEFAULT_RUNS = 200;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "" + DEFAULT_RUNS,
      description = "Replicates per date (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  /** @return the preset name or scenario file */
  public String scenario() {
    return scenario;
  }

  /** @return the part moved, as given ({@code closure} or {@code response}) */
  public String part() {
    return part;
  }

  /**
   * @return the earliest start
   * @throws InvalidInputException naming {@code --from} if it is not a date
   */
  public LocalDate from() {
    return date("--from", from);
  }

  /**
   * @return the latest start
   * @throws InvalidInputException naming {@code --to} if it is not a date
   */
  public LocalDate to() {
    return date("--to", to);
  }

  /** @return days between starts */
  public int stepDays() {
    return stepDays;
  }

  /** @return replicates per date */
  public int runs() {
    return runs;
  }

  /** @return the seed */
  public long seed() {
    return seed;
  }

  private static LocalDate date(String option, String text) {
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw InvalidInputException.argument(option, "not a date (YYYY-MM-DD): '" + InvalidInputException.echo(text) + "'");
    }
  }
}
