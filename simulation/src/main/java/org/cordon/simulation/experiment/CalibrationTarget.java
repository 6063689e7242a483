package org.cordon.simulation.experiment;

import java.time.LocalDate;
import java.util.Objects;
import org.cordon.InvalidInputException;
import org.cordon.community.Community;
import org.cordon.measure.ContainmentAssumptions;
import org.cordon.measure.JinshaTimeline;
import org.cordon.measure.PolicyTimeline;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.engine.PolicyTable;
import org.cordon.simulation.engine.TimelineInterventions;
import org.cordon.trace.ContactTracer;

/**
 * What a calibration fits: a scenario's community, horizon, model (its assumptions as written)
 * and the timeline of the variant that happened, whose night leakage of truck-blocked gates
 * ({@link Calibration#LEAK_ASSUMPTION}) is one of the unknowns. The jinsha-2020 preset or any
 * scenario file ({@code cordon calibrate --scenario FILE}).
 *
 * @param name the scenario's name (recorded in the calibration)
 * @param community the community
 * @param start first simulated day
 * @param end last simulated day
 * @param base the model the unknowns are fitted in
 * @param timeline the measures as they happened, and the containment assumptions
 */
public record CalibrationTarget(String name, Community community, LocalDate start, LocalDate end, ModelParameters base,
    PolicyTimeline timeline) {
  /** The variant fitted when a scenario has one of this name; else its first (baseline) variant. */
  public static final String AS_HAPPENED = "as-happened";

  /** @throws NullPointerException if a component is null */
  public CalibrationTarget {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(timeline, "timeline");
  }

  /**
   * @param community a Jinsha community (the preset, possibly scaled)
   * @param base the model
   * @return the jinsha-2020 replay's {@code as-happened} variant with the default assumptions
   */
  public static CalibrationTarget jinsha(Community community, ModelParameters base) {
    Variant v = JinshaExperiment.of(community, base, ContainmentAssumptions.defaults()).variants().get(0);
    return new CalibrationTarget(JinshaExperiment.NAME, community, JinshaTimeline.FIRST_DAY, JinshaTimeline.LAST_DAY,
        base, ((TimelineInterventions) v.interventions()).timeline());
  }

  /**
   * @param e a scenario (e.g. {@link ScenarioYaml#read}); its own calibration, if any, is the
   *     starting model whose unknowns are refitted
   * @return its {@code as-happened} variant (or first variant)
   * @throws InvalidInputException if that variant is not a timeline of measures
   */
  public static CalibrationTarget of(Experiment e) {
    Variant v = e.variants().stream().filter(x -> x.name().equals(AS_HAPPENED)).findFirst().orElse(e.variants().get(0));
    if (!(v.interventions() instanceof TimelineInterventions ti)) {
      throw InvalidInputException.argument("--scenario", "variant '" + v.name() + "' is not a timeline of measures");
    }
    return new CalibrationTarget(e.name(), e.community(), e.start(), e.end(), e.parameters(), ti.timeline());
  }

  /**
   * @param leak the night leakage of truck-blocked gates
   * @param tracer the community's contact tracer (shared)
   * @return the fitted variant's policy table with that leakage
   */
  PolicyTable table(double leak, ContactTracer tracer) {
    ContainmentAssumptions a = timeline.assumptions().toBuilder().set(Calibration.LEAK_ASSUMPTION, leak).build();
    PolicyTimeline t = PolicyTimeline.builder(community, timeline.firstDay(), timeline.lastDay())
        .addAll(timeline.measures()).assumptions(a).build();
    return PolicyTable.compile(community, TimelineInterventions.of(t), start, end, tracer);
  }

  /**
   * @param tracer the community's contact tracer
   * @return the policy table of no local response at all (no measure), for {@link LocalReproduction}
   */
  PolicyTable noResponse(ContactTracer tracer) {
    PolicyTimeline t = PolicyTimeline.builder(community, timeline.firstDay(), timeline.lastDay())
        .assumptions(timeline.assumptions()).build();
    return PolicyTable.compile(community, TimelineInterventions.of(t), start, end, tracer);
  }
}
