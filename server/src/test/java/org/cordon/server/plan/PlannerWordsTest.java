package org.cordon.server.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import org.cordon.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The planner's words: model messages rewritten without YAML paths or measure ids, on the right field. */
class PlannerWordsTest {
  @Test
  void aScenarioReaderMessageLosesItsPathAndMeasureIdsAndLandsOnTheFieldThatMovesTheMeasure() {
    InvalidInputException e = new InvalidInputException(PlanScenario.SOURCE, 31, "variants[1].jinsha",
        "measure 'honghua-guards' field end: date 2020-04-01T08:00 is after the scenario ends");
    PlanProblem p = PlanProblem.of(e);
    assertThat(p.field()).isEqualTo("honghua");
    assertThat(p.getMessage())
        .isEqualTo("This plan cannot run: The guards at Honghua's gates end: date 1 Apr 2020 08:00 is after the scenario ends");
    assertThat(p.detail()).contains(e.getMessage());
    InvalidInputException own = new InvalidInputException("measure 'community-closure'", 0, "end",
        "date 2020-03-11T08:00 is after the scenario ends (2020-03-08)");
    assertThat(PlanProblem.of(own).field()).isEqualTo("community");
    assertThat(PlanProblem.of(own).getMessage()).isEqualTo(
        "This plan cannot run: The community closure end: date 11 Mar 2020 08:00 is after the scenario ends (8 Mar 2020)");
    assertThat(PlannerWords.fieldOfMeasure("supply-guards-24h")).isEqualTo("guards24h");
    assertThat(PlannerWords.fieldOfMeasure("boundary-guards-day")).isEqualTo("community");
    assertThat(PlannerWords.fieldOfMeasure("isolation-early")).isEqualTo("isolationSwitch");
    assertThat(PlannerWords.measureName("community-guards-day")).isEqualTo("Daytime community guards");
  }

  @Test
  void everyAssumptionHasAReadableNameAndTheLineNamesWhatAPlanChanges() throws Exception {
    for (String name : org.cordon.measure.ContainmentAssumptions.defaults().asMap().keySet()) {
      assertThat(PlannerWords.assumption(name)).as(name).doesNotContain(name).matches("[A-Z][a-z ,.-]+");
    }
    assertThat(PlannerWords.date(LocalDateTime.of(2020, 2, 10, 8, 0))).isEqualTo("10 Feb 2020 08:00");
    PlanScenario s = PlanScenario.jinsha2020();
    Plan plan = Plan.fromJson(new ObjectMapper().readTree("{\"runs\": 50, \"guardPosts\": 1,"
        + " \"assumptions\": {\"vehicleLeakUnguarded\": 0.3}}"), s.baseline(), PlanLimits.DEFAULT);
    assertThat(PlanLine.of(plan, s.baseline())).isEqualTo("Guards per checkpoint 1 (baseline 2); Leak past an unguarded"
        + " vehicle barrier 0.3 (baseline " + s.baseline().assumptions().get("vehicleLeakUnguarded") + "); 50 runs, seed 1");
  }
}
