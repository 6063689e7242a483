package org.cordon.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cordon.community.Community;
import org.cordon.simulation.disease.ImportParameters;
import org.cordon.simulation.disease.ModelParameters;
import org.junit.jupiter.api.Test;

/**
 * With the default natural history and care-seeking delays, the share of transmission from
 * presymptomatic residents falls in He et al.'s (Nat Med 2020) 95% interval, 30-57% (point
 * estimate 44%).
 */
class PresymptomaticShareTest {
  private static final LocalDate START = LocalDate.of(2020, 1, 20);

  @Test
  void presymptomaticShareOfTransmissionFallsInTheCitedInterval() {
    Community community = TestCommunities.grid(4, 10, 30, 3, 5, -1, START);
    ModelParameters p = ModelParameters.defaults().with(ImportParameters.ofWuhanShare(0.2));
    Simulation sim = Simulation.of(PolicyTable.compile(community, Interventions.NONE, START, START.plusDays(90)), p);
    double pre = 0;
    int local = 0;
    for (int i = 0; i < 10; i++) {
      RunResult r = sim.run(44, i);
      pre += r.presymptomaticTransmissions();
      for (int x : r.infectionsByLayer()) {
        local += x;
      }
    }
    // Thousands of local infections: the share's sampling error is about 0.01, far inside the
    // interval's width; fixed seed.
    assertThat(local).isGreaterThan(1000);
    assertThat(pre / local).isBetween(0.30, 0.57);
  }
}
