package org.cordon.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cordon.simulation.engine.EngineFixture.START;
import static org.cordon.simulation.engine.EngineFixture.caseFinding;
import static org.cordon.simulation.engine.EngineFixture.isolated;
import static org.cordon.simulation.engine.EngineFixture.model;
import static org.cordon.simulation.engine.EngineFixture.noImports;
import static org.cordon.simulation.engine.EngineFixture.noTransmission;
import static org.cordon.simulation.engine.EngineFixture.quarantined;
import static org.cordon.simulation.engine.EngineFixture.queued;
import static org.cordon.simulation.engine.EngineFixture.replicate;
import static org.cordon.simulation.engine.EngineFixture.steps;
import static org.cordon.simulation.engine.EngineFixture.symptomatic;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cordon.community.Community;
import org.cordon.measure.ContactQuarantine;
import org.cordon.measure.ContainmentAssumptions;
import org.cordon.simulation.disease.CaseFindingParameters;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.trace.CloseContactRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Detection, confirmation, tracing and quarantine on small hand-built communities, one step at a
 * time, with no transmission (so nothing but case finding changes the residents' flags).
 */
class CaseFindingTest {
  /** One compound, one building, 4 households of 3: resident 3h + m is member m of household h. */
  private static final Community FOUR_HOUSEHOLDS = TestCommunities.grid(1, 1, 4, 3, 0, -1, START);

  private static ModelParameters model(CaseFindingParameters cf) {
    return EngineFixture.model(noTransmission(), cf, noImports());
  }

  @ParameterizedTest(name = "tracing delay {0} d, quarantine {1} d")
  @CsvSource({"2, 5", "1, 14", "0.5, 3"})
  void quarantineStartsAfterTheTracingDelayAndEndsAfterItsDuration(double delay, double days) {
    Replicate rep = replicate(FOUR_HOUSEHOLDS, Interventions.NONE, model(caseFinding(delay, days, 0)), 1);
    symptomatic(rep, 0);
    int confirmed = 3;
    rep.caseFinding.confirm(0, confirmed);
    int from = confirmed + (int) Math.round(delay * 2);
    int until = from + (int) Math.round(days * 2);
    for (int s = confirmed + 1; s < until + 4; s++) {
      rep.step(s);
      boolean expected = s >= from && s < until;
      assertThat(quarantined(rep, 1)).as("member 1 at step %d", s).isEqualTo(expected);
      assertThat(quarantined(rep, 2)).as("member 2 at step %d", s).isEqualTo(expected);
      assertThat(rep.tally.quarantinedNow).as("quarantined at step %d", s).isEqualTo(expected ? 2 : 0);
    }
    assertThat(rep.tally.closeContacts).isEqualTo(2);
    assertThat(rep.tally.newConfirmed[confirmed / 2]).isEqualTo(1);
  }

  @Test
  void aTimelineQuarantineMeasureSetsTheDelayAndDurationAndOnlyTracesWhileInForce() {
    // quarantine measure from day 5: 1.5 days' delay (3 steps), 7 days (14 steps)
    ContactQuarantine q = ContactQuarantine.of("q", START.plusDays(5).atStartOfDay(), Optional.empty(),
        CloseContactRule.DEFAULT.layers(), 2, 1.5, 7);
    Interventions timeline = TestTimelines.of(FOUR_HOUSEHOLDS, START, START.plusDays(EngineFixture.DAYS - 1),
        ContainmentAssumptions.defaults(), q);
    Replicate rep = replicate(FOUR_HOUSEHOLDS, timeline, model(caseFinding(1, 14, 0)), 1);
    symptomatic(rep, 0);
    symptomatic(rep, 3);
    rep.caseFinding.confirm(0, 4); // day 2: no quarantine measure yet, so nobody is traced
    rep.caseFinding.confirm(3, 10); // day 5
    steps(rep, 5, 40);
    assertThat(rep.tally.closeContacts).isEqualTo(2);
    assertThat(quarantined(rep, 1)).isFalse();
    assertThat(quarantined(rep, 4)).isFalse(); // ended at step 13 + 14 = 27
    Replicate again = replicate(FOUR_HOUSEHOLDS, timeline, model(caseFinding(1, 14, 0)), 1);
    symptomatic(again, 3);
    again.caseFinding.confirm(3, 10);
    steps(again, 11, 13);
    assertThat(quarantined(again, 4)).isFalse();
    steps(again, 13, 27);
    assertThat(quarantined(again, 4)).isTrue();
    assertThat(quarantined(again, 5)).isTrue();
    steps(again, 27, 28);
    assertThat(quarantined(again, 4)).isFalse();
  }

  @Test
  void tracingQuarantinesTheHouseholdMembersPresentButNotTheCaseNorOtherHouseholds() {
    // the first member of every household is a returnee arriving on day 10
    Community c = TestCommunities.grid(1, 1, 4, 3, 1, -1, START.plusDays(10));
    Replicate rep = replicate(c, Interventions.NONE, model(caseFinding(1, 14, 0)), 1);
    symptomatic(rep, 1);
    rep.caseFinding.confirm(1, 2);
    assertThat(queued(rep, 4, EventQueue.QUARANTINE)).containsExactly(2);
  }

  @Test
  void detectedOrIsolatedResidentsAreNotQuarantinedAndARepeatedQuarantineIsExtended() {
    Replicate rep = replicate(FOUR_HOUSEHOLDS, Interventions.NONE, model(caseFinding(1, 5, 0)), 1);
    symptomatic(rep, 0);
    rep.caseFinding.detect(0, 0);
    rep.caseFinding.quarantine(0, 1);
    assertThat(quarantined(rep, 0)).isFalse();
    rep.caseFinding.quarantine(1, 2); // would end at 12
    steps(rep, 3, 6);
    rep.caseFinding.quarantine(1, 6); // now ends at 16
    steps(rep, 7, 16);
    assertThat(quarantined(rep, 1)).isTrue();
    rep.step(16);
    assertThat(quarantined(rep, 1)).isFalse();
    assertThat(rep.tally.closeContacts).isEqualTo(1);
    assertThat(rep.tally.quarantinedNow).isZero();
  }

  @Test
  void detectionIsolatesTheCaseThenConfirmsAndDischargesItOnTime() {
    CaseFindingParameters cf = caseFinding(1, 14, 0); // confirmation 1 d, isolation 21 d
    Replicate rep = replicate(FOUR_HOUSEHOLDS, Interventions.NONE, model(cf), 1);
    symptomatic(rep, 0);
    rep.caseFinding.quarantine(0, 0);
    rep.caseFinding.detect(0, 1);
    assertThat(isolated(rep, 0)).isTrue();
    assertThat(quarantined(rep, 0)).isFalse(); // isolation replaces quarantine
    assertThat(rep.st.isActive(0)).isFalse();
    assertThat(rep.tally.isolatedNow).isEqualTo(1);
    assertThat(rep.tally.quarantinedNow).isZero();
    int confirm = 1 + (int) Math.round(cf.confirmationDays() * 2);
    int discharge = 1 + (int) Math.round(cf.isolationDays() * 2);
    steps(rep, 2, confirm);
    assertThat(rep.tally.newConfirmed).containsOnly(0);
    rep.step(confirm);
    assertThat(rep.tally.newConfirmed[confirm / 2]).isEqualTo(1);
    steps(rep, confirm + 1, discharge);
    assertThat(isolated(rep, 0)).isTrue();
    rep.step(discharge);
    assertThat(isolated(rep, 0)).isFalse();
    assertThat(rep.tally.isolatedNow).isZero();
    rep.caseFinding.detect(0, discharge + 1); // a case is detected once
    assertThat(rep.tally.isolatedNow).isZero();
  }

  @Test
  void onlyInfectiousSymptomaticResidentsAreDetected() {
    Replicate rep = replicate(FOUR_HOUSEHOLDS, Interventions.NONE, model(caseFinding(1, 14, 0)), 1);
    rep.caseFinding.detect(0, 0); // susceptible
    rep.st.state[1] = ResidentState.E;
    rep.caseFinding.detect(1, 0); // latent
    EngineFixture.asymptomatic(rep, 2);
    rep.caseFinding.detect(2, 0);
    EngineFixture.presymptomatic(rep, 3);
    rep.caseFinding.detect(3, 0); // presymptomatic: found (e.g. a quarantined case at onset)
    assertThat(isolated(rep, 0)).isFalse();
    assertThat(isolated(rep, 1)).isFalse();
    assertThat(isolated(rep, 2)).isFalse();
    assertThat(isolated(rep, 3)).isTrue();
  }

  @Test
  void aSymptomaticCaseInQuarantineIsFoundAfterTheQuarantineDetectionDelay() {
    CaseFindingParameters cf = caseFinding(1, 14, 0);
    int delay = (int) Math.round(cf.quarantineDetectionDays() * 2);
    Replicate rep = replicate(FOUR_HOUSEHOLDS, Interventions.NONE, model(cf), 1);
    EngineFixture.presymptomatic(rep, 0);
    rep.caseFinding.quarantine(0, 0);
    rep.st.state[0] = ResidentState.I;
    rep.caseFinding.onset(0, 2);
    assertThat(queued(rep, 2 + delay, EventQueue.DETECT)).containsExactly(0);
    symptomatic(rep, 3);
    rep.caseFinding.quarantine(3, 4); // already symptomatic when quarantined
    assertThat(queued(rep, 4 + delay, EventQueue.DETECT)).containsExactly(3);
  }

  @Test
  void theBuildingDrawQuarantinesAPoissonNumberOfResidentsOfTheCasesBuildingOutsideItsHousehold() {
    // one compound, 2 buildings of 100 households of 2: resident 2h + m; building 0 is households 0-99
    Community c = TestCommunities.grid(1, 2, 100, 2, 0, -1, START);
    double mean = 3.0;
    Simulation sim = EngineFixture.simulation(c, Interventions.NONE, model(caseFinding(1, 14, mean)));
    long seed = 5;
    PoissonSampler counts = PoissonSampler.of(RandomStreams.stream(seed, 0, RandomStreams.Purpose.TRACING), 0, mean);
    int total = 0;
    int cases = 0;
    for (int i = 0; i < 200; i += 2) {
      final int r = i;
      Replicate rep = replicate(sim, seed);
      symptomatic(rep, r);
      rep.caseFinding.confirm(r, 2);
      List<Integer> traced = queued(rep, 4, EventQueue.QUARANTINE);
      assertThat(traced).contains(r + 1);
      List<Integer> outside = traced.stream().filter(j -> j / 2 != r / 2).toList();
      assertThat(outside).as("case %d", r).allMatch(j -> j < 200, "in building 0");
      // with 199 of 200 draws outside the household, all k are found (failure chance ~1e-7)
      assertThat(outside).hasSize(counts.sample(r));
      total += outside.size();
      cases++;
    }
    // Poisson(3) over 100 cases: the mean's sd is 0.17; 0.7 is 4 sd (fails by chance < 1e-4)
    assertThat((double) total / cases).isCloseTo(mean, org.assertj.core.data.Offset.offset(0.7));
  }

  @Test
  void theBuildingDrawSkipsResidentsNotYetArrived() {
    // the first member of every household is a returnee arriving on day 10, so before that only
    // second members can be drawn
    Community c = TestCommunities.grid(1, 1, 100, 2, 1, -1, START.plusDays(10));
    Simulation sim = EngineFixture.simulation(c, Interventions.NONE, model(caseFinding(1, 14, 5.0)));
    Set<Integer> drawn = new TreeSet<>();
    for (int r = 1; r < 200; r += 2) {
      Replicate rep = replicate(sim, 3);
      symptomatic(rep, r);
      rep.caseFinding.confirm(r, 2);
      drawn.addAll(queued(rep, 4, EventQueue.QUARANTINE));
    }
    assertThat(drawn).isNotEmpty().allMatch(j -> j % 2 == 1, "a resident who has arrived");
  }
}
