package org.cordon.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.cordon.community.Community;
import org.cordon.measure.PolicyTimeline;
import org.cordon.measure.StaffingDay;
import org.cordon.simulation.scenario.ScenarioFile;
import org.cordon.simulation.scenario.StaffingSummary;

/**
 * Example 3 ({@code examples/run staffing [SCENARIO.yaml]}): reads a timeline of measures from a
 * scenario file (YAML) and prints what it costs in people: guards (值守) on duty and door-to-door
 * survey (摸排) staff per day, how far the survey has got, and the peak.
 *
 * <p>Without an argument it reads {@code honghua-plan.yaml}, shipped with the examples (Honghua
 * sealed with daytime guards on 25 January, the whole community sealed with guards at all its
 * gates day and night on 1 February, a survey from 28 January).
 */
public final class TimelineStaffingExample {
  /** The scenario shipped with the examples, on the class path next to this class. */
  public static final String PLAN = "honghua-plan.yaml";

  private TimelineStaffingExample() {}

  /**
   * Runs the example.
   *
   * @param args optional scenario file
   */
  public static void main(String[] args) {
    ScenarioFile file = args.length > 0 ? ScenarioFile.read(Path.of(args[0])) : shippedPlan();
    run(file, System.out);
  }

  /**
   * @return the shipped plan, parsed
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static ScenarioFile shippedPlan() {
    try (InputStream in = TimelineStaffingExample.class.getResourceAsStream(PLAN)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("resource " + PLAN + " not on the class path"));
      }
      String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return ScenarioFile.parse(PLAN, yaml, Path.of("."));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Loads the scenario's community and timeline and prints the staffing.
   *
   * @param file a parsed scenario file
   * @param out where to print
   * @return the staffing summary
   * @throws org.cordon.InvalidInputException if the community cannot be loaded or a measure is
   *     bad (naming the file, line and field)
   */
  public static StaffingSummary run(ScenarioFile file, PrintStream out) {
    // The scenario names its community (a preset or a register folder) ...
    Community community = file.community().load();
    // ... and its measures, validated against that community (unknown compounds, contradictions).
    PolicyTimeline timeline = file.timeline(community);

    out.printf("scenario %s: %s to %s, %d measures, %,d households, %d checkpoints%n", file.name(),
        timeline.firstDay(), timeline.lastDay(), timeline.measures().size(),
        community.households().size(), community.checkpoints().size());
    out.println("day         guards  survey staff  households reached / in scope");
    for (StaffingDay d : timeline.staffing()) {
      out.printf("%s  %6d  %12d  %,8d / %,d%n", d.day(), d.guardsOnDuty(), d.surveyStaff(),
          d.householdsReached(), d.householdsInScope());
    }
    StaffingSummary s = StaffingSummary.of(timeline);
    out.printf("peak guards on duty: %d from %s%n", s.peakGuards(), s.peakGuardsDay());
    out.printf("peak survey staff: %d%n", s.peakSurveyStaff());
    out.println(s.allHouseholdsReached()
        .map(day -> "survey reached all " + s.households() + " households on " + day + ", day "
            + s.surveyDaysToReachAll().orElseThrow() + " of the survey")
        .orElse("survey did not reach every household"));
    return s;
  }
}
