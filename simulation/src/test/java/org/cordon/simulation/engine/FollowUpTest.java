package org.cordon.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cordon.community.Community;
import org.cordon.simulation.disease.CaseFindingParameters;
import org.cordon.simulation.disease.DiseaseParameters;
import org.cordon.simulation.disease.ImportParameters;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.disease.TransmissionParameters;
import org.junit.jupiter.api.Test;

/**
 * A run followed past its last day: an outbreak still growing on the last day goes on until
 * nobody is exposed or infectious (or until the cap, which the result reports), and the series on
 * the horizon are those of the same run stopped on the last day.
 */
class FollowUpTest {
  private static final LocalDate START = LocalDate.of(2020, 1, 10);
  /** 3,000 residents: 1 compound, 20 buildings of 50 households of 3; every 50th household's first member a returnee. */
  private static final Community COMMUNITY = TestCommunities.grid(1, 20, 50, 3, 50, -1, START);

  /** Well above threshold, no response; care seeking isolates cases as by default. */
  private static ModelParameters growing() {
    return new ModelParameters(DiseaseParameters.defaults(),
        new TransmissionParameters(0.3, 0.3, 0.3, 0, 0, 0.25, 1.0),
        CaseFindingParameters.defaults().withContactsOutsideHousehold(0), new ImportParameters(0.5, 0, 0, 5));
  }

  private static PolicyTable table(int days) {
    return PolicyTable.compile(COMMUNITY, Interventions.NONE, START, START.plusDays(days - 1));
  }

  @Test
  void aGrowingRunIsFollowedPastTheLastDayUntilNobodyIsExposedOrInfectious() {
    PolicyTable table = table(20);
    Replicate rep = new Replicate(Simulation.of(table, growing(), 365), 3, 0);
    RunResult followed = rep.run();
    RunResult stopped = Simulation.of(table, growing(), 0).run(3, 0);

    int[] last = stopped.newInfections();
    assertThat(last[last.length - 1] + last[last.length - 2]).as("still growing on the last day").isPositive();
    assertThat(stopped.capped()).isTrue();
    assertThat(stopped.finalInfections()).isEqualTo(stopped.totalInfections());
    assertThat(stopped.daysFollowed()).isZero();

    assertThat(followed.capped()).isFalse();
    assertThat(followed.daysFollowed()).isPositive().isLessThan(365);
    assertThat(followed.finalInfections()).isGreaterThan(followed.totalInfections() + 100);
    assertThat(followed.finalConfirmed()).isGreaterThan(followed.totalConfirmed());
    for (int r = 0; r < COMMUNITY.residentCount(); r++) {
      byte s = rep.st.state[r];
      assertThat(s == ResidentState.S || s == ResidentState.R).as("resident %d in state %d", r, s).isTrue();
    }
    // the horizon's series and counts are those of the run stopped on the last day
    assertThat(followed.days()).isEqualTo(20);
    assertThat(followed.newInfections()).isEqualTo(stopped.newInfections());
    assertThat(followed.newConfirmed()).isEqualTo(stopped.newConfirmed());
    assertThat(followed.quarantined()).isEqualTo(stopped.quarantined());
    assertThat(followed.infectionsByLayer()).isEqualTo(stopped.infectionsByLayer());
    assertThat(followed.householdSecondaryCases()).isEqualTo(stopped.householdSecondaryCases());
  }

  @Test
  void theFollowUpStopsAtTheCapAndSaysSo() {
    RunResult capped = Simulation.of(table(20), growing(), 3).run(3, 0);
    assertThat(capped.capped()).isTrue();
    assertThat(capped.daysFollowed()).isEqualTo(3);
    assertThat(capped.finalInfections()).isGreaterThan(capped.totalInfections());
  }

  @Test
  void aRunOverByTheLastDayIsNotFollowed() {
    // the outbreak of a run without transmission is over once the imports have recovered and been confirmed
    ModelParameters none = growing().with(new TransmissionParameters(0, 0, 0, 0, 0, 0.25, 1.0));
    RunResult r = Simulation.of(table(120), none, 365).run(3, 0);
    assertThat(r.totalInfections()).isPositive();
    assertThat(r.capped()).isFalse();
    assertThat(r.daysFollowed()).isZero();
    assertThat(r.finalInfections()).isEqualTo(r.totalInfections());
    assertThat(r.finalConfirmed()).isEqualTo(r.totalConfirmed());
  }

  @Test
  void returneesArrivingAfterTheLastDayNeverArrive() {
    Community late = TestCommunities.grid(1, 2, 10, 3, 1, -1, START.plusDays(30));
    PolicyTable table = PolicyTable.compile(late, Interventions.NONE, START, START.plusDays(19));
    RunResult r = Simulation.of(table, growing().with(new ImportParameters(1, 0, 0, 5)), 365).run(1, 0);
    assertThat(r.finalInfections()).isZero();
    assertThat(r.capped()).isFalse();
    assertThat(r.daysFollowed()).isZero();
  }
}
