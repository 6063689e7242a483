package org.cordon.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cordon.simulation.engine.EngineFixture.START;

import org.cordon.community.Community;
import org.cordon.contact.Layer;
import org.junit.jupiter.api.Test;

/** The replicate's counts, fed by hand. */
class DailyTallyTest {
  private static DailyTally tally(Community c) {
    return new DailyTally(PolicyTable.compile(c, Interventions.NONE, START, START.plusDays(9)));
  }

  @Test
  void infectionsAreCountedByDayLayerAndCompound() {
    // 2 compounds of 1 building of 2 households of 3: resident 6c + 3h + m
    DailyTally t = tally(TestCommunities.grid(2, 1, 2, 3, 0, -1, START));
    t.infection(0, 0, -1); // day 0, import
    t.infection(1, 1, Layer.HOUSEHOLD.ordinal()); // day 0
    t.infection(7, 4, Layer.COMMUNITY.ordinal()); // day 2, compound 1
    t.infection(3, 5, Layer.BUILDING.ordinal()); // day 2
    t.imported(0);
    assertThat(t.newInfections).startsWith(2, 0, 2, 0);
    assertThat(t.newImported).startsWith(1, 0, 0);
    assertThat(t.byCompound).containsExactly(3, 1);
    assertThat(t.byLayer[Layer.HOUSEHOLD.ordinal()]).isEqualTo(1);
    assertThat(t.byLayer[Layer.COMMUNITY.ordinal()]).isEqualTo(1);
    assertThat(t.byLayer[Layer.BUILDING.ordinal()]).isEqualTo(1);
    assertThat(t.householdInfections).isEqualTo(1);
  }

  @Test
  void householdContactsAreTheOtherMembersPresentAtTheHouseholdsFirstInfection() {
    // households of 3 whose first member arrives on day 3
    DailyTally t = tally(TestCommunities.grid(1, 1, 3, 3, 1, -1, START.plusDays(3)));
    t.infection(1, 0, -1); // household 0 at step 0: members 1 and 2 present, 1 contact
    t.infection(2, 1, Layer.HOUSEHOLD.ordinal()); // the same household: no new contacts
    t.infection(3, 6, -1); // household 1 on day 3: all 3 present, 2 contacts
    assertThat(t.householdContacts).isEqualTo(3);
    assertThat(t.householdInfections).isEqualTo(1);
  }

  @Test
  void theDaysSeriesHoldTheCountsAtTheEndOfTheDay() {
    DailyTally t = tally(TestCommunities.grid(1, 1, 2, 2, 0, -1, START));
    t.quarantinedNow = 3;
    t.isolatedNow = 1;
    t.closeContacts = 4;
    t.endOfDay(0);
    t.quarantinedNow = 0;
    t.closeContacts = 6;
    t.endOfDay(1);
    t.confirmed(3);
    RunResult r = t.result(0.5, new HouseholdIndexCases(2, 5, 1, 1));
    assertThat(r.quarantined()).startsWith(3, 0);
    assertThat(r.isolated()).startsWith(1, 1, 0);
    assertThat(r.closeContacts()).startsWith(4, 6);
    assertThat(r.newConfirmed()).startsWith(0, 1);
    assertThat(r.presymptomaticTransmissions()).isEqualTo(0.5);
    assertThat(r.days()).isEqualTo(10);
    assertThat(r.householdSecondaryAttackRate()).isEqualTo(0.2);
  }

  @Test
  void aReplicatesSeriesAreWrittenAfterTheNightStep() {
    Replicate rep = EngineFixture.replicate(TestCommunities.grid(1, 1, 2, 2, 0, -1, START), Interventions.NONE,
        EngineFixture.model(EngineFixture.noTransmission(), EngineFixture.caseFinding(1, 14, 0), EngineFixture.noImports()), 1);
    rep.caseFinding.quarantine(1, 0);
    rep.step(0);
    assertThat(rep.tally.quarantinedSeries[0]).isZero(); // not yet written after the day step
    rep.step(1);
    assertThat(rep.tally.quarantinedSeries[0]).isEqualTo(1);
    assertThat(rep.tally.closeContactSeries[0]).isEqualTo(1);
  }
}
