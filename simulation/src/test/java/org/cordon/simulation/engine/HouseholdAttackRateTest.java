package org.cordon.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * With the default household rate and the cited care-seeking delays, the household secondary
 * attack rate falls in the cited band 11-17.1% (Bi 2020: 11.2%; Jing 2020: 12.4-17.1%; Li F
 * 2021: 15.6%).
 */
class HouseholdAttackRateTest {
  @Test
  void householdSecondaryAttackRateFallsInTheCitedBand() {
    // 6,000 households of 3, about 1,800 index cases and 3,600 household contacts
    RunResult run = EngineFixture.householdOnlyReturnees().run(2020, 0);

    // With ~3,600 contacts the standard error of the rate is about 0.006, so an engine whose true
    // rate sits in the middle of the band fails this by chance with probability well below 0.1%.
    assertThat(run.householdContacts()).isGreaterThan(3000);
    assertThat(run.householdAttackRate()).isBetween(0.11, 0.171);
  }
}
