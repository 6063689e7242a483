package org.cordon.simulation.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.cordon.simulation.disease.ModelParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The model's R without any local response ({@link LocalReproduction}) on the jinsha-2020 preset,
 * seeded (seed 3). Tolerances are stated per assertion; each sits above 4 Monte Carlo standard
 * errors of a ratio over several hundred index cases (significance about 1e-4 per check).
 */
class LocalReproductionTest {
  private static CalibrationTarget target;

  @BeforeAll
  static void build() {
    target = CalibrationTarget.jinsha(Scenarios.jinshaCommunity(), ModelParameters.defaults());
  }

  @Test
  void rGrowsWithTheScaleAboutLinearlyAndIsHouseholdOnlyAtZero() {
    double r0 = LocalReproduction.measure(target, 0, 40, 3, 2);
    double rHalf = LocalReproduction.measure(target, 0.5, 40, 3, 2);
    double r1 = LocalReproduction.measure(target, 1, 40, 3, 2);
    double r2 = LocalReproduction.measure(target, 2, 40, 3, 2);
    System.out.printf("R(0)=%.3f R(0.5)=%.3f R(1)=%.3f R(2)=%.3f%n", r0, rHalf, r1, r2);
    // at scale 0 only households transmit: a few household members, about 10-16% attack rate
    assertThat(r0).isBetween(0.05, 0.8);
    assertThat(rHalf).isGreaterThan(r0);
    assertThat(r1).isGreaterThan(rHalf);
    assertThat(r2).isGreaterThan(r1);
    // the linear form R(s) = R(0) + slope s predicts R(0.5) and R(2) within 10%
    LocalReproduction lr = LocalReproduction.of(target, 40, 3, 2);
    assertThat(lr.at(0)).isEqualTo(r0);
    assertThat(lr.at(1)).isCloseTo(r1, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(lr.at(0.5)).isCloseTo(rHalf, org.assertj.core.data.Percentage.withPercentage(10));
    assertThat(lr.at(2)).isCloseTo(r2, org.assertj.core.data.Percentage.withPercentage(10));
    assertThat(lr.scaleFor(lr.at(0.7))).isCloseTo(0.7, org.assertj.core.data.Offset.offset(1e-9));
  }
}
