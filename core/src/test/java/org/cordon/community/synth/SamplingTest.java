package org.cordon.community.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.cordon.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SamplingTest {
  private static final List<Double> CENSUS = PopulationProfile.defaults().householdSizeShares();

  @Test
  void apportionSumsExactlyAndGivesLeftoversToTheLargestRemainders() {
    assertThat(Apportion.split("x", 10, new double[] {1, 1, 1}, new int[3])).containsExactly(4, 3, 3);
    assertThat(Apportion.split("x", 7, new double[] {0.5, 0.3, 0.2}, new int[] {1, 1, 1})).containsExactly(3, 2, 2);
    assertThat(Apportion.split("x", 5, new double[] {0, 0}, new int[] {0, 0})).containsExactly(3, 2);
    assertThat(Apportion.evenly("x", 17, 7, 1)).containsExactly(3, 3, 3, 2, 2, 2, 2);
  }

  @Test
  void apportionBelowTheMinimumsIsRejected() {
    assertThatThrownBy(() -> Apportion.split("households", 2, new double[] {1, 1, 1}, new int[] {1, 1, 1}))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("households");
  }

  @ParameterizedTest
  @ValueSource(doubles = {1.2, 2.24, 3.38, 5.34, 9.5})
  void householdSizesSumExactlyToThePeopleAndStayInRange(double mean) {
    int households = 2_000;
    int people = (int) Math.round(households * mean);
    int[] sizes = HouseholdSizes.draw(new SplittableRandom(3), CENSUS, households, people);
    assertThat(sizes).hasSize(households);
    assertThat(Arrays.stream(sizes).sum()).isEqualTo(people);
    assertThat(Arrays.stream(sizes).min().getAsInt()).isGreaterThanOrEqualTo(1);
    assertThat(Arrays.stream(sizes).max().getAsInt()).isLessThanOrEqualTo(10);
  }

  @Test
  void theTiltedShapeHasTheTargetMean() {
    double[] cumulative = HouseholdSizes.tilted(CENSUS, 3.38);
    double mean = 0;
    double previous = 0;
    for (int k = 0; k < cumulative.length; k++) {
      mean += (k + 1) * (cumulative[k] - previous);
      previous = cumulative[k];
    }
    assertThat(mean / cumulative[cumulative.length - 1]).isCloseTo(3.38, Offset.offset(1e-6));
  }

  @Test
  void extremeHouseholdTotalsAreMetExactly() {
    assertThat(HouseholdSizes.draw(new SplittableRandom(1), CENSUS, 50, 50)).containsOnly(1);
    assertThat(HouseholdSizes.draw(new SplittableRandom(1), CENSUS, 50, 500)).containsOnly(10);
  }

  @Test
  void peopleThatDoNotFitTheHouseholdsAreRejected() {
    assertThatThrownBy(() -> HouseholdSizes.draw(new SplittableRandom(1), CENSUS, 10, 9))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> HouseholdSizes.draw(new SplittableRandom(1), CENSUS, 10, 101))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void agesFollowTheBandSharesAndRespectTheMinimum() {
    PopulationProfile p = PopulationProfile.defaults();
    AgeSampler anyone = AgeSampler.of(p.ageBandShares(), p.maxAge(), 0);
    AgeSampler adults = AgeSampler.of(p.ageBandShares(), p.maxAge(), 18);
    SplittableRandom rng = new SplittableRandom(5);
    int n = 100_000;
    int children = 0;
    for (int i = 0; i < n; i++) {
      int age = anyone.sample(rng);
      assertThat(age).isBetween(0, 99);
      children += age < 15 ? 1 : 0;
      assertThat(adults.sample(rng)).isBetween(18, 99);
    }
    double expected = (5.67 + 5.51 + 5.72) / p.ageBandShares().stream().mapToDouble(Double::doubleValue).sum();
    // binomial sd ~0.0012 at n = 100,000; the bound 0.006 is 5 sd (two-sided alpha < 1e-6)
    assertThat((double) children / n).isCloseTo(expected, Offset.offset(0.006));
  }

  @Test
  void aMinimumAgeAboveEveryBandIsRejected() {
    assertThatThrownBy(() -> AgeSampler.of(List.of(1.0, 1.0, 0.0), 14, 12)).isInstanceOf(InvalidInputException.class);
  }
}
