package org.cordon.simulation.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.cordon.InvalidInputException;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class SlopeTest {
  private static final LocalDate D = LocalDate.of(2020, 1, 25);

  @Test
  void eachReplicatesSlopeIsItsLeastSquaresLineOnTheStartDay() {
    List<LocalDate> starts = List.of(D, D.plusDays(1), D.plusDays(3));
    // per date, per replicate; replicate 0: y = 2t + 1; replicate 1: constant; replicate 2: 0, 0, 6
    // at t = 0, 1, 3 (least squares: t mean 4/3, Sxx 14/3, Sxy 10, slope 15/7)
    int[][] v = {{1, 5, 0}, {3, 5, 0}, {7, 5, 6}};
    Slope s = Slope.of(starts, v);
    assertThat(s.mean()).isCloseTo((2 + 0 + 15.0 / 7) / 3, offset(1e-9));
    assertThat(s.perDay().median()).isCloseTo(2, offset(1e-9));
    assertThat(s.perDay().p5()).isCloseTo(0.2, offset(1e-9)); // type 7: a tenth of the way from 0 to 2
    assertThat(s.perDay().p95()).isCloseTo(2 + 0.9 * (15.0 / 7 - 2), offset(1e-9));
  }

  /** Seeded property: the mean of per-replicate slopes is the slope of the mean curve. */
  @RepeatedTest(5)
  void theMeanSlopeIsTheSlopeOfTheMeanCurve(RepetitionInfo info) {
    SplittableRandom rng = new SplittableRandom(info.getCurrentRepetition());
    int m = 2 + rng.nextInt(8);
    int n = 1 + rng.nextInt(30);
    List<LocalDate> starts = new java.util.ArrayList<>();
    LocalDate d = D;
    for (int k = 0; k < m; k++) {
      starts.add(d);
      d = d.plusDays(1 + rng.nextInt(3));
    }
    int[][] v = new int[m][n];
    double[] meanCurve = new double[m];
    for (int k = 0; k < m; k++) {
      for (int i = 0; i < n; i++) {
        v[k][i] = rng.nextInt(50);
        meanCurve[k] += (double) v[k][i] / n;
      }
    }
    double tm = 0;
    double ym = 0;
    for (int k = 0; k < m; k++) {
      tm += (starts.get(k).toEpochDay() - D.toEpochDay()) / (double) m;
      ym += meanCurve[k] / m;
    }
    double sxy = 0;
    double sxx = 0;
    for (int k = 0; k < m; k++) {
      double t = starts.get(k).toEpochDay() - D.toEpochDay() - tm;
      sxy += t * (meanCurve[k] - ym);
      sxx += t * t;
    }
    assertThat(Slope.of(starts, v).mean()).isCloseTo(sxy / sxx, offset(1e-6));
  }

  @Test
  void oneDateHasNoSlope() {
    assertThatThrownBy(() -> Slope.of(List.of(D), new int[][] {{1}})).isInstanceOf(InvalidInputException.class);
  }
}
