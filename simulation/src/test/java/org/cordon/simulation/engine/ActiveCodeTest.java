package org.cordon.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ResidentState#activeCode}, the copy of an active resident's flags and presymptomatic
 * state that the pressure sums read instead of the per-resident arrays: it must not go stale while
 * the resident is active (onset turns P into I or A, quarantine and its end and the move to a
 * facility change the flags). Whole replicates with imports, transmission, tracing and quarantine
 * at home and then in a facility, checked after every step, seeded; and the paths must be taken
 * (quarantined, presymptomatic and asymptomatic active residents seen).
 */
class ActiveCodeTest {
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void theCodesOfTheActiveResidentsStayCurrentThroughAReplicate(long seed) {
    Replicate rep = EngineFixture.replicate(EngineFixture.busyGrid(), seed);
    rep.importation.schedule(rep.queue); // as run() does
    int quarantined = 0;
    int presymptomatic = 0;
    int asymptomatic = 0;
    for (int s = 0; s < 2 * EngineFixture.DAYS; s++) {
      rep.step(s);
      assertThat(rep.st.codesCurrent()).as("codes current after step %d", s).isTrue();
      for (int k = 0; k < rep.st.activeCount; k++) {
        int code = rep.st.activeCode[k];
        quarantined += (code & ResidentState.F_QUARANTINED) != 0 ? 1 : 0;
        presymptomatic += (code & ResidentState.C_PRESYMPTOMATIC) != 0 ? 1 : 0;
        asymptomatic += (code & ResidentState.F_ASYMPTOMATIC) != 0 ? 1 : 0;
      }
    }
    assertThat(quarantined).as("quarantined active residents seen").isPositive();
    assertThat(presymptomatic).as("presymptomatic active residents seen").isPositive();
    assertThat(asymptomatic).as("asymptomatic active residents seen").isPositive();
  }
}
