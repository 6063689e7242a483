package org.cordon.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RandomStreamsTest {
  @Test
  void keyedUniformsAreInTheUnitIntervalAndMeanOneHalf() {
    long key = RandomStreams.stream(1, 0, RandomStreams.Purpose.SURVEY);
    double sum = 0;
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      double u = RandomStreams.uniform(key, i, 3);
      assertThat(u).isGreaterThanOrEqualTo(0).isLessThan(1);
      sum += u;
    }
    // standard error of the mean is 0.29 / sqrt(200000) = 0.00065; 0.003 is ~5 standard errors
    assertThat(sum / n).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.003));
  }

  @Test
  void streamsDependOnSeedReplicateAndPurpose() {
    long a = RandomStreams.stream(1, 0, RandomStreams.Purpose.SURVEY);
    assertThat(RandomStreams.stream(1, 0, RandomStreams.Purpose.SURVEY)).isEqualTo(a);
    assertThat(RandomStreams.stream(2, 0, RandomStreams.Purpose.SURVEY)).isNotEqualTo(a);
    assertThat(RandomStreams.stream(1, 1, RandomStreams.Purpose.SURVEY)).isNotEqualTo(a);
    assertThat(RandomStreams.stream(1, 0, RandomStreams.Purpose.IMPORT)).isNotEqualTo(a);
  }
}
