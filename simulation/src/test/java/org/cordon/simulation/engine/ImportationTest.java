package org.cordon.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cordon.simulation.engine.EngineFixture.START;
import static org.cordon.simulation.engine.EngineFixture.caseFinding;
import static org.cordon.simulation.engine.EngineFixture.model;
import static org.cordon.simulation.engine.EngineFixture.noTransmission;

import java.util.ArrayList;
import java.util.List;
import org.cordon.community.Community;
import org.cordon.simulation.disease.ImportParameters;
import org.cordon.simulation.disease.ModelParameters;
import org.junit.jupiter.api.Test;

/**
 * Infected returnees on a grid whose first member of every household is a Wuhan returnee: which
 * arrive infected, at which step, infected when, and what the replicate does with an import
 * whose course started before it arrived. No transmission.
 */
class ImportationTest {
  private static final int ARRIVAL_DAY = 6;
  /** 50 households of 2; residents 0, 2, 4, ... are returnees arriving on day 6. */
  private static final Community RETURNEES = TestCommunities.grid(1, 5, 10, 2, 1, -1, START.plusDays(ARRIVAL_DAY));

  private static ModelParameters model(ImportParameters imports) {
    return EngineFixture.model(noTransmission(), caseFinding(1, 14, 0), imports);
  }

  private static Importation importation(Community c, ImportParameters imports, long seed) {
    PolicyTable t = PolicyTable.compile(c, Interventions.NONE, START, START.plusDays(EngineFixture.DAYS - 1));
    return new Importation(t, imports, RandomStreams.stream(seed, 0, RandomStreams.Purpose.IMPORT));
  }

  private static List<Integer> arrivals(Importation imp, int step) {
    EventQueue q = new EventQueue(EngineFixture.DAYS * 2);
    imp.schedule(q);
    List<Integer> out = new ArrayList<>();
    for (int s = 0; s < EngineFixture.DAYS * 2; s++) {
      for (int i = 0; i < q.size(s); i++) {
        int e = q.get(s, i);
        assertThat(e & EventQueue.TYPE_MASK).isEqualTo(EventQueue.ARRIVE);
        assertThat(s).as("arrival step").isEqualTo(step);
        out.add(e >>> EventQueue.TYPE_BITS);
      }
    }
    return out;
  }

  @Test
  void everyReturneeArrivesInfectedAtTheStartOfItsArrivalDayWhenTheShareIsOne() {
    List<Integer> arrived = arrivals(importation(RETURNEES, new ImportParameters(1, 0, 0, 10), 1), ARRIVAL_DAY * 2);
    assertThat(arrived).hasSize(50).allMatch(r -> r % 2 == 0, "a returnee");
  }

  @Test
  void nobodyArrivesInfectedWhenTheShareOfTheirOriginIsZero() {
    // the grid's returnees are from Wuhan: Huanggang and other shares do not apply to them
    assertThat(arrivals(importation(RETURNEES, new ImportParameters(0, 1, 1, 10), 1), ARRIVAL_DAY * 2)).isEmpty();
  }

  @Test
  void whoArrivesInfectedIsKeyedByReturneeAndHasTheShare() {
    // 2,500 returnees at share 0.3: sd of the count is 23; 100 is over 4 sd (fails by chance < 1e-4)
    Community many = TestCommunities.grid(1, 50, 50, 2, 1, -1, START.plusDays(ARRIVAL_DAY));
    List<Integer> a = arrivals(importation(many, new ImportParameters(0.3, 0, 0, 10), 7), ARRIVAL_DAY * 2);
    assertThat(a.size()).isBetween(650, 850);
    // another schedule (a variant) with the same seed: the same returnees
    PolicyTable other = PolicyTable.compile(many, TestTimelines.of(many, START, START.plusDays(EngineFixture.DAYS - 1),
        TestTimelines.leakage(0, 0), TestTimelines.quarantine(START)), START, START.plusDays(EngineFixture.DAYS - 1));
    Importation same = new Importation(other, new ImportParameters(0.3, 0, 0, 10), RandomStreams.stream(7, 0, RandomStreams.Purpose.IMPORT));
    assertThat(arrivals(same, ARRIVAL_DAY * 2)).isEqualTo(a);
    assertThat(arrivals(importation(many, new ImportParameters(0.3, 0, 0, 10), 8), ARRIVAL_DAY * 2)).isNotEqualTo(a);
  }

  @Test
  void theInfectionTimeIsUniformOverTheExposureWindowBeforeArrival() {
    Community many = TestCommunities.grid(1, 50, 50, 2, 1, -1, START.plusDays(ARRIVAL_DAY));
    Importation imp = importation(many, new ImportParameters(1, 0, 0, 4), 3);
    double sum = 0;
    int n = 0;
    for (int r = 0; r < many.residentCount(); r += 2) {
      double t = imp.infectionTime(r);
      assertThat(t).isBetween(ARRIVAL_DAY - 4.0, ARRIVAL_DAY + 0.0);
      sum += t;
      n++;
    }
    // uniform over 4 days: sd 1.15, of the mean of 2,500 0.023; 0.1 is over 4 sd
    assertThat(sum / n).isCloseTo(ARRIVAL_DAY - 2.0, org.assertj.core.data.Offset.offset(0.1));
  }

  @Test
  void anImportIsCountedAndInfectedOnItsArrivalDay() {
    Replicate rep = EngineFixture.replicate(RETURNEES, Interventions.NONE, model(new ImportParameters(1, 0, 0, 10)), 1);
    RunResult run = rep.run();
    assertThat(run.newImported()[ARRIVAL_DAY]).isEqualTo(50);
    assertThat(run.newInfections()[ARRIVAL_DAY]).isEqualTo(50);
    assertThat(run.totalInfections()).isEqualTo(50);
    assertThat(run.infectionsByLayer()).containsOnly(0); // imports are no local infection
    for (int r = 1; r < RETURNEES.residentCount(); r += 2) {
      assertThat(rep.st.state[r]).isEqualTo(ResidentState.S);
    }
  }

  @Test
  void anImportInfectedLongBeforeItArrivesHasRunItsCourseOnArrival() {
    // arriving on the first day after 30-40 days of exposure: incubation and infectiousness are over
    Community early = TestCommunities.grid(1, 1, 20, 2, 1, -1, START);
    Replicate rep = EngineFixture.replicate(early, Interventions.NONE, model(new ImportParameters(1, 0, 0, 10)), 1);
    for (int r = 0; r < early.residentCount(); r += 2) {
      rep.infect(r, 0, -30 - 10 * (r / 40.0), -1, ResidentState.INFECTOR_IMPORT);
      assertThat(rep.st.state[r]).as("resident %d", r).isEqualTo(ResidentState.R);
      assertThat(rep.st.isActive(r)).isFalse();
    }
    assertThat(rep.tally.newInfections[0]).isEqualTo(20);
  }
}
