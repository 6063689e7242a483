package org.cordon.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cordon.simulation.engine.EngineFixture.START;
import static org.cordon.simulation.engine.EngineFixture.caseFinding;
import static org.cordon.simulation.engine.EngineFixture.model;
import static org.cordon.simulation.engine.EngineFixture.noImports;
import static org.cordon.simulation.engine.EngineFixture.overwhelming;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.cordon.community.Community;
import org.cordon.contact.Layer;
import org.cordon.simulation.disease.TransmissionParameters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Households}: a household of at most {@value Households#SMALL} members keeps its members
 * not yet infected as bits, a larger one their number; a household with a member still to arrive
 * is read from the per-slot arrival steps until then. Sizes on both sides of the limit.
 */
class HouseholdsTest {
  private static PolicyTable table(int size, int returneeEvery) {
    Community c = TestCommunities.grid(1, 1, 3, size, returneeEvery, -1, START.plusDays(2));
    return EngineFixture.simulation(c, Interventions.NONE, model(overwhelming(), caseFinding(1, 14, 0), noImports())).table();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 5, 30, 31, 32, 40})
  void eachInfectionIsCountedOffOnceAndTheLastLeavesNobody(int size) {
    PolicyTable t = table(size, 0);
    Households hs = new Households(t);
    for (int h = 0; h < 3; h++) {
      int first = t.householdOffsets[h];
      assertThat(hs.first(h)).isEqualTo(first);
      assertThat(hs.end(h)).isEqualTo(first + size);
      assertThat(hs.compound(h)).isZero();
      long all = size <= Households.SMALL ? (1L << size) - 1 : -1;
      assertThat(hs.open(h, 0)).isEqualTo(all);
    }
    // infect household 1's members in a shuffled order: bits (or the count) go one by one
    SplittableRandom rng = new SplittableRandom(size);
    int[] order = java.util.stream.IntStream.range(0, size).toArray();
    for (int i = size - 1; i > 0; i--) {
      int k = rng.nextInt(i + 1);
      int x = order[i];
      order[i] = order[k];
      order[k] = x;
    }
    int first = hs.first(1);
    Set<Integer> infected = new HashSet<>();
    for (int k = 0; k < size; k++) {
      assertThat(hs.anyLeft(1)).isTrue();
      hs.infected(1, first + order[k]);
      infected.add(order[k]);
      if (size <= Households.SMALL) {
        long open = hs.open(1, 0);
        for (int i = 0; i < size; i++) {
          assertThat((open >>> i & 1) == 1).as("member %d open", i).isEqualTo(!infected.contains(i));
        }
      }
    }
    assertThat(hs.anyLeft(1)).isFalse();
    assertThat(hs.anyLeft(0)).isTrue();
    assertThat(hs.anyLeft(2)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 31})
  void aHouseholdWithAMemberStillToArriveIsReadFromTheSlotsUntilItArrives(int size) {
    PolicyTable t = table(size, 1); // every household's first member arrives on day 2 (step 4)
    Households hs = new Households(t);
    assertThat(hs.open(0, 3)).isEqualTo(-1);
    assertThat(hs.open(0, 4)).isEqualTo((1L << size) - 1);
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 31, 32, 40})
  void anOverwhelmingHouseholdRateInfectsEveryPresentMemberOnceWhateverTheSize(int size) {
    // household contacts only; the first member of household 0 is infectious from step 0, the
    // first members of households 1 and 2 are returnees arriving on day 2
    Community c = TestCommunities.grid(1, 1, 3, size, 1, -1, START.plusDays(2));
    TransmissionParameters householdOnly = new TransmissionParameters(1000, 0, 0, 0, 0, 0.25, 1.0);
    Simulation sim = EngineFixture.simulation(c, Interventions.NONE, model(householdOnly, caseFinding(1, 14, 0), noImports()));
    ResidentState st = new ResidentState(c.residentCount());
    int index = c.householdMembers().flatMembers()[c.householdMembers().offsets()[0] + 1]; // not the returnee
    st.state[index] = ResidentState.I;
    st.addActive(index);
    int[] times = new int[c.residentCount()];
    Transmission tr = new Transmission(sim, st, new SplittableRandom(size), (r, s, time, layer, by) -> {
      assertThat(layer).isEqualTo(Layer.HOUSEHOLD.ordinal());
      assertThat(st.state[r]).as("resident %d infected twice", r).isEqualTo(ResidentState.S);
      st.state[r] = ResidentState.E;
      times[r]++;
    }, 1L, 2L);
    tr.step(0);
    int[] slots = c.householdMembers().flatMembers();
    int returnee = slots[c.householdMembers().offsets()[0]];
    for (int m = 0; m < size; m++) {
      int r = slots[m];
      assertThat(times[r]).as("member %d after step 0", m).isEqualTo(r == index || r == returnee ? 0 : 1);
    }
    for (int s = 1; s < 6; s++) {
      tr.step(s);
    }
    for (int m = 0; m < size; m++) {
      int r = slots[m];
      assertThat(times[r]).as("member %d after step 5", m).isEqualTo(r == index ? 0 : 1);
    }
  }
}
