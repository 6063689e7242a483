package org.cordon.simulation.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.cordon.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Saltelli design and the problem it samples. */
class SaltelliDesignTest {
  private static final SensitivityProblem P = new SensitivityProblem(List.of(
      new SensitivityInput("a", 0, 1, ""), new SensitivityInput("b", 10, 20, ""), new SensitivityInput("c", -1, -1, "")));

  @ParameterizedTest
  @ValueSource(ints = {2, 5, 16, 100})
  void eachMatrixABiIsARowOfAWithColumnIFromB(int n) {
    SaltelliDesign d = SaltelliDesign.of(P, n);
    assertThat(d.points()).isEqualTo(n * 5);
    for (int j = 0; j < n; j++) {
      double[] a = d.point(d.pointA(j));
      double[] b = d.point(d.pointB(j));
      for (int i = 0; i < 3; i++) {
        double[] ab = d.point(d.pointAB(j, i));
        for (int c = 0; c < 3; c++) {
          assertThat(ab[c]).isEqualTo(c == i ? b[c] : a[c]);
        }
      }
      assertThat(a[0]).isBetween(0.0, 1.0);
      assertThat(a[1]).isBetween(10.0, 20.0);
      assertThat(a[2]).isEqualTo(-1.0);
      assertThat(a[0]).isNotEqualTo(b[0]); // A and B are different halves of the sequence
    }
  }

  @Test
  void aPowerOfTwoTakesAWholeBlockOfTheSequence() {
    SaltelliDesign d = SaltelliDesign.of(P, 64);
    assertThat(d.skip()).isEqualTo(64);
    assertThat(SaltelliDesign.of(P, 100).skip()).isEqualTo(128);
    // a whole block of 64 points of a Sobol sequence puts exactly one point in each 1/64 of every axis
    boolean[] seen = new boolean[64];
    for (int j = 0; j < 64; j++) {
      seen[(int) (d.unit(d.pointA(j))[0] * 64)] = true;
    }
    assertThat(seen).doesNotContain(false);
  }

  @Test
  void badSizesAndRangesAreRejected() {
    assertThatThrownBy(() -> SaltelliDesign.of(P, 0)).isInstanceOf(InvalidInputException.class).hasMessageContaining("--samples");
    assertThatThrownBy(() -> SaltelliDesign.of(P, 1)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new SensitivityInput("x", 2, 1, "")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("x").hasMessageContaining("above");
    assertThatThrownBy(() -> new SensitivityInput("x", 0, Double.NaN, "")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> P.select(List.of("a", "nope"), "--inputs")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--inputs").hasMessageContaining("nope");
    assertThatThrownBy(() -> P.withRanges(Map.of("b", new double[] {3, 2}), "--range"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--range");
    assertThatThrownBy(() -> new SensitivityProblem(List.of(new SensitivityInput("a", 0, 1, ""),
        new SensitivityInput("a", 0, 1, "")))).isInstanceOf(InvalidInputException.class);
    assertThat(P.select(List.of("c", "a"), "--inputs").names()).containsExactly("c", "a");
    assertThat(P.withRanges(Map.of("b", new double[] {3, 4}), "--range").inputs().get(1).low()).isEqualTo(3);
  }
}
