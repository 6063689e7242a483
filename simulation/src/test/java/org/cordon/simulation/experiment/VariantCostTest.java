package org.cordon.simulation.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.cordon.InvalidInputException;
import org.cordon.community.Community;
import org.cordon.measure.BarrierType;
import org.cordon.measure.CheckpointSet;
import org.cordon.measure.ClosureMode;
import org.cordon.measure.CommunityClosure;
import org.cordon.measure.CompoundClosure;
import org.cordon.measure.DoorToDoorSurvey;
import org.cordon.measure.GuardHours;
import org.cordon.measure.GuardSchedule;
import org.cordon.measure.PolicyTimeline;
import org.cordon.measure.ScopeStage;
import org.cordon.measure.SurveyScope;
import org.cordon.simulation.engine.Interventions;
import org.cordon.simulation.engine.TestCommunities;
import org.cordon.simulation.engine.TimelineInterventions;
import org.junit.jupiter.api.Test;

/** A variant's cost against a count by hand on a ten-day timeline of 3 compounds of 4 residents. */
class VariantCostTest {
  private static final LocalDate FIRST = LocalDate.of(2020, 1, 20);
  private static final LocalDate LAST = LocalDate.of(2020, 1, 29);

  private static LocalDateTime at(int day, int hour) {
    return LocalDate.of(2020, 1, day).atTime(hour, 0);
  }

  @Test
  void costsMatchACountByHand() {
    // 3 compounds x 1 building x 2 households x 2 residents: 4 residents and 1 gate per compound
    Community c = TestCommunities.grid(3, 1, 2, 2, 0, -1, FIRST);
    PolicyTimeline t = PolicyTimeline.builder(c, FIRST, LAST)
        // compound 0 sealed 21 Jan 08:00 to 24 Jan 08:00: in force on the daytimes of 21, 22, 23 Jan
        .add(CompoundClosure.builder("c0-closure").start(at(21, 8)).end(at(24, 8)).compounds(0)
            .mode(ClosureMode.FULL).barrier(BarrierType.IRON_SHEETS).build())
        // its gate: 2 guards by day, one shift, the same days
        .add(new GuardSchedule("c0-guards", at(21, 8), Optional.of(at(24, 8)), GuardHours.DAYTIME,
            CheckpointSet.ofCompounds(List.of(0)), 2, 1))
        // the whole community from 26 Jan 08:00 to the end: 26-29 Jan
        .add(CommunityClosure.of("community", at(26, 8), Optional.empty(), ClosureMode.FULL,
            BarrierType.IRON_SHEETS, List.of()))
        // all 3 gates day and night, 1 post, 2 shifts, from 27 Jan 08:00: 27-29 Jan
        .add(new GuardSchedule("community-guards", at(27, 8), Optional.empty(), GuardHours.ALL_DAY,
            CheckpointSet.ofCompounds(List.of(0, 1, 2)), 1, 2))
        // 5 surveyors 25 Jan 08:00 to 28 Jan 08:00: 25, 26, 27 Jan
        .add(DoorToDoorSurvey.of("survey", at(25, 8), Optional.of(at(28, 8)), 5, 2.0,
            List.of(new ScopeStage(LocalDate.of(2020, 1, 25), SurveyScope.ALL_RESIDENTS)), false))
        .build();

    VariantCost cost = VariantCost.of(TimelineInterventions.of(t), FIRST, LAST);

    // guards: 3 days x 1 gate x 2 posts x 1 shift + 3 days x 3 gates x 1 post x 2 shifts = 6 + 18
    assertThat(cost.guardShifts()).isEqualTo(24);
    // survey: 3 days x 5 staff
    assertThat(cost.surveyStaffDays()).isEqualTo(15);
    // confined: 3 days x 4 residents of compound 0 + 4 days x all 12 residents
    assertThat(cost.residentDaysClosed()).isEqualTo(12 + 48);
    // on 27 Jan: 6 guards on duty and 5 surveyors
    assertThat(cost.peakOnDuty()).isEqualTo(11);
    assertThat(t.residentsConfined(LocalDate.of(2020, 1, 24))).isZero();
    assertThat(t.residentsConfined(LocalDate.of(2020, 1, 25))).isZero();
  }

  @Test
  void noMeasureCostsNothingAndTheRangeMustBeInOrder() {
    assertThat(VariantCost.of(Interventions.NONE, FIRST, LAST)).isEqualTo(new VariantCost(0, 0, 0, 0));
    assertThatThrownBy(() -> VariantCost.of(Interventions.NONE, LAST, FIRST)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("before the first");
  }
}
