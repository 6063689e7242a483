package org.cordon.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cordon.simulation.engine.EngineFixture.START;
import static org.cordon.simulation.engine.EngineFixture.caseFinding;
import static org.cordon.simulation.engine.EngineFixture.isolated;
import static org.cordon.simulation.engine.EngineFixture.model;
import static org.cordon.simulation.engine.EngineFixture.noImports;
import static org.cordon.simulation.engine.EngineFixture.noTransmission;
import static org.cordon.simulation.engine.EngineFixture.surveyEveryone;
import static org.cordon.simulation.engine.EngineFixture.symptomatic;

import org.cordon.community.Community;
import org.junit.jupiter.api.Test;

/** The door-to-door survey's (摸排) temperature checks, one step at a time, without transmission. */
class SurveyDetectionTest {
  /** 500 households of 2: 1,000 residents. */
  private static final Community THOUSAND = TestCommunities.grid(1, 10, 50, 2, 0, -1, START);

  private static Replicate replicate(Interventions survey, long seed) {
    return EngineFixture.replicate(THOUSAND, survey, model(noTransmission(), caseFinding(1, 14, 0), noImports()), seed);
  }

  private static int found(Replicate rep) {
    int n = 0;
    for (int r = 0; r < THOUSAND.residentCount(); r++) {
      n += isolated(rep, r) ? 1 : 0;
    }
    return n;
  }

  @Test
  void aCheckWithFullSensitivityFindsEverySymptomaticResidentOnItsDayStep() {
    Replicate rep = replicate(surveyEveryone(1.0), 1);
    for (int r = 0; r < 100; r++) {
      symptomatic(rep, r);
    }
    rep.step(1); // the night step checks nobody
    assertThat(found(rep)).isZero();
    rep.step(2);
    assertThat(found(rep)).isEqualTo(100);
    assertThat(rep.tally.isolatedNow).isEqualTo(100);
  }

  @Test
  void aCheckFindsNobodyPresymptomaticOrAsymptomatic() {
    Replicate rep = replicate(surveyEveryone(1.0), 1);
    for (int r = 0; r < 50; r++) {
      EngineFixture.presymptomatic(rep, r);
      EngineFixture.asymptomatic(rep, 50 + r);
    }
    EngineFixture.steps(rep, 0, 10);
    assertThat(found(rep)).isZero();
  }

  @Test
  void withoutVisitsNobodyIsFound() {
    Replicate rep = replicate(Interventions.NONE, 1);
    for (int r = 0; r < 100; r++) {
      symptomatic(rep, r);
    }
    rep.caseFinding.survey(0);
    assertThat(found(rep)).isZero();
  }

  @Test
  void aCheckFindsTheSensitivityShareOfSymptomaticResidents() {
    Replicate rep = replicate(surveyEveryone(0.6), 2);
    for (int r = 0; r < 1000; r++) {
      symptomatic(rep, r);
    }
    rep.caseFinding.survey(0);
    // binomial(1000, 0.6): sd 15.5; 65 is over 4 sd (fails by chance < 1e-4); seed fixed
    assertThat(found(rep)).isBetween(535, 665);
  }

  @Test
  void whoIsFoundIsTheSameInEveryVariantWithTheSameSeed() {
    Replicate a = replicate(surveyEveryone(0.5), 3);
    Replicate b = EngineFixture.replicate(THOUSAND, surveyEveryone(0.5),
        model(EngineFixture.overwhelming(), caseFinding(2, 10, 1), noImports()), 3);
    for (int r = 0; r < 1000; r += 3) {
      symptomatic(a, r);
      symptomatic(b, r);
    }
    a.caseFinding.survey(4);
    b.caseFinding.survey(4);
    for (int r = 0; r < 1000; r++) {
      assertThat(isolated(b, r)).as("resident %d", r).isEqualTo(isolated(a, r));
    }
  }
}
