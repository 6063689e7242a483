package org.cordon.simulation.sweep;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.cordon.InvalidInputException;
import org.cordon.community.Community;
import org.cordon.measure.ContainmentAssumptions;
import org.cordon.measure.JinshaResponse;
import org.cordon.measure.JinshaTimeline;
import org.cordon.measure.PolicyTimeline;
import org.cordon.measure.ResponsePart;
import org.cordon.simulation.engine.TimelineInterventions;
import org.cordon.simulation.experiment.Experiment;
import org.cordon.simulation.experiment.JinshaExperiment;
import org.cordon.simulation.experiment.Presets;
import org.cordon.simulation.experiment.ScenarioYaml;
import org.cordon.simulation.experiment.Scenarios;
import org.cordon.simulation.experiment.Variant;
import org.cordon.simulation.scenario.ScenarioFile;
import org.cordon.simulation.scenario.YamlNode;

/**
 * The sweeps of {@code cordon sweep}: what {@code --part} moves in a scenario, with the rule of
 * {@link ResponsePart#moveTo(JinshaResponse, LocalDate)}, the same one that makes {@code cordon
 * compare}'s variants (so a sweep's date gives the numbers of the variant that starts then):
 *
 * <ul>
 *   <li>{@code jinsha-2020}: the preset's baseline (every part as it happened), calibrated as for
 *       {@code compare} (posterior draws, fitted assumptions), with the part moved to each date
 *       ({@link JinshaExperiment#variant}).
 *   <li>a scenario file whose first (baseline) variant is written with the {@code jinsha:}
 *       shorthand: those parts, the file's horizon, model and baseline assumptions, with the part
 *       moved to each date.
 *   <li>any other scenario file is rejected: a timeline of its own has no "closure" or "response"
 *       to move (write the baseline as {@code jinsha:} parts, or run {@code compare} on variants
 *       of your own).
 * </ul>
 */
public final class SweepScenarios {
  private SweepScenarios() {}

  /** A scenario and the parts its baseline is made of. */
  private record Base(Experiment experiment, JinshaResponse response, boolean preset) {}

  /**
   * @param scenario {@code jinsha-2020} or a YAML scenario file
   * @param part the part to move
   * @param from the earliest start
   * @param to the latest start
   * @param stepDays days between starts
   * @param runs replicates per date (for the size check)
   * @return the plan, every date's variant built
   * @throws InvalidInputException naming the argument: an unknown preset or bad file, a file whose
   *     baseline is not written as {@code jinsha:} parts, dates reversed or outside the scenario, a
   *     step below 1, more than {@link SweepPlan#MAX_RUNS} runs, a date the timeline cannot take
   */
  public static SweepPlan plan(String scenario, ResponsePart part, LocalDate from, LocalDate to, int stepDays, int runs) {
    Base base = base(scenario);
    Experiment x = base.experiment();
    int dates = SweepPlan.dates(x, from, to, stepDays).size();
    SweepPlan.checkSize(dates, runs);
    Community community = x.community();
    ContainmentAssumptions assumptions = x.variants().get(0).interventions().assumptions();
    SweepPlan.VariantAt at = base.preset()
        ? day -> JinshaExperiment.variant(community, assumptions, day.toString(), part.moveTo(base.response(), day))
        : day -> variant(x, assumptions, day, part.moveTo(base.response(), day));
    return SweepPlan.of(x, part.label(), description(part), from, to, stepDays, at);
  }

  /**
   * @param part a part
   * @return how the sentence names it
   */
  public static String description(ResponsePart part) {
    return part == ResponsePart.CLOSURE ? "the closure" : "the whole local response";
  }

  private static Base base(String scenario) {
    if (Presets.find(scenario).isPresent()) {
      return new Base(Presets.find(scenario).get().experiment(), JinshaExperiment.PRESET.get(0).response(), true);
    }
    Scenarios.FileScenario read = Scenarios.readFile(scenario);
    ScenarioFile file = read.file();
    Optional<YamlNode> jinsha = file.section("variants")
        .flatMap(v -> v.items().stream().findFirst())
        .flatMap(v -> v.get("jinsha"));
    if (jinsha.isEmpty()) {
      throw InvalidInputException.argument("--scenario", scenario + ": its baseline (the first variant) is not written"
          + " as Jinsha parts ('jinsha:' shorthand), so --part has no closure or response to move");
    }
    return new Base(read.experiment(), ScenarioYaml.response(jinsha.get()), false);
  }

  private static Variant variant(Experiment x, ContainmentAssumptions a, LocalDate day, JinshaResponse response) {
    PolicyTimeline t = PolicyTimeline.builder(x.community(), x.start(), x.end())
        .addAll(JinshaTimeline.measures(x.community(), response))
        .assumptions(a)
        .build();
    return new Variant(day.toString(), response.firstClosure().map(LocalDateTime::toLocalDate), TimelineInterventions.of(t));
  }
}
