package org.cordon.simulation.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cordon.InvalidInputException;
import org.cordon.measure.JinshaResponse;
import org.cordon.measure.ResponsePart;
import org.cordon.simulation.engine.RunResult;
import org.cordon.simulation.experiment.Comparison;
import org.cordon.simulation.experiment.ComparisonSummary;
import org.cordon.simulation.experiment.Ensemble;
import org.cordon.simulation.experiment.Experiment;
import org.cordon.simulation.experiment.JinshaExperiment;
import org.cordon.simulation.experiment.MonteCarlo;
import org.cordon.simulation.experiment.ScenarioYaml;
import org.cordon.simulation.experiment.Scenarios;
import org.cordon.simulation.experiment.Variant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep moves exactly what {@code compare}'s variants move, with common random numbers across dates. */
class SweepTest {
  private static final LocalDate CITY = LocalDate.of(2020, 2, 10);
  private static final LocalDate PROVINCE = LocalDate.of(2020, 2, 12);
  private static final LocalDate LAST = LocalDate.of(2020, 3, 8);
  private static final int RUNS = 8;
  private static final long SEED = 11;

  static Ensemble compare;
  static ComparisonSummary summary;

  @BeforeAll
  static void compareOnce() {
    compare = MonteCarlo.run(Scenarios.resolve("jinsha-2020"), RUNS, SEED, 2);
    summary = Comparison.summarize(compare);
  }

  @Test
  void aSweepOfOneDateEqualsCompareOnThatDate() {
    SweepPlan plan = SweepScenarios.plan("jinsha-2020", ResponsePart.CLOSURE, CITY, CITY, 1, RUNS);
    SweepResult r = Sweep.run(plan, RUNS, SEED, 2);
    assertThat(r.points()).hasSize(1);
    SweepPoint p = r.points().get(0);
    assertThat(p.confirmed()).isEqualTo(summary.variant("late-city").confirmed().get(LAST));
    assertThat(p.infected()).isEqualTo(summary.variant("late-city").infected().get(LAST));
    assertThat(p.extraConfirmed().differences()).containsOnly(0);
    assertThat(r.confirmedPerDay()).isEmpty();
    assertThat(r.sentence()).contains("no slope");
  }

  @Test
  void laterDatesArePairedWithTheEarliestRunByRunAsInCompare() {
    SweepPlan plan = SweepScenarios.plan("jinsha-2020", ResponsePart.CLOSURE, CITY, PROVINCE, 2, RUNS);
    SweepResult r = Sweep.run(plan, RUNS, SEED, 2);
    assertThat(r.points()).extracting(SweepPoint::start).containsExactly(CITY, PROVINCE);
    assertThat(r.points().get(1).confirmed()).isEqualTo(summary.variant("late-province").confirmed().get(LAST));
    List<RunResult> city = compare.runsOf(1);
    List<RunResult> province = compare.runsOf(2);
    int[] expected = new int[RUNS];
    int[] expectedInfected = new int[RUNS];
    for (int i = 0; i < RUNS; i++) {
      expected[i] = province.get(i).totalConfirmed() - city.get(i).totalConfirmed();
      expectedInfected[i] = province.get(i).totalInfections() - city.get(i).totalInfections();
    }
    assertThat(r.points().get(1).extraConfirmed().differences()).containsExactly(expected);
    assertThat(r.points().get(1).extraInfected().differences()).containsExactly(expectedInfected);
    // two dates two days apart: each run's slope is its difference over 2
    assertThat(r.confirmedPerDay()).isPresent();
    assertThat(r.confirmedPerDay().get().mean())
        .isCloseTo(java.util.Arrays.stream(expected).average().orElseThrow() / 2, org.assertj.core.api.Assertions.offset(1e-9));
  }

  @Test
  void theResponsePartMovesTheWholeLocalResponse() {
    SweepPlan plan = SweepScenarios.plan("jinsha-2020", ResponsePart.RESPONSE, CITY, CITY, 1, RUNS);
    SweepResult r = Sweep.run(plan, RUNS, SEED, 2);
    Experiment base = Scenarios.resolve("jinsha-2020");
    Variant late = JinshaExperiment.variant(base.community(), base.variants().get(0).interventions().assumptions(),
        "response-late-city", JinshaResponse.localResponseFrom(JinshaResponse.startOf(CITY)));
    Experiment one = new Experiment(base.name(), base.community(), base.start(), base.end(), base.parameters(),
        List.of(late), base.parameterDraws());
    ComparisonSummary s = Comparison.summarize(MonteCarlo.run(one, RUNS, SEED, 2));
    assertThat(r.points().get(0).confirmed()).isEqualTo(s.variant("response-late-city").confirmed().get(LAST));
    assertThat(r.points().get(0).infected()).isEqualTo(s.variant("response-late-city").infected().get(LAST));
  }

  @Test
  void aScenarioFileWithAJinshaBaselineMovesItsPartsLikeItsOwnVariant(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("plan.yaml");
    Files.writeString(f, """
        name: plan
        community: {preset: jinsha-2020}
        start: 2020-01-10
        end: 2020-03-08
        variants:
          - name: baseline
            jinsha: {}
          - name: late
            jinsha: {honghua: never, community: 2020-02-10}
        """);
    ComparisonSummary own = Comparison.summarize(MonteCarlo.run(ScenarioYaml.read(f), 3, 5, 2));
    SweepResult r = Sweep.run(SweepScenarios.plan(f.toString(), ResponsePart.CLOSURE, CITY, CITY, 1, 3), 3, 5, 2);
    assertThat(r.scenario()).isEqualTo("plan");
    assertThat(r.points().get(0).confirmed()).isEqualTo(own.variant("late").confirmed().get(LAST));
    assertThat(r.points().get(0).infected()).isEqualTo(own.variant("late").infected().get(LAST));
  }

  @Test
  void theSameSeedGivesTheSameSweepOnOneAndThreeThreads() {
    SweepPlan plan = SweepScenarios.plan("jinsha-2020", ResponsePart.CLOSURE, LocalDate.of(2020, 1, 26), CITY, 5, 6);
    String one = SweepJson.toJson(Sweep.run(plan, 6, 3, 1));
    String three = SweepJson.toJson(Sweep.run(plan, 6, 3, 3));
    assertThat(three).isEqualTo(one);
    assertThat(SweepCsv.toCsv(Sweep.run(plan, 6, 3, 3))).isEqualTo(SweepCsv.toCsv(Sweep.run(plan, 6, 3, 1)));
  }

  @Test
  void badDatesStepsAndSizesAreRejectedBeforeAnyRun() {
    Experiment base = Scenarios.resolve("jinsha-2020");
    assertThatThrownBy(() -> SweepPlan.dates(base, PROVINCE, CITY, 1)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--to");
    assertThatThrownBy(() -> SweepPlan.dates(base, CITY, PROVINCE, 0)).hasMessageContaining("--step-days");
    assertThatThrownBy(() -> SweepPlan.dates(base, LocalDate.of(2020, 1, 9), CITY, 1)).hasMessageContaining("--from");
    assertThatThrownBy(() -> SweepPlan.dates(base, CITY, LocalDate.of(2020, 3, 9), 1)).hasMessageContaining("--to");
    assertThatThrownBy(() -> SweepPlan.checkSize(26, 2000)).hasMessageContaining("--runs").hasMessageContaining("52000");
    assertThat(SweepPlan.dates(base, CITY, LocalDate.of(2020, 2, 20), 3))
        .containsExactly(CITY, LocalDate.of(2020, 2, 13), LocalDate.of(2020, 2, 16), LocalDate.of(2020, 2, 19));
  }
}
