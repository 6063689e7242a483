package org.cordon.server.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.cordon.InvalidInputException;
import org.cordon.measure.ContainmentAssumptions;
import org.cordon.measure.DoorToDoorSurvey;
import org.cordon.measure.GuardSchedule;
import org.cordon.measure.JinshaTimeline;
import org.cordon.measure.Measure;
import org.cordon.measure.PolicyTimeline;
import org.cordon.measure.ScopeStage;
import org.cordon.server.SmallScenario;
import org.cordon.simulation.engine.RunResult;
import org.cordon.simulation.experiment.Ensemble;
import org.cordon.simulation.experiment.Experiment;
import org.cordon.simulation.experiment.MonteCarlo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanScenarioTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static PlanScenario scenario;

  @BeforeAll
  static void load() {
    scenario = PlanScenario.file(SmallScenario.write(dir));
  }

  private static Plan plan(String json) throws Exception {
    return Plan.fromJson(JSON.readTree(json), scenario.baseline(), PlanLimits.DEFAULT);
  }

  private static PolicyTimeline planTimeline(Plan p) {
    return PlanScenario.timeline(PlanScenario.experiment(scenario.yaml(p)), 1);
  }

  @Test
  void theBaselinePlanReadsTheJinshaTimelineAsItHappened() {
    Plan b = scenario.baseline();
    assertThat(b.value(PlanField.HONGHUA)).isEqualTo(Optional.of(JinshaTimeline.HONGHUA_CLOSURE));
    assertThat(b.value(PlanField.COMMUNITY)).isEqualTo(Optional.of(JinshaTimeline.COMMUNITY_CLOSURE));
    assertThat(b.value(PlanField.GUARDS_24H)).isEqualTo(Optional.of(JinshaTimeline.COMMUNITY_CLOSURE.plusDays(2)));
    assertThat(b.value(PlanField.SURVEY_STAFF)).isEqualTo(160);
    assertThat(b.value(PlanField.GUARD_SHIFTS)).isEqualTo(2);
    assertThat(b.runs()).isEqualTo(PlanScenario.DEFAULT_RUNS);
  }

  @Test
  void theBaselinePlanGivesTheBaselineTimelineAndNoDifferenceInAnyRun() throws Exception {
    Experiment x = PlanScenario.experiment(scenario.yaml(plan("{}")));
    assertThat(PlanScenario.timeline(x, 1)).isEqualTo(PlanScenario.timeline(x, 0));
    Ensemble e = MonteCarlo.run(x, 12, 3, 2);
    int infections = 0;
    for (int i = 0; i < 12; i++) {
      RunResult base = e.runsOf(0).get(i);
      assertThat(e.runsOf(1).get(i).cumulativeConfirmed()).containsExactly(base.cumulativeConfirmed());
      infections += base.totalInfections();
    }
    assertThat(infections).as("the small community has an outbreak to compare").isPositive();
  }

  @Test
  void aMovedClosureUsesTheShorthandAndEqualsTheJinshaTimelineWrittenOut() throws Exception {
    Plan p = plan("{\"community\": \"2020-02-10T08:00\"}");
    String yaml = scenario.yaml(p);
    assertThat(yaml).contains("community: 2020-02-10T08:00").doesNotContain("timeline:");
    LocalDateTime closure = LocalDateTime.of(2020, 2, 10, 8, 0);
    PolicyTimeline expected = PolicyTimeline.builder(scenario.community(), JinshaTimeline.FIRST_DAY, JinshaTimeline.LAST_DAY)
        .addAll(JinshaTimeline.measures(scenario.community(), org.cordon.measure.JinshaResponse.asItHappened().withCommunity(java.util.Optional.of(closure))))
        .assumptions(scenario.baselineTimeline().assumptions()).build();
    assertThat(planTimeline(p)).isEqualTo(expected);
  }

  @Test
  void guardsAndSurveyStaffAreWrittenOutAsAnEditedTimeline() throws Exception {
    Plan p = plan("{\"guardPosts\": 2, \"guardShifts\": 3, \"surveyStaff\": 80, \"surveyHouseholdsPerDay\": 12.5,"
        + " \"guards24h\": \"2020-02-05T20:00\"}");
    assertThat(scenario.yaml(p)).contains("timeline:");
    PolicyTimeline t = planTimeline(p);
    GuardSchedule allDay = (GuardSchedule) t.measure("community-guards-24h").orElseThrow();
    GuardSchedule day = (GuardSchedule) t.measure("community-guards-day").orElseThrow();
    assertThat(allDay.start()).isEqualTo(LocalDateTime.of(2020, 2, 5, 20, 0));
    assertThat(allDay.postsPerCheckpoint()).isEqualTo(2);
    assertThat(allDay.shifts()).isEqualTo(3);
    assertThat(day.end()).contains(LocalDateTime.of(2020, 2, 5, 20, 0));
    assertThat(day.postsPerCheckpoint()).isEqualTo(2);
    DoorToDoorSurvey survey = (DoorToDoorSurvey) t.measure("survey").orElseThrow();
    assertThat(survey.staff()).isEqualTo(80);
    assertThat(survey.householdsPerStaffPerDay()).isEqualTo(12.5);
    List<String> others = t.measures().stream().map(Measure::name)
        .filter(n -> !List.of("community-guards-24h", "community-guards-day", "survey").contains(n)).toList();
    for (String n : others) {
      assertThat(t.measure(n)).as(n).isEqualTo(scenario.baselineTimeline().measure(n));
    }
  }

  @Test
  void aLaterSurveyKeepsItsScopeStagesApart() throws Exception {
    PolicyTimeline t = planTimeline(plan("{\"survey\": \"2020-02-10T08:00\"}"));
    DoorToDoorSurvey s = (DoorToDoorSurvey) t.measure("survey").orElseThrow();
    assertThat(s.stages()).extracting(ScopeStage::from)
        .containsExactly(LocalDate.of(2020, 2, 10), LocalDate.of(2020, 2, 12), LocalDate.of(2020, 2, 14));
    assertThat(planTimeline(plan("{\"survey\": \"never\", \"quarantine\": \"never\"}")).measures())
        .extracting(Measure::name).doesNotContain("survey", "quarantine");
  }

  @Test
  void noClosureTakesTheGuardsAwayAndAssumptionsGoIntoThePlanVariant() throws Exception {
    Plan p = plan("{\"honghua\": \"never\", \"community\": \"never\", \"assumptions\": {\"vehicleLeakUnguarded\": 0.25}}");
    assertThat(p.value(PlanField.GUARDS_24H)).isEqualTo(Optional.empty());
    PolicyTimeline t = planTimeline(p);
    assertThat(t.measures(GuardSchedule.class)).isEmpty();
    assertThat(t.assumptions().vehicleLeakUnguarded()).isEqualTo(0.25);
    // the baseline keeps its own (calibrated) assumptions: the plan's edit does not reach it
    assertThat(scenario.baselineTimeline().assumptions())
        .isEqualTo(org.cordon.simulation.experiment.Calibrated.jinsha2020().apply(ContainmentAssumptions.defaults()));
  }

  @Test
  void contradictionsAndBadValuesNameTheField() {
    assertThatThrownBy(() -> scenario.yaml(plan("{\"honghua\": \"2020-02-02T08:00\"}")))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("honghua: Honghua closes 2020-02-02T08:00");
    assertThatThrownBy(() -> plan("{\"runs\": 0}")).hasMessage("runs: must be 1..5000: 0");
    assertThatThrownBy(() -> plan("{\"guardPosts\": 1.5}")).hasMessage("guardPosts: must be a whole number: 1.5");
    assertThatThrownBy(() -> plan("{\"community\": \"10 Feb\"}"))
        .hasMessage("community: not a date-time like 2020-02-10T08:00, or never: 10 Feb");
    assertThatThrownBy(() -> plan("{\"assumptions\": {\"vehicleLeakUnguarded\": 2}}"))
        .hasMessage("assumptions.vehicleLeakUnguarded: must be a probability in [0, 1]: 2");
    assertThatThrownBy(() -> plan("{\"closure\": 1}")).hasMessageStartingWith("closure: unknown plan field (known: runs,");
    assertThatThrownBy(() -> PlanScenario.experiment(scenario.yaml(plan("{\"guards24h\": \"2020-01-30T08:00\"}"))))
        .hasMessageStartingWith("plan.yaml line ").hasMessageContaining("(measure 'community-guards-day')");
  }
}
