package org.cordon.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cordon.simulation.engine.EngineFixture.START;
import static org.cordon.simulation.engine.EngineFixture.caseFinding;
import static org.cordon.simulation.engine.EngineFixture.model;
import static org.cordon.simulation.engine.EngineFixture.noImports;
import static org.cordon.simulation.engine.EngineFixture.overwhelming;

import org.cordon.community.Community;
import org.cordon.simulation.disease.QuarantineSetting;
import org.junit.jupiter.api.Test;

/**
 * Quarantine at home against in a facility, on {@link TestCommunities#layered()} (36 residents,
 * households of 3: residents 0, 1, 2 share one) with rates so high that every group an infectious
 * resident reaches is infected: in a facility a quarantined contact has no household contact, at
 * home it has.
 */
class FacilityQuarantineTest {
  private static final Community LAYERED = TestCommunities.layered();

  /** A replicate whose contacts go to a facility from day {@code facilityDay} (or stay home). */
  private static Replicate replicate(QuarantineSetting setting, int facilityDay) {
    return EngineFixture.replicate(LAYERED, Interventions.NONE, model(overwhelming(),
        caseFinding(1, 14, 0).withQuarantine(setting, START.plusDays(facilityDay)), noImports()), 1);
  }

  private static boolean infected(Replicate rep, int r) {
    return rep.st.state[r] != ResidentState.S;
  }

  @Test
  void anInfectiousContactInAFacilityInfectsNobodyAtHome() {
    Replicate rep = replicate(QuarantineSetting.FACILITY, 0);
    EngineFixture.presymptomatic(rep, 0);
    rep.caseFinding.quarantine(0, 0);
    rep.transmission.step(1);
    assertThat(infected(rep, 1) || infected(rep, 2)).isFalse();
    assertThat(rep.tally.newInfections[0]).isZero();
  }

  @Test
  void anInfectiousContactQuarantinedAtHomeInfectsItsHousehold() {
    for (Replicate rep : new Replicate[] {replicate(QuarantineSetting.HOME, 0), replicate(QuarantineSetting.FACILITY, 5)}) {
      EngineFixture.presymptomatic(rep, 0);
      rep.caseFinding.quarantine(0, 0); // day 0: at home (HOME, or before the facility date)
      rep.transmission.step(1);
      assertThat(infected(rep, 1) && infected(rep, 2)).isTrue();
      assertThat(rep.tally.byLayer[org.cordon.contact.Layer.HOUSEHOLD.ordinal()]).isEqualTo(2);
      assertThat(rep.tally.newInfections[0]).isEqualTo(2); // nobody outside the household
    }
  }

  @Test
  void aSusceptibleContactInAFacilityIsNotInfectedByItsHousehold() {
    Replicate rep = replicate(QuarantineSetting.FACILITY, 0);
    EngineFixture.presymptomatic(rep, 0);
    rep.caseFinding.quarantine(1, 0);
    rep.transmission.step(1);
    assertThat(infected(rep, 1)).isFalse();
    assertThat(infected(rep, 2)).isTrue();
  }

  @Test
  void aReleasedContactIsBackInItsHousehold() {
    Replicate rep = replicate(QuarantineSetting.FACILITY, 0);
    rep.caseFinding.quarantine(1, 0);
    int end = rep.st.quarantineEnd[1];
    rep.caseFinding.quarantineEnd(1, end);
    EngineFixture.presymptomatic(rep, 0);
    rep.transmission.step(end + 1);
    assertThat(infected(rep, 1)).isTrue();
  }
}
