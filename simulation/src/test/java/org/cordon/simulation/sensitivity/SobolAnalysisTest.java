package org.cordon.simulation.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.cordon.InvalidInputException;
import org.cordon.simulation.progress.Progress;
import org.junit.jupiter.api.Test;

/**
 * The Sobol estimators on functions with known indices: the Ishigami function (Ishigami and Homma
 * 1990; the test SALib ships) and an additive linear function. Deterministic: the design is a
 * Sobol sequence, the bootstrap has a fixed seed.
 */
class SobolAnalysisTest {
  private static final double A = 7;
  private static final double B = 0.1;

  static SensitivityProblem ishigamiProblem() {
    return new SensitivityProblem(List.of(
        new SensitivityInput("x1", -Math.PI, Math.PI, ""),
        new SensitivityInput("x2", -Math.PI, Math.PI, ""),
        new SensitivityInput("x3", -Math.PI, Math.PI, "")));
  }

  static double ishigami(double[] x) {
    return Math.sin(x[0]) + A * Math.pow(Math.sin(x[1]), 2) + B * Math.pow(x[2], 4) * Math.sin(x[0]);
  }

  /** Analytic indices: {S1 x1, x2, x3, ST x1, x2, x3}. */
  static double[] ishigamiAnalytic() {
    double pi4 = Math.pow(Math.PI, 4);
    double pi8 = pi4 * pi4;
    double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
    double v2 = A * A / 8;
    double v13 = B * B * pi8 / 18 - B * B * pi8 / 50;
    double v = v1 + v2 + v13;
    return new double[] {v1 / v, v2 / v, 0, (v1 + v13) / v, v2 / v, v13 / v};
  }

  @Test
  void analyticValuesAreTheOnesTheIssueStates() {
    double[] s = ishigamiAnalytic();
    assertThat(s).containsExactly(new double[] {0.314, 0.442, 0.000, 0.558, 0.442, 0.244}, within(0.0006));
  }

  /**
   * The issue's check: within 0.05 of the analytic values at the command's default N (512 base
   * rows: 2,560 evaluations), and every analytic value inside its bootstrap 5-95% interval. (At N =
   * 256 the largest error is 0.068, on S1 of x2: 0.05 needs 512.)
   */
  @Test
  void ishigamiIndicesWithinFiveHundredthsAtTheDefaultSampleSize() {
    SaltelliDesign d = SaltelliDesign.of(ishigamiProblem(), SensitivityRun.DEFAULT_SAMPLES);
    DesignRunner.Outputs y = DesignRunner.run(d, (x, r) -> new double[] {ishigami(x)}, 1, 1, 2, Progress.NONE, 1);
    SobolAnalysis.Result r = SobolAnalysis.analyze(d, y.mean()[0], SobolAnalysis.DEFAULT_RESAMPLES, 1);
    double[] exact = ishigamiAnalytic();
    for (int i = 0; i < 3; i++) {
      SobolIndices s = r.indices().get(i);
      assertThat(s.firstOrder()).as("S1 x%d", i + 1).isCloseTo(exact[i], within(0.05));
      assertThat(s.total()).as("ST x%d", i + 1).isCloseTo(exact[3 + i], within(0.05));
      assertThat(exact[i]).as("S1 x%d in its interval", i + 1)
          .isBetween(s.firstOrderBootstrap().p5(), s.firstOrderBootstrap().p95());
      assertThat(exact[3 + i]).as("ST x%d in its interval", i + 1)
          .isBetween(s.totalBootstrap().p5(), s.totalBootstrap().p95());
    }
    // the Ishigami variance: a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2 = 13.845
    assertThat(r.variance()).isCloseTo(13.845, within(0.7));
  }

  /** y = x1 + 2 x2 + 0 x3 on [0, 1]^3: no interaction, S1 = ST = (1, 4, 0) / 5. */
  @Test
  void additiveFunctionHasEqualFirstOrderAndTotalIndices() {
    SensitivityProblem p = new SensitivityProblem(List.of(new SensitivityInput("a", 0, 1, ""),
        new SensitivityInput("b", 0, 1, ""), new SensitivityInput("c", 0, 1, "")));
    SaltelliDesign d = SaltelliDesign.of(p, 256);
    DesignRunner.Outputs y = DesignRunner.run(d, (x, r) -> new double[] {x[0] + 2 * x[1]}, 1, 1, 1, Progress.NONE, 1);
    SobolAnalysis.Result r = SobolAnalysis.analyze(d, y.mean()[0], 200, 3);
    double[] exact = {0.2, 0.8, 0};
    for (int i = 0; i < 3; i++) {
      assertThat(r.indices().get(i).firstOrder()).isCloseTo(exact[i], within(0.03));
      assertThat(r.indices().get(i).total()).isCloseTo(exact[i], within(0.03));
    }
    // an input the function ignores: f(A_B^i) = f(A) exactly, so its indices are exactly 0
    assertThat(r.indices().get(2).firstOrder()).isZero();
    assertThat(r.indices().get(2).total()).isZero();
  }

  @Test
  void constantOutputHasNoIndex() {
    SaltelliDesign d = SaltelliDesign.of(ishigamiProblem(), 8);
    SobolAnalysis.Result r = SobolAnalysis.analyze(d, new double[d.points()], 20, 1);
    assertThat(r.variance()).isZero();
    assertThat(r.indices()).allSatisfy(i -> {
      assertThat(i.firstOrder()).isNaN();
      assertThat(i.total()).isNaN();
    });
  }

  @Test
  void sameSeedSameIntervalsAndOtherSeedOthers() {
    SaltelliDesign d = SaltelliDesign.of(ishigamiProblem(), 64);
    double[] y = DesignRunner.run(d, (x, r) -> new double[] {ishigami(x)}, 1, 1, 1, Progress.NONE, 1).mean()[0];
    assertThat(SobolAnalysis.analyze(d, y, 100, 5)).isEqualTo(SobolAnalysis.analyze(d, y, 100, 5));
    assertThat(SobolAnalysis.analyze(d, y, 100, 5).indices().get(0).firstOrderBootstrap())
        .isNotEqualTo(SobolAnalysis.analyze(d, y, 100, 6).indices().get(0).firstOrderBootstrap());
  }

  @Test
  void rejectsOutputsThatDoNotFitTheDesign() {
    SaltelliDesign d = SaltelliDesign.of(ishigamiProblem(), 4);
    assertThatThrownBy(() -> SobolAnalysis.analyze(d, new double[3], 100, 1)).isInstanceOf(InvalidInputException.class);
    double[] nan = new double[d.points()];
    nan[2] = Double.NaN;
    assertThatThrownBy(() -> SobolAnalysis.analyze(d, nan, 100, 1)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("design point 2");
  }
}
