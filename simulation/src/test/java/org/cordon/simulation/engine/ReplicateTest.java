package org.cordon.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cordon.simulation.engine.EngineFixture.START;
import static org.cordon.simulation.engine.EngineFixture.caseFinding;
import static org.cordon.simulation.engine.EngineFixture.model;
import static org.cordon.simulation.engine.EngineFixture.noImports;
import static org.cordon.simulation.engine.EngineFixture.noTransmission;

import org.cordon.community.Community;
import org.cordon.contact.Layer;
import org.junit.jupiter.api.Test;

/**
 * The replicate loop: an infection's phases follow its drawn course on the half-day grid, and a
 * whole run is a pure function of (simulation, seed, replicate).
 */
class ReplicateTest {
  private static final Community HOUSEHOLDS = TestCommunities.grid(1, 4, 50, 2, 0, -1, START);

  @Test
  void aLocalInfectionGoesThroughItsPhasesAtTheStepsOfItsCourse() {
    Simulation sim = EngineFixture.simulation(HOUSEHOLDS, Interventions.NONE, model(noTransmission(), caseFinding(1, 14, 0), noImports()));
    long seed = 9;
    NaturalHistory.Draws draws = sim.history().draws(RandomStreams.stream(seed, 0, RandomStreams.Purpose.NATURAL_HISTORY),
        RandomStreams.stream(seed, 0, RandomStreams.Purpose.CASE_FINDING));
    int checked = 0;
    for (int r = 0; r < HOUSEHOLDS.residentCount(); r += 7) {
      Replicate rep = EngineFixture.replicate(sim, seed);
      int now = 4;
      double time = (now + 0.5) / 2;
      NaturalHistory.Course c = new NaturalHistory.Course();
      draws.draw(r, time, c);
      int toP = Math.max(now + 1, Replicate.stepOf(c.infectious));
      int onset = Math.max(toP, Replicate.stepOf(c.onset));
      int recover = Math.max(onset + 1, Replicate.stepOf(c.recovery));
      rep.infect(r, now, time, Layer.HOUSEHOLD.ordinal(), ResidentState.INFECTOR_GROUP);
      assertThat(rep.st.state[r]).isEqualTo(ResidentState.E);
      assertThat(rep.st.onsetStep[r]).isEqualTo(onset);
      for (int s = now + 1; s < Math.min(recover + 2, EngineFixture.DAYS * 2); s++) {
        rep.step(s);
        byte expected;
        if (s < toP) {
          expected = ResidentState.E;
        } else if (s < onset) {
          expected = ResidentState.P;
        } else if (s < recover) {
          expected = c.asymptomatic ? ResidentState.A : ResidentState.I;
        } else {
          expected = ResidentState.R;
        }
        if (EngineFixture.isolated(rep, r)) {
          // detected by care seeking: no longer infectious to others, the phases go on
          assertThat(c.asymptomatic).isFalse();
          assertThat(s).isGreaterThanOrEqualTo(Math.max(onset, Replicate.stepOf(c.detection)));
          assertThat(rep.st.isActive(r)).isFalse();
        } else {
          assertThat(rep.st.isActive(r)).as("resident %d step %d", r, s)
              .isEqualTo(expected == ResidentState.P || expected == ResidentState.I || expected == ResidentState.A);
        }
        assertThat(rep.st.state[r]).as("resident %d step %d", r, s).isEqualTo(expected);
      }
      checked++;
    }
    assertThat(checked).isGreaterThan(20);
  }

  @Test
  void anAsymptomaticCaseIsNeverDetected() {
    var d = org.cordon.simulation.disease.DiseaseParameters.defaults();
    var allSilent = new org.cordon.simulation.disease.DiseaseParameters(1.0, d.incubationMeanlog(), d.incubationSdlog(),
        d.presymptomaticDays(), d.minLatentDays(), d.symptomaticInfectiousDays(), d.asymptomaticInfectiousDays(),
        d.asymptomaticRelativeInfectiousness());
    Simulation sim = EngineFixture.simulation(HOUSEHOLDS, EngineFixture.surveyEveryone(),
        model(noTransmission(), EngineFixture.survey(1.0, 1.0), noImports()).with(allSilent));
    Replicate rep = EngineFixture.replicate(sim, 1);
    for (int r = 0; r < 50; r++) {
      rep.infect(r, 0, 0.25, Layer.HOUSEHOLD.ordinal(), ResidentState.INFECTOR_GROUP);
    }
    EngineFixture.steps(rep, 1, EngineFixture.DAYS * 2);
    assertThat(rep.tally.newConfirmed).containsOnly(0);
    for (int r = 0; r < 50; r++) {
      assertThat(rep.st.state[r]).isEqualTo(ResidentState.R);
    }
  }

  @Test
  void aRunIsAPureFunctionOfSeedAndReplicate() {
    Community c = TestCommunities.grid(2, 3, 20, 3, 4, -1, START.plusDays(2));
    Simulation sim = EngineFixture.simulation(c, Interventions.NONE,
        org.cordon.simulation.disease.ModelParameters.defaults().with(org.cordon.simulation.disease.ImportParameters.ofWuhanShare(0.3)));
    RunResult a = sim.run(4, 2);
    assertThat(sim.run(4, 2)).isEqualTo(a);
    assertThat(a.totalInfections()).isPositive();
    assertThat(sim.run(4, 3)).isNotEqualTo(a);
  }
}
