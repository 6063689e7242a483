package org.cordon.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cordon.simulation.engine.EngineFixture.START;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.cordon.community.Community;
import org.cordon.community.CommunityBuilder;
import org.cordon.community.CompoundKind;
import org.cordon.community.ReturneeOrigin;
import org.cordon.community.Sex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Susceptibles}: the bit a sweep reads per candidate must say exactly what the arrival step
 * and the infections say ("arrived by the step drawn and not infected"), across word boundaries,
 * for returnees arriving on several days (before the start, during the run, never) and for
 * residents infected before, at and after their arrival, whatever steps are skipped.
 */
class SusceptiblesTest {
  private static final int DAYS = 20;

  /**
   * 150 residents in households of 3; every other resident a returnee arriving on a seeded day
   * from 3 days before the start to 3 days after the end (so some never arrive).
   */
  private static PolicyTable table(long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    CommunityBuilder b = Community.builder();
    int unit = b.addResponsibilityUnit(b.addGrid(b.addZone("Z"), "G"), "U");
    int area = b.addArea("A");
    int compound = b.addCompound("C", CompoundKind.OLD_OPEN_COMPOUND, unit, area);
    b.addCheckpoint("C-gate", compound);
    int building = b.addBuilding(compound, "B");
    for (int h = 0; h < 50; h++) {
      int hh = b.addHousehold(building);
      for (int m = 0; m < 3; m++) {
        boolean returnee = rng.nextBoolean();
        LocalDate arrival = returnee ? START.plusDays(rng.nextInt(-3, DAYS + 3)) : null;
        b.addResident(hh, 30 + m, Sex.FEMALE, Community.NONE, returnee ? ReturneeOrigin.WUHAN : ReturneeOrigin.NONE, arrival);
      }
    }
    Community c = b.build();
    return PolicyTable.compile(c, Interventions.NONE, START, START.plusDays(DAYS - 1));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void openIsArrivedAndNotInfected(long seed) {
    PolicyTable t = table(seed);
    Susceptibles sus = new Susceptibles(t);
    int n = t.arrivalStep.length;
    boolean[] infected = new boolean[n];
    SplittableRandom rng = new SplittableRandom(seed * 31);
    for (int s = 0; s < DAYS * PolicyTable.STEPS_PER_DAY; s += 1 + rng.nextInt(3)) {
      for (int k = 0; k < 3; k++) { // some infected before the step's arrivals (imports, seeds)
        int r = rng.nextInt(n);
        if (!infected[r]) {
          infected[r] = true;
          assertThat(t.householdMembers[sus.infected(r)]).isEqualTo(r);
        }
      }
      sus.arrive(s);
      for (int k = 0; k < 2; k++) { // and some during the step's draws
        int r = rng.nextInt(n);
        if (!infected[r]) {
          infected[r] = true;
          sus.infected(r);
        }
      }
      for (int r = 0; r < n; r++) {
        boolean expected = t.arrivalStep[r] <= s && !infected[r];
        assertThat(sus.open(r)).as("resident %d at step %d (arrives %d)", r, s, t.arrivalStep[r]).isEqualTo(expected);
        int slotValue = sus.bySlot[t.memberSlot[r]];
        assertThat(slotValue).isEqualTo(infected[r] ? Susceptibles.INFECTED : t.arrivalStep[r]);
      }
    }
  }
}
