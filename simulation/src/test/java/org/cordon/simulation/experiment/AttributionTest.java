package org.cordon.simulation.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.cordon.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The 2 × 2 attribution on hand-made paired final counts. */
class AttributionTest {
  @Test
  void theInteractionAndTheEffectsAreTheirDefinitionsRunByRun() {
    int[] a = {10, 12, 8, 20, 15};
    int[] c = {11, 12, 9, 26, 15};
    int[] r = {14, 15, 8, 30, 18};
    int[] b = {18, 15, 12, 41, 19};
    Attribution at = Attribution.of(a, c, r, b, 1);
    double interaction = 0;
    double closure = 0;
    double both = 0;
    for (int i = 0; i < a.length; i++) {
      interaction += b[i] - c[i] - r[i] + a[i];
      closure += c[i] - a[i];
      both += b[i] - a[i];
    }
    assertThat(at.runs()).isEqualTo(5);
    assertThat(at.interaction().value()).isCloseTo(interaction / 5, Offset.offset(1e-12)); // (3+0+3+5+1)/5 = 2.4
    assertThat(at.interaction().value()).isCloseTo(2.4, Offset.offset(1e-12));
    assertThat(at.closureEffect().value()).isCloseTo(closure / 5, Offset.offset(1e-12));
    assertThat(at.restEffect().value()).isCloseTo(4.0, Offset.offset(1e-12));
    assertThat(at.responseEffect().value()).isCloseTo(both / 5, Offset.offset(1e-12));
    // every resample's mean lies between the smallest and largest paired value
    assertThat(at.interaction().low()).isBetween(0.0, 2.4);
    assertThat(at.interaction().high()).isBetween(2.4, 5.0);
  }

  @Test
  void theClosureShareIsTheRatioOfMeanEffectsWithAnInterval() {
    SplittableRandom rng = new SplittableRandom(5);
    int n = 400;
    int[] a = new int[n];
    int[] c = new int[n];
    int[] r = new int[n];
    int[] b = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = 20 + rng.nextInt(10);
      c[i] = a[i] + rng.nextInt(5); // mean +2
      r[i] = a[i] + rng.nextInt(13); // mean +6
      b[i] = c[i] + r[i] - a[i]; // additive: no interaction
    }
    Attribution at = Attribution.of(a, c, r, b, 3);
    assertThat(at.interaction().value()).isZero();
    assertThat(at.interaction().low()).isZero();
    assertThat(at.interaction().high()).isZero();
    double share = at.closureEffect().value() / at.responseEffect().value();
    assertThat(at.closureShare().value()).isCloseTo(share, Offset.offset(1e-12));
    // true share 2 / 8; the estimate's standard error is about 0.02 with 400 runs
    assertThat(share).isCloseTo(0.25, Offset.offset(0.08));
    assertThat(at.closureShare().low()).isLessThan(share);
    assertThat(at.closureShare().high()).isGreaterThan(share);
    assertThat(at.closureShare().high() - at.closureShare().low()).isLessThan(0.2);
    // keyed by the seed: the same seed gives the same interval
    assertThat(Attribution.of(a, c, r, b, 3)).isEqualTo(at);
    assertThat(Attribution.of(a, c, r, b, 4).closureShare().low()).isNotEqualTo(at.closureShare().low());
  }

  @Test
  void theShareIsUndefinedWhenTheWholeResponseHasNoClearEffect() {
    int[] a = {10, 10, 10, 10, 10, 10};
    int[] c = {11, 9, 10, 12, 8, 10};
    int[] r = {10, 11, 9, 10, 10, 10};
    int[] b = {11, 9, 11, 9, 10, 10}; // mean effect 0
    Attribution at = Attribution.of(a, c, r, b, 1);
    assertThat(at.responseEffect().value()).isZero();
    assertThat(at.closureShare().value()).isNaN();
    assertThat(at.closureShare().low()).isNaN();
    assertThat(at.closureShare().high()).isNaN();
    assertThat(at.closureEffect().value()).isZero();
  }

  @Test
  void pairedRunsMustMatch() {
    assertThatThrownBy(() -> Attribution.of(new int[] {1, 2}, new int[] {1}, new int[] {1, 2}, new int[] {1, 2}, 1))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Attribution.of(new int[0], new int[0], new int[0], new int[0], 1))
        .isInstanceOf(InvalidInputException.class);
  }
}
