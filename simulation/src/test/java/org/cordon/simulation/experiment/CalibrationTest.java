package org.cordon.simulation.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cordon.community.Community;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.engine.RunResult;
import org.cordon.simulation.engine.Simulation;
import org.cordon.simulation.progress.Progress;
import org.cordon.simulation.scenario.CommunitySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link Calibration} on the jinsha-2020 preset scaled to 2,500 residents (small budgets, seeded). */
class CalibrationTest {
  private static Community small;
  private static CalibrationTarget target;

  @BeforeAll
  static void build() {
    small = CommunitySpec.preset("jinsha-2020", 1, 2500).load();
    target = CalibrationTarget.jinsha(small, ModelParameters.defaults());
  }

  private static Calibration.Result run(int threads) {
    CalibrationPrior prior = CalibrationPrior.of(target, Observed.JINSHA_2020, 5, threads, 2);
    return Calibration.run(prior, Observed.JINSHA_2020, new AbcSmc.Settings(20, 0.5, 0.05, 3, 20, 5), 10,
        Calibration.local(threads, Progress.NONE), "test");
  }

  @Test
  void theSameSeedGivesTheSameCalibrationFileOnOneAndFourThreads() {
    Calibration.Result one = run(1);
    Calibration.Result four = run(4);
    assertThat(four.fitted().toYaml()).isEqualTo(one.fitted().toYaml());
    assertThat(four.steps()).isEqualTo(one.steps());
    assertThat(four.checks()).isEqualTo(one.checks());
    assertThat(one.fitted().posterior()).hasSize(20);
    assertThat(one.steps().get(0).epsilon()).isInfinite();
    assertThat(one.fitted().shareInfectedWuhan()).isBetween(Calibration.WUHAN_MIN, Calibration.WUHAN_MAX);
    assertThat(one.fitted().scaleFactorAfter()).isBetween(0.0, CalibrationPrior.FACTOR_MAX);
    // every draw carries R before and after: R after = R(scale × factor) on the same line
    for (Calibrated.PosteriorDraw d : one.fitted().posterior()) {
      assertThat(d.rBefore()).isPositive();
      assertThat(d.rAfter()).isLessThanOrEqualTo(d.rBefore() * 1.0001 * Math.max(1, d.scaleFactorAfter()));
    }
    assertThat(one.checks()).hasSize(4);
    // the file reads back as written
    assertThat(CalibrationYaml.read(org.cordon.simulation.scenario.YamlNode.parse("fit.yaml",
        new java.io.StringReader(one.fitted().toYaml())))).isEqualTo(one.fitted());
  }

  @Test
  void theShippedCalibrationLoadsWithTwoPeriods() {
    Calibrated c = Calibrated.jinsha2020();
    assertThat(c.scenario()).isEqualTo("jinsha-2020");
    assertThat(c.posterior()).isNotEmpty().allSatisfy(d -> {
      assertThat(d.rBefore()).isPositive();
      assertThat(d.rAfter()).isPositive();
    });
    // as fitted (a result, not a tuning): R after the change date is below R before in the posterior median
    assertThat(Band.of(c.posterior().stream().mapToDouble(Calibrated.PosteriorDraw::rAfter).toArray()).median())
        .isLessThan(Band.of(c.posterior().stream().mapToDouble(Calibrated.PosteriorDraw::rBefore).toArray()).median());
    var p = c.apply(ModelParameters.defaults()).transmission();
    assertThat(p.scaleFactorAfter()).isEqualTo(c.scaleFactorAfter()).isLessThan(1);
    assertThat(p.periodFactor(java.time.LocalDate.of(2020, 1, 22))).isEqualTo(1);
    assertThat(p.periodFactor(java.time.LocalDate.of(2020, 1, 23))).isEqualTo(c.scaleFactorAfter());
  }

  @Test
  void aSimulationIsJudgedByTheLowerMedianOfEachStatisticOverItsReplicates() {
    CalibrationPrior prior = CalibrationPrior.of(target, Observed.JINSHA_2020, 7, 2, 3);
    double[] theta = prior.sample(99, 4);
    CalibrationPrior.Stats s = prior.simulate(theta, 7, 2);
    Simulation sim = Simulation.of(target.table(Calibration.LEAK_GRID[(int) theta[4]],
        org.cordon.simulation.engine.PolicyTable.tracer(small)), prior.parameters(theta));
    int[] second = new int[3];
    for (int j = 0; j < 3; j++) {
      RunResult r = sim.run(7, 3 * 2 + j); // replicate j of attempt 2
      second[j] = r.confirmedBy(Observed.JINSHA_2020.secondDate());
    }
    java.util.Arrays.sort(second);
    assertThat(s.confirmedBySecond()).isEqualTo(second[1]);
    assertThatThrownBy(() -> CalibrationPrior.of(target, Observed.JINSHA_2020, 7, 1, 0)).hasMessageContaining("--replicates");
  }

  @Test
  void thePriorOfRBeforeIsLiTwentyTwentyCarriedIntoTheScale() {
    CalibrationPrior prior = CalibrationPrior.of(target, Observed.JINSHA_2020, 7, 2, 1);
    int n = 4000;
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      double[] t = prior.sample(123, i);
      r[i] = prior.reproduction().at(prior.scale(t));
    }
    Band b = Band.of(r);
    // lognormal with 95% interval 1.4-3.9: median 2.34, 5-95% 1.52-3.58 (sampling error ~0.05 at n = 4000)
    assertThat(b.median()).isCloseTo(2.34, org.assertj.core.data.Offset.offset(0.08));
    assertThat(b.p5()).isCloseTo(1.53, org.assertj.core.data.Offset.offset(0.08));
    assertThat(b.p95()).isCloseTo(3.57, org.assertj.core.data.Offset.offset(0.15));
  }
}
