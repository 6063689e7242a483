package org.cordon.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The active list and the confirmed list of {@link ResidentState}, which start small and grow (a
 * replicate no longer allocates a slot per resident for them), against plain collections under
 * random adds and removes, seeded.
 */
class ResidentStateTest {
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void theActiveListHoldsExactlyTheResidentsAddedAndNotRemovedWithTheirGroupsBeside(long seed) {
    int residents = 300;
    ResidentState st = new ResidentState(residents);
    int[] household = IntStream.range(0, residents).map(r -> r / 3).toArray();
    int[] building = IntStream.range(0, residents).map(r -> r / 7).toArray();
    int[] compound = IntStream.range(0, residents).map(r -> r / 50).toArray();
    int[] workplace = IntStream.range(0, residents).map(r -> r % 5 == 0 ? -1 : r % 11).toArray();
    st.attachGroups(household, building, compound, workplace);
    LinkedHashSet<Integer> expected = new LinkedHashSet<>();
    SplittableRandom rng = new SplittableRandom(seed);
    for (int i = 0; i < 5000; i++) {
      int r = rng.nextInt(residents);
      // more adds than removes at first, so the list grows past its first capacity, then shrinks
      boolean add = rng.nextDouble() < (i < 2500 ? 0.8 : 0.3);
      if (add && !expected.contains(r)) {
        st.addActive(r);
        expected.add(r);
      } else if (!add) {
        st.removeActive(r); // also for a resident not in the list: no change
        expected.remove(r);
      }
      if (i % 250 == 0 || i == 2499) {
        assertThat(st.activeCount).isEqualTo(expected.size());
        List<Integer> listed = new ArrayList<>();
        for (int k = 0; k < st.activeCount; k++) {
          int a = st.active[k];
          listed.add(a);
          int x = ResidentState.GROUPS * k;
          assertThat(new int[] {st.activeGroups[x], st.activeGroups[x + 1], st.activeGroups[x + 2], st.activeGroups[x + 3]})
              .containsExactly(household[a], building[a], compound[a], workplace[a]);
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(expected);
        for (int q = 0; q < residents; q++) {
          assertThat(st.isActive(q)).as("resident %d", q).isEqualTo(expected.contains(q));
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void theConfirmedAreListedOnceInOrderOfFirstConfirmationWithTheirFirstStep(long seed) {
    int residents = 200;
    ResidentState st = new ResidentState(residents);
    LinkedHashSet<Integer> expected = new LinkedHashSet<>();
    int[] firstStep = new int[residents];
    SplittableRandom rng = new SplittableRandom(seed);
    for (int s = 0; s < 400; s++) {
      int r = rng.nextInt(residents);
      st.confirm(r, s);
      if (expected.add(r)) {
        firstStep[r] = s;
      }
    }
    assertThat(expected.size()).isGreaterThan(16); // past the list's first capacity
    assertThat(st.confirmed()).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    for (int r = 0; r < residents; r++) {
      assertThat(st.confirmedStepPlusOne[r]).isEqualTo(expected.contains(r) ? firstStep[r] + 1 : 0);
    }
  }
}
