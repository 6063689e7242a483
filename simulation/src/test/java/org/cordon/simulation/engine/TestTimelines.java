package org.cordon.simulation.engine;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.cordon.community.Community;
import org.cordon.measure.BarrierType;
import org.cordon.measure.CheckpointSet;
import org.cordon.measure.ClosureMode;
import org.cordon.measure.CompoundClosure;
import org.cordon.measure.ContactQuarantine;
import org.cordon.measure.ContainmentAssumptions;
import org.cordon.measure.GuardHours;
import org.cordon.measure.GuardSchedule;
import org.cordon.measure.Measure;
import org.cordon.measure.PolicyTimeline;
import org.cordon.simulation.disease.CaseFindingParameters;
import org.cordon.trace.CloseContactRule;

/**
 * Policy timelines for engine tests on {@link TestCommunities#grid} communities (one gate per
 * compound, checkpoint id = compound id), built from the timeline's own measures and read by the
 * engine through {@link TimelineInterventions}.
 */
public final class TestTimelines {
  private TestTimelines() {}

  /**
   * Contact tracing and quarantine as the model does by default: the default close-contact rule,
   * the model's tracing delay and quarantine days, from {@code from} on.
   *
   * @param from the first day
   * @return the measure
   */
  public static ContactQuarantine quarantine(LocalDate from) {
    CaseFindingParameters cf = CaseFindingParameters.defaults();
    return ContactQuarantine.of("quarantine", from.atStartOfDay(), Optional.empty(),
        CloseContactRule.DEFAULT.layers(), CloseContactRule.DEFAULT_LOOKBACK_DAYS, cf.tracingDelayDays(),
        (int) cf.quarantineDays());
  }

  /**
   * Closure (full, vehicle barrier) of {@code compounds} from the start of {@code from}.
   *
   * @param name the measure's name
   * @param from the first day sealed
   * @param compounds the compounds sealed
   * @return the measure
   */
  public static CompoundClosure closure(String name, LocalDate from, List<Integer> compounds) {
    return CompoundClosure.builder(name).start(from.atStartOfDay()).compounds(compounds)
        .mode(ClosureMode.FULL).barrier(BarrierType.VEHICLES).build();
  }

  /**
   * Guards at the gates of {@code compounds}, one post, one shift.
   *
   * @param name the measure's name
   * @param from the first day on duty
   * @param until the first day off duty, or {@code null} for never
   * @param hours daytime or all day
   * @param compounds whose gates
   * @return the measure
   */
  public static GuardSchedule guards(String name, LocalDate from, LocalDate until, GuardHours hours, List<Integer> compounds) {
    Optional<LocalDateTime> end = Optional.ofNullable(until).map(LocalDate::atStartOfDay);
    return new GuardSchedule(name, from.atStartOfDay(), end, hours, CheckpointSet.ofCompounds(compounds), 1, 1);
  }

  /**
   * @param guarded leakage of a guarded gate
   * @param unguarded leakage of an unguarded gate
   * @return the default assumptions with the vehicle-barrier leakages replaced
   */
  public static ContainmentAssumptions leakage(double guarded, double unguarded) {
    return ContainmentAssumptions.defaults().toBuilder()
        .set("vehicleLeakGuarded", guarded).set("vehicleLeakUnguarded", unguarded).build();
  }

  /**
   * @param community the community
   * @param start the first day
   * @param end the last day
   * @param assumptions the leakages and other assumptions
   * @param measures the measures
   * @return the engine's view of the timeline
   */
  public static Interventions of(Community community, LocalDate start, LocalDate end,
      ContainmentAssumptions assumptions, Measure... measures) {
    return TimelineInterventions.of(PolicyTimeline.builder(community, start, end)
        .addAll(List.of(measures)).assumptions(assumptions).build());
  }
}
