package org.cordon.measure;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cordon.measure.MeasureFixtures.*;

import java.util.List;
import java.util.Optional;
import org.cordon.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rejection names the measure and the field. */
class MeasureRejectionTest {

  @Test
  void aMeasureEndingBeforeItStartsIsRejected() {
    assertThatThrownBy(() -> honghuaClosure().end(at(DAY.minusDays(1), 8)).build())
        .isInstanceOf(MeasureException.class)
        .hasMessageContaining("measure 'honghua-closure' field end")
        .hasMessageContaining("not after it starts");
  }

  @Test
  void aCheckpointOfAnotherCompoundIsRejected() {
    CompoundClosure closure = honghuaClosure().checkpoints(CheckpointSet.of(0, 2)).build();
    assertThatThrownBy(() -> timeline(closure))
        .isInstanceOf(MeasureException.class)
        .hasMessageContaining("measure 'honghua-closure' field checkpoints")
        .hasMessageContaining("'Cotton mill gate 1' is a gate of compound 'Cotton mill'");
  }

  @Test
  void aScopeStageBeforeTheSurveyStartsIsRejected() {
    assertThatThrownBy(
            () ->
                DoorToDoorSurvey.of(
                    "survey", at(DAY, 8), Optional.empty(), 10, 5,
                    List.of(new ScopeStage(DAY.minusDays(1), SurveyScope.ALL_RESIDENTS)), true))
        .isInstanceOf(MeasureException.class)
        .hasMessageContaining("measure 'survey' field stages[0].from")
        .hasMessageContaining("before the survey starts");
  }

  @Test
  void aScopeThatNarrowsIsRejected() {
    assertThatThrownBy(
            () ->
                DoorToDoorSurvey.of(
                    "survey", at(DAY, 8), Optional.empty(), 10, 5,
                    List.of(
                        new ScopeStage(DAY, SurveyScope.ALL_RESIDENTS),
                        new ScopeStage(DAY.plusDays(1), SurveyScope.ALL_RETURNEES)),
                    true))
        .hasMessageContaining("field stages[1].scope");
  }

  @Test
  void aStartBeforeTheScenarioIsRejected() {
    assertThatThrownBy(() -> timeline(honghuaClosure().start(at(FIRST.minusDays(1), 8)).build()))
        .isInstanceOf(MeasureException.class)
        .hasMessageContaining("measure 'honghua-closure' field start")
        .hasMessageContaining("outside the scenario 2020-01-20 to 2020-02-29");
  }

  @Test
  void anEndAfterTheScenarioIsRejected() {
    assertThatThrownBy(() -> timeline(honghuaClosure().end(at(LAST.plusDays(3), 8)).build()))
        .hasMessageContaining("measure 'honghua-closure' field end")
        .hasMessageContaining("after the scenario ends");
  }

  @Test
  void aScopeStageAfterTheScenarioIsRejected() {
    DoorToDoorSurvey s =
        DoorToDoorSurvey.of(
            "survey", at(DAY, 8), Optional.empty(), 10, 5,
            List.of(new ScopeStage(LAST.plusDays(1), SurveyScope.ALL_RESIDENTS)), true);
    assertThatThrownBy(() -> timeline(s)).hasMessageContaining("field stages[0].from");
  }

  @Test
  void aDayOutsideTheScenarioIsRejectedWhenAskingForEffects() {
    assertThatThrownBy(() -> timeline().effect(LAST.plusDays(1), TimeBand.DAYTIME))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("outside the scenario");
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.01, 1.01, Double.NaN, Double.POSITIVE_INFINITY})
  void aProbabilityOutsideZeroToOneIsRejected(double value) {
    assertThatThrownBy(() -> ContainmentAssumptions.defaults().toBuilder().set("ironSheetLeakGuarded", value).build())
        .isInstanceOf(MeasureException.class)
        .hasMessageContaining("assumptions field ironSheetLeakGuarded: must be a probability in [0, 1]");
  }

  @Test
  void anUnknownAssumptionIsRejected() {
    assertThatThrownBy(() -> ContainmentAssumptions.defaults().toBuilder().set("guardMorale", 0.5))
        .hasMessageContaining("assumptions field guardMorale: unknown assumption");
  }

  @Test
  void anUnknownCompoundIdIsRejected() {
    assertThatThrownBy(() -> timeline(honghuaClosure().compounds(7).build()))
        .isInstanceOf(MeasureException.class)
        .hasMessageContaining("measure 'honghua-closure' field compounds: unknown compound id 7");
  }

  @Test
  void anUnknownCheckpointIdIsRejected() {
    assertThatThrownBy(
            () -> timeline(honghuaClosure().build(), guards("g", GuardHours.ALL_DAY, CheckpointSet.of(99), at(DAY, 8))))
        .hasMessageContaining("measure 'g' field checkpoints: unknown checkpoint id 99");
  }

  @Test
  void anUnknownCompoundNameIsRejected() {
    assertThatThrownBy(() -> COMMUNITY.compoundId("Jinsha mall"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("unknown compound 'Jinsha mall'");
  }

  @Test
  void twoClosuresOfOneCompoundWithDifferentModesOverlappingAreRejected() {
    CompoundClosure entryOnly =
        CompoundClosure.builder("second").start(at(DAY.plusDays(1), 8)).compounds(HONGHUA, COTTON)
            .mode(ClosureMode.ENTRY_ONLY).build();
    assertThatThrownBy(() -> timeline(honghuaClosure().build(), entryOnly))
        .isInstanceOf(MeasureException.class)
        .hasMessageContaining("measure 'second' field mode: closure of compound 'Honghua' overlaps 'honghua-closure'");
  }

  @Test
  void twoClosuresOfOneCompoundOneAfterTheOtherAreAccepted() {
    CompoundClosure first = honghuaClosure().end(at(DAY.plusDays(1), 8)).build();
    CompoundClosure second =
        CompoundClosure.builder("second").start(at(DAY.plusDays(1), 8)).compounds(HONGHUA)
            .mode(ClosureMode.ENTRY_ONLY).build();
    timeline(first, second);
  }

  @Test
  void overlappingClosuresWithDifferentBarriersAreRejected() {
    CompoundClosure iron =
        CompoundClosure.builder("iron").start(at(DAY, 20)).compounds(HONGHUA).barrier(BarrierType.IRON_SHEETS).build();
    assertThatThrownBy(() -> timeline(honghuaClosure().build(), iron)).hasMessageContaining("measure 'iron' field barrier");
  }

  @Test
  void twoOverlappingCommunityClosuresAreRejected() {
    CommunityClosure a =
        CommunityClosure.of("a", at(DAY, 8), Optional.empty(), ClosureMode.FULL, BarrierType.VEHICLES, List.of());
    CommunityClosure b =
        CommunityClosure.of("b", at(DAY, 9), Optional.empty(), ClosureMode.FULL, BarrierType.VEHICLES, List.of());
    assertThatThrownBy(() -> timeline(a, b)).hasMessageContaining("measure 'b' field start: a second community closure");
  }

  @Test
  void aGuardScheduleForCheckpointsNoClosureCoversIsRejected() {
    assertThatThrownBy(
            () -> timeline(guards("guards", GuardHours.DAYTIME, CheckpointSet.ofCompounds(List.of(COTTON)), at(DAY, 8))))
        .isInstanceOf(MeasureException.class)
        .hasMessageContaining("measure 'guards' field checkpoints: checkpoint 'Cotton mill gate 1'")
        .hasMessageContaining("no closure covers it");
  }

  @Test
  void guardsOutlastingTheirClosureAreRejected() {
    assertThatThrownBy(
            () ->
                timeline(
                    honghuaClosure().end(at(DAY.plusDays(2), 8)).build(),
                    guards("guards", GuardHours.DAYTIME, CheckpointSet.ofCompounds(List.of(HONGHUA)), at(DAY, 8))))
        .hasMessageContaining("is guarded from 2020-01-28T08:00 but no closure covers it");
  }

  @Test
  void twoGuardSchedulesAtOneCheckpointAtOnceAreRejected() {
    assertThatThrownBy(
            () ->
                timeline(
                    honghuaClosure().build(),
                    guards("day", GuardHours.DAYTIME, CheckpointSet.of(0), at(DAY, 8)),
                    guards("night", GuardHours.ALL_DAY, CheckpointSet.of(0, 1), at(DAY, 9))))
        .hasMessageContaining("measure 'night' field checkpoints: guards at checkpoint 'Honghua gate 1' overlaps 'day'");
  }

  @Test
  void aSupplyGateOutsideTheClosureIsRejected() {
    assertThatThrownBy(() -> timeline(honghuaClosure().openForSupplies(List.of(3)).build()))
        .hasMessageContaining("measure 'honghua-closure' field openForSupplies: checkpoint 'Police gate 1'");
  }

  @Test
  void twoMeasuresWithOneNameAreRejected() {
    assertThatThrownBy(() -> timeline(honghuaClosure().build(), honghuaClosure().compounds(COTTON).build()))
        .hasMessageContaining("measure 'honghua-closure' field name: two measures have this name");
  }

  @Test
  void overlappingSurveysAreRejected() {
    List<ScopeStage> stages = List.of(new ScopeStage(DAY, SurveyScope.ALL_RESIDENTS));
    DoorToDoorSurvey a = DoorToDoorSurvey.of("a", at(DAY, 8), Optional.empty(), 1, 1, stages, true);
    DoorToDoorSurvey b = DoorToDoorSurvey.of("b", at(DAY, 9), Optional.empty(), 1, 1, stages, true);
    assertThatThrownBy(() -> timeline(a, b)).hasMessageContaining("measure 'b' field start: a second door-to-door survey");
  }

  @Test
  void negativeOrNanNumbersInMeasuresAreRejected() {
    assertThatThrownBy(() -> new CaseIsolation("iso", at(DAY, 8), Optional.empty(), Double.NaN))
        .hasMessageContaining("measure 'iso' field delayDays");
    assertThatThrownBy(
            () -> new GuardSchedule("g", at(DAY, 8), Optional.empty(), GuardHours.ALL_DAY, CheckpointSet.all(), 0, 1))
        .hasMessageContaining("measure 'g' field postsPerCheckpoint: must be positive");
    assertThatThrownBy(() -> new Disinfection("d", at(DAY, 8), 0, CompoundSet.of(1), false))
        .hasMessageContaining("measure 'd' field durationDays");
  }

  @Test
  void aScenarioEndingBeforeItStartsIsRejected() {
    assertThatThrownBy(() -> PolicyTimeline.builder(COMMUNITY, LAST, FIRST))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("scenario");
  }

  @Test
  void aMissingStartIsRejected() {
    assertThatThrownBy(() -> honghuaClosure().start(null).build()).hasMessageContaining("field start: missing");
  }
}
