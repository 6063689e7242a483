package org.cordon.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The samplers over the keyed streams: their moments (fixed keys; each tolerance is at least 4
 * standard errors, so a correct sampler fails by chance less than once in 10,000), that a draw
 * depends only on (key, resident), and that bad parameters are rejected.
 */
class SamplersTest {
  private static final long KEY = RandomStreams.stream(5, 0, RandomStreams.Purpose.CASE_FINDING);
  private static final int N = 100_000;

  @ParameterizedTest(name = "shape {0}, scale {1}")
  @CsvSource({"2.0, 2.2", "0.5, 3.0", "9.0, 0.5"})
  void gammaDrawsHaveTheirMeanAndVariance(double shape, double scale) {
    GammaSampler g = GammaSampler.of(KEY, 0, shape, scale);
    double sum = 0;
    double sq = 0;
    for (int i = 0; i < N; i++) {
      double x = g.sample(i);
      assertThat(x).isGreaterThanOrEqualTo(0);
      sum += x;
      sq += x * x;
    }
    double mean = shape * scale;
    double var = shape * scale * scale;
    double m = sum / N;
    // se of the mean sqrt(var / N); of the variance about var * sqrt((2 + 6 / shape) / N)
    assertThat(m).isCloseTo(mean, Offset.offset(5 * Math.sqrt(var / N)));
    assertThat(sq / N - m * m).isCloseTo(var, Offset.offset(5 * var * Math.sqrt((2 + 6 / shape) / N)));
  }

  @Test
  void normalDrawsHaveTheirMeanAndSd() {
    NormalSampler g = NormalSampler.of(KEY, 1, 1.621, 0.418);
    double sum = 0;
    double sq = 0;
    for (int i = 0; i < N; i++) {
      double x = g.sample(i);
      sum += x;
      sq += x * x;
    }
    double m = sum / N;
    assertThat(m).isCloseTo(1.621, Offset.offset(5 * 0.418 / Math.sqrt(N)));
    assertThat(Math.sqrt(sq / N - m * m)).isCloseTo(0.418, Offset.offset(5 * 0.418 / Math.sqrt(2.0 * N)));
  }

  @ParameterizedTest(name = "mean {0}")
  @CsvSource({"0.5", "3.0", "9.0"})
  void poissonCountsHaveTheirMeanVarianceAndZeroProbability(double mean) {
    PoissonSampler p = PoissonSampler.of(KEY, 0, mean);
    double sum = 0;
    double sq = 0;
    int zeros = 0;
    for (int i = 0; i < N; i++) {
      int k = p.sample(i);
      sum += k;
      sq += (double) k * k;
      zeros += k == 0 ? 1 : 0;
    }
    double m = sum / N;
    assertThat(m).isCloseTo(mean, Offset.offset(5 * Math.sqrt(mean / N)));
    assertThat(sq / N - m * m).isCloseTo(mean, Offset.offset(5 * mean * Math.sqrt((2 + 1 / mean) / N)));
    double p0 = Math.exp(-mean);
    assertThat((double) zeros / N).isCloseTo(p0, Offset.offset(5 * Math.sqrt(p0 * (1 - p0) / N)));
  }

  @Test
  void aPoissonMeanOfZeroGivesZero() {
    PoissonSampler p = PoissonSampler.of(KEY, 0, 0);
    for (int i = 0; i < 1000; i++) {
      assertThat(p.sample(i)).isZero();
    }
  }

  @ParameterizedTest(name = "rate {0}")
  @CsvSource({"0.01", "0.5", "3.0"})
  void geometricSkipsHaveTheMeanOfMissesBeforeAHit(double lambda) {
    GeometricSkip g = GeometricSkip.of(new SplittableRandom(3));
    double p = 1 - Math.exp(-lambda);
    double sum = 0;
    for (int i = 0; i < N; i++) {
      double x = g.next(lambda);
      assertThat(x).isGreaterThanOrEqualTo(0).isEqualTo(Math.floor(x));
      sum += x;
    }
    double mean = (1 - p) / p;
    double sd = Math.sqrt(1 - p) / p;
    assertThat(sum / N).isCloseTo(mean, Offset.offset(5 * sd / Math.sqrt(N)));
  }

  @Test
  void aKeyedDrawDependsOnlyOnKeyAndResident() {
    GammaSampler a = GammaSampler.of(KEY, 0, 2, 2.2);
    GammaSampler b = GammaSampler.of(KEY, 0, 2, 2.2);
    PoissonSampler p = PoissonSampler.of(KEY, 0, 3);
    NormalSampler n = NormalSampler.of(KEY, 1, 0, 1);
    for (int r = 99; r >= 0; r--) { // another order
      assertThat(b.sample(r)).isEqualTo(a.sample(r));
      assertThat(PoissonSampler.of(KEY, 0, 3).sample(r)).isEqualTo(p.sample(r));
      assertThat(NormalSampler.of(KEY, 1, 0, 1).sample(r)).isEqualTo(n.sample(r));
    }
    assertThat(GammaSampler.of(KEY + 1, 0, 2, 2.2).sample(7)).isNotEqualTo(a.sample(7));
    assertThat(NormalSampler.of(KEY, 3, 0, 1).sample(7)).isNotEqualTo(n.sample(7));
  }

  @Test
  void aGammaDrawScalesWithItsScale() {
    GammaSampler one = GammaSampler.of(KEY, 0, 2, 1);
    GammaSampler four = GammaSampler.of(KEY, 0, 2, 4);
    for (int r = 0; r < 100; r++) {
      assertThat(four.sample(r)).isCloseTo(4 * one.sample(r), Offset.offset(1e-9 * (1 + four.sample(r))));
    }
  }

  @Test
  void badParametersAreRejectedNamingTheParameter() {
    assertThatThrownBy(() -> GammaSampler.of(KEY, 0, 0, 1)).hasMessageContaining("shape");
    assertThatThrownBy(() -> GammaSampler.of(KEY, 0, Double.NaN, 1)).hasMessageContaining("shape");
    assertThatThrownBy(() -> GammaSampler.of(KEY, 0, 1, -1)).hasMessageContaining("scale");
    assertThatThrownBy(() -> NormalSampler.of(KEY, 0, Double.POSITIVE_INFINITY, 1)).hasMessageContaining("mean");
    assertThatThrownBy(() -> NormalSampler.of(KEY, 0, 0, -0.1)).hasMessageContaining("sd");
    assertThatThrownBy(() -> PoissonSampler.of(KEY, 0, -1)).hasMessageContaining("mean");
    assertThatThrownBy(() -> PoissonSampler.of(KEY, 0, Double.NaN)).hasMessageContaining("mean");
    assertThatThrownBy(() -> GeometricSkip.of(null)).isInstanceOf(NullPointerException.class);
  }
}
