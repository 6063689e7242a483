package org.cordon.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cordon.simulation.engine.EngineFixture.START;
import static org.cordon.simulation.engine.EngineFixture.isolated;
import static org.cordon.simulation.engine.EngineFixture.model;
import static org.cordon.simulation.engine.EngineFixture.noImports;
import static org.cordon.simulation.engine.EngineFixture.noTransmission;
import static org.cordon.simulation.engine.EngineFixture.survey;
import static org.cordon.simulation.engine.EngineFixture.surveyEveryone;
import static org.cordon.simulation.engine.EngineFixture.symptomatic;

import org.cordon.community.Community;
import org.cordon.simulation.disease.CaseFindingParameters;
import org.junit.jupiter.api.Test;

/**
 * The door-to-door survey's (摸排) temperature checks, one step at a time, without transmission:
 * a check can find only febrile symptomatic residents (febrile drawn once per case, keyed by
 * resident), each with the model's one survey sensitivity.
 */
class SurveyDetectionTest {
  /** 500 households of 2: 1,000 residents. */
  private static final Community THOUSAND = TestCommunities.grid(1, 10, 50, 2, 0, -1, START);

  private static Replicate replicate(Interventions visits, CaseFindingParameters cf, long seed) {
    return EngineFixture.replicate(THOUSAND, visits, model(noTransmission(), cf, noImports()), seed);
  }

  private static int found(Replicate rep) {
    int n = 0;
    for (int r = 0; r < THOUSAND.residentCount(); r++) {
      n += isolated(rep, r) ? 1 : 0;
    }
    return n;
  }

  @Test
  void aCheckWithFullSensitivityFindsEveryFebrileSymptomaticResidentOnItsDayStep() {
    Replicate rep = replicate(surveyEveryone(), survey(1.0, 1.0), 1);
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
    Replicate rep = replicate(surveyEveryone(), survey(1.0, 1.0), 1);
    for (int r = 0; r < 50; r++) {
      EngineFixture.presymptomatic(rep, r);
      EngineFixture.asymptomatic(rep, 50 + r);
    }
    EngineFixture.steps(rep, 0, 10);
    assertThat(found(rep)).isZero();
  }

  @Test
  void withoutVisitsNobodyIsFound() {
    Replicate rep = replicate(Interventions.NONE, survey(1.0, 1.0), 1);
    for (int r = 0; r < 100; r++) {
      symptomatic(rep, r);
    }
    rep.caseFinding.survey(0);
    assertThat(found(rep)).isZero();
  }

  @Test
  void aNonFebrileCaseIsNeverFoundByTheSurvey() {
    // default febrile share; perfect checks every day for 20 days (the cases never recover here)
    Replicate rep = replicate(surveyEveryone(), survey(CaseFindingParameters.defaults().febrileShare(), 1.0), 4);
    for (int r = 0; r < 1000; r++) {
      symptomatic(rep, r);
    }
    for (int s = 0; s < 40; s += 2) {
      rep.caseFinding.survey(s);
    }
    int afebrile = 0;
    for (int r = 0; r < 1000; r++) {
      assertThat(isolated(rep, r)).as("resident %d", r).isEqualTo(rep.caseFinding.febrile(r));
      afebrile += rep.caseFinding.febrile(r) ? 0 : 1;
    }
    // binomial(1000, 0.113): sd 10; 45 is over 4 sd (fails by chance < 1e-4); seed fixed
    assertThat(afebrile).isBetween(113 - 45, 113 + 45);
  }

  @Test
  void theFebrileDrawIsKeyedByResidentTheSameInEveryVariant() {
    // two variants: other measures, other transmission, other tracing; same seed and replicate
    Replicate a = replicate(surveyEveryone(), survey(0.5, 0.9), 6);
    Replicate b = EngineFixture.replicate(THOUSAND, Interventions.NONE,
        model(EngineFixture.overwhelming(), survey(0.5, 0.3), noImports()), 6);
    Replicate other = replicate(surveyEveryone(), survey(0.5, 0.9), 7);
    int febrile = 0;
    int differs = 0;
    for (int r = 0; r < 1000; r++) {
      assertThat(b.caseFinding.febrile(r)).as("resident %d", r).isEqualTo(a.caseFinding.febrile(r));
      febrile += a.caseFinding.febrile(r) ? 1 : 0;
      differs += other.caseFinding.febrile(r) != a.caseFinding.febrile(r) ? 1 : 0;
    }
    // share 0.5 of 1000: sd 16; another seed disagrees on about half (sd 16)
    assertThat(febrile).isBetween(430, 570);
    assertThat(differs).isBetween(430, 570);
  }

  @Test
  void aCheckFindsTheSensitivityShareOfFebrileSymptomaticResidents() {
    Replicate rep = replicate(surveyEveryone(), survey(1.0, 0.6), 2);
    for (int r = 0; r < 1000; r++) {
      symptomatic(rep, r);
    }
    rep.caseFinding.survey(0);
    // binomial(1000, 0.6): sd 15.5; 65 is over 4 sd (fails by chance < 1e-4); seed fixed
    assertThat(found(rep)).isBetween(535, 665);
  }

  @Test
  void aMissedFebrileCaseMayBeFoundOnALaterDay() {
    Replicate rep = replicate(surveyEveryone(), survey(1.0, 0.5), 5);
    for (int r = 0; r < 1000; r++) {
      symptomatic(rep, r);
    }
    rep.caseFinding.survey(0);
    int first = found(rep);
    rep.caseFinding.survey(2);
    // about 500 on day 0, then half of the rest: about 750 (sd 14)
    assertThat(found(rep)).isBetween(first + 150, 810);
  }

  @Test
  void whoIsFoundIsTheSameInEveryVariantWithTheSameSeed() {
    Replicate a = replicate(surveyEveryone(), survey(0.887, 0.5), 3);
    Replicate b = EngineFixture.replicate(THOUSAND, surveyEveryone(),
        model(EngineFixture.overwhelming(), survey(0.887, 0.5), noImports()), 3);
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
