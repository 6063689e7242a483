package org.cordon.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cordon.simulation.engine.EngineFixture.START;
import static org.cordon.simulation.engine.EngineFixture.isolated;
import static org.cordon.simulation.engine.EngineFixture.model;
import static org.cordon.simulation.engine.EngineFixture.noImports;
import static org.cordon.simulation.engine.EngineFixture.noTransmission;
import static org.cordon.simulation.engine.EngineFixture.surveyEveryone;
import static org.cordon.simulation.engine.EngineFixture.symptomatic;

import org.assertj.core.data.Offset;
import org.cordon.community.Community;
import org.cordon.simulation.disease.CaseFindingParameters;
import org.junit.jupiter.api.Test;

/**
 * The fever course: a case that ever has fever gets it an exponential delay after symptom onset,
 * drawn once per resident on its own keyed stream, and a temperature check sees a case only once
 * its fever has begun.
 */
class FeverCourseTest {
  private static final Community THOUSAND = TestCommunities.grid(1, 10, 50, 2, 0, -1, START);

  private static CaseFindingParameters fever(double share, double meanDays, double sensitivity) {
    return EngineFixture.survey(share, sensitivity).withFever(share, meanDays);
  }

  @Test
  void theDefaultMeanReproducesGuansShareFebrileOnAdmission() {
    // P(fever by admission | ever febrile) with admission ~ gamma(2, mean 4.4): 1 - (1 + 2.2 / mean)^-2
    CaseFindingParameters d = CaseFindingParameters.defaults();
    double scale = d.careSeekingDaysEarly() / d.careSeekingShape();
    double byAdmission = 1 - Math.pow(1 + scale / d.feverOnsetMeanDays(), -d.careSeekingShape());
    assertThat(d.febrileShare() * byAdmission).isCloseTo(0.438, Offset.offset(0.002));
    assertThat(d.febrileShare()).isEqualTo(0.887);
  }

  @Test
  void theFeverOnsetIsKeyedByResidentTheSameInEveryVariant() {
    Replicate a = EngineFixture.replicate(THOUSAND, surveyEveryone(), model(noTransmission(), fever(0.887, 5.43, 0.9),
        noImports()), 6);
    Replicate b = EngineFixture.replicate(THOUSAND, Interventions.NONE,
        model(EngineFixture.overwhelming(), fever(0.887, 5.43, 0.3), noImports()), 6);
    Replicate other = EngineFixture.replicate(THOUSAND, surveyEveryone(), model(noTransmission(), fever(0.887, 5.43, 0.9),
        noImports()), 7);
    double sum = 0;
    int differs = 0;
    for (int r = 0; r < 1000; r++) {
      assertThat(b.caseFinding.feverOnsetDelay(r)).as("resident %d", r).isEqualTo(a.caseFinding.feverOnsetDelay(r));
      sum += a.caseFinding.feverOnsetDelay(r);
      differs += other.caseFinding.feverOnsetDelay(r) != a.caseFinding.feverOnsetDelay(r) ? 1 : 0;
    }
    // exponential, mean 5.43: the mean of 1,000 has sd 0.17; 0.75 is over 4 sd (seed fixed)
    assertThat(sum / 1000).isCloseTo(5.43, Offset.offset(0.75));
    assertThat(differs).isEqualTo(1000);
  }

  @Test
  void aCheckSeesACaseOnlyOnceItsFeverHasBegun() {
    Replicate rep = EngineFixture.replicate(THOUSAND, surveyEveryone(), model(noTransmission(), fever(1.0, 5.43, 1.0),
        noImports()), 2);
    for (int r = 0; r < 1000; r++) {
      symptomatic(rep, r); // onset at step 0
    }
    int previous = 0;
    for (int s = 0; s <= 20; s += 2) {
      rep.caseFinding.survey(s);
      int found = 0;
      for (int r = 0; r < 1000; r++) {
        boolean begun = rep.caseFinding.feverOnsetDelay(r) * PolicyTable.STEPS_PER_DAY <= s;
        assertThat(isolated(rep, r)).as("resident %d at step %d", r, s).isEqualTo(begun);
        found += begun ? 1 : 0;
      }
      assertThat(found).isGreaterThanOrEqualTo(previous);
      previous = found;
    }
    // by day 10, 1 - exp(-10 / 5.43) = 84% have fever (sd 1.2%); by day 0 almost nobody
    assertThat(previous).isBetween(790, 890);
  }

  @Test
  void aZeroMeanIsFeverFromOnsetAsBefore() {
    Replicate rep = EngineFixture.replicate(THOUSAND, surveyEveryone(), model(noTransmission(), fever(1.0, 0, 1.0),
        noImports()), 2);
    for (int r = 0; r < 1000; r++) {
      symptomatic(rep, r);
    }
    rep.caseFinding.survey(0);
    for (int r = 0; r < 1000; r++) {
      assertThat(isolated(rep, r)).isTrue();
    }
  }
}
