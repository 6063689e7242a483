package org.cordon.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cordon.simulation.engine.EngineFixture.START;
import static org.cordon.simulation.engine.EngineFixture.caseFinding;
import static org.cordon.simulation.engine.EngineFixture.model;
import static org.cordon.simulation.engine.EngineFixture.noImports;
import static org.cordon.simulation.engine.EngineFixture.overwhelming;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cordon.community.Community;
import org.cordon.contact.Layer;
import org.cordon.measure.GuardHours;
import org.cordon.simulation.disease.TransmissionParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One step of transmission on {@link TestCommunities#layered()} (36 residents, every layer; id
 * {@code ((c * 2 + b) * 3 + h) * 3 + m}, first members work in compound 1), with rates so high
 * that every group an infectious resident belongs to is reached, recorded by a sink that only
 * marks the infected.
 */
class TransmissionTest {
  private static final Community LAYERED = TestCommunities.layered();
  private static final long KEY = RandomStreams.stream(1, 0, RandomStreams.Purpose.INFECTOR);

  /** The infections one step produced: resident and layer. */
  private static final class Recorder implements InfectionSink {
    final ResidentState st;
    final List<int[]> infections = new ArrayList<>();

    Recorder(ResidentState st) {
      this.st = st;
    }

    @Override
    public void infect(int r, int step, double time, int layer, int infector) {
      assertThat(st.state[r]).as("resident %d infected twice", r).isEqualTo(ResidentState.S);
      assertThat(time).isEqualTo((step + 0.5) / 2);
      st.state[r] = ResidentState.E;
      infections.add(new int[] {r, layer, infector});
    }

    long inLayer(Layer layer) {
      return infections.stream().filter(i -> i[1] == layer.ordinal()).count();
    }

    List<Integer> residents() {
      return infections.stream().map(i -> i[0]).toList();
    }
  }

  private static Recorder step(Interventions interventions, TransmissionParameters tr, int step, int... cases) {
    return step(interventions, tr, step, ResidentState.I, cases);
  }

  private static Recorder step(Interventions interventions, TransmissionParameters tr, int step, byte state, int... cases) {
    Simulation sim = EngineFixture.simulation(LAYERED, interventions, model(tr, caseFinding(1, 14, 0), noImports()));
    ResidentState st = new ResidentState(LAYERED.residentCount());
    for (int r : cases) {
      st.state[r] = state;
      st.addActive(r);
    }
    Recorder rec = new Recorder(st);
    Transmission t = new Transmission(sim, st, new SplittableRandom(11), rec, KEY, KEY);
    t.step(step);
    return rec;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5})
  void anInfectiousCaseReachesEveryLayerItBelongsTo(int seed) {
    // resident 0: compound 0, building 0, household 0, works in compound 1; daytime step
    Simulation sim = EngineFixture.simulation(LAYERED, Interventions.NONE, model(overwhelming(), caseFinding(1, 14, 0), noImports()));
    ResidentState st = new ResidentState(LAYERED.residentCount());
    st.state[0] = ResidentState.I;
    st.addActive(0);
    Recorder rec = new Recorder(st);
    new Transmission(sim, st, new SplittableRandom(seed), rec, KEY, KEY).step(0);
    for (Layer layer : List.of(Layer.HOUSEHOLD, Layer.BUILDING, Layer.COMPOUND, Layer.WORKPLACE, Layer.COMMUNITY)) {
      assertThat(rec.inLayer(layer)).as("%s", layer).isPositive();
    }
    assertThat(rec.residents()).contains(1, 2); // its household
  }

  @Test
  void anIsolatedCaseInfectsNobodyInAnyLayer() {
    Simulation sim = EngineFixture.simulation(LAYERED, Interventions.NONE, model(overwhelming(), caseFinding(1, 14, 0), noImports()));
    Replicate rep = EngineFixture.replicate(sim, 1);
    EngineFixture.symptomatic(rep, 0);
    rep.caseFinding.detect(0, 0);
    List<Integer> infected = new ArrayList<>();
    Transmission t = new Transmission(sim, rep.st, new SplittableRandom(1), (r, s, time, layer, by) -> infected.add(r), KEY, KEY);
    for (int s = 0; s < 20; s++) {
      t.step(s);
    }
    assertThat(infected).isEmpty();
    assertThat(t.presymptomatic()).isZero();
  }

  @Test
  void aQuarantinedCaseInfectsOnlyItsHousehold() {
    Simulation sim = EngineFixture.simulation(LAYERED, Interventions.NONE, model(overwhelming(), caseFinding(1, 14, 0), noImports()));
    ResidentState st = new ResidentState(LAYERED.residentCount());
    st.state[0] = ResidentState.I;
    st.flags[0] |= ResidentState.F_QUARANTINED;
    st.addActive(0);
    Recorder rec = new Recorder(st);
    new Transmission(sim, st, new SplittableRandom(1), rec, KEY, KEY).step(0);
    assertThat(rec.residents()).containsExactlyInAnyOrder(1, 2);
    assertThat(rec.inLayer(Layer.HOUSEHOLD)).isEqualTo(2);
  }

  @Test
  void quarantinedSusceptiblesAreOnlyInfectedAtHome() {
    Simulation sim = EngineFixture.simulation(LAYERED, Interventions.NONE, model(overwhelming(), caseFinding(1, 14, 0), noImports()));
    ResidentState st = new ResidentState(LAYERED.residentCount());
    st.state[0] = ResidentState.I;
    st.addActive(0);
    for (int r = 3; r < LAYERED.residentCount(); r++) {
      st.flags[r] |= ResidentState.F_QUARANTINED;
    }
    Recorder rec = new Recorder(st);
    new Transmission(sim, st, new SplittableRandom(1), rec, KEY, KEY).step(0);
    assertThat(rec.residents()).containsExactlyInAnyOrder(1, 2);
  }

  @Test
  void workplacesMeetOnlyInTheDaytime() {
    // resident 0 works in compound 1's workplace; at night only home, building, compound and
    // community contacts remain
    Recorder night = step(Interventions.NONE, overwhelming(), 1, 0);
    assertThat(night.inLayer(Layer.WORKPLACE)).isZero();
    assertThat(night.inLayer(Layer.HOUSEHOLD)).isEqualTo(2);
  }

  @Test
  void aSealedCompoundWithoutLeakageStopsWorkplaceAndCommunityContactsButNotThoseInside() {
    // compound 0 sealed with 24 h guards and gates that leak nothing
    Interventions sealed = TestTimelines.of(LAYERED, START, START.plusDays(EngineFixture.DAYS - 1),
        TestTimelines.leakage(0, 0), TestTimelines.closure("seal", START, List.of(0)),
        TestTimelines.guards("guards", START, null, GuardHours.ALL_DAY, List.of(0)));
    Recorder rec = step(sealed, overwhelming(), 0, 0);
    assertThat(rec.inLayer(Layer.WORKPLACE)).isZero();
    assertThat(rec.inLayer(Layer.COMMUNITY)).isZero();
    assertThat(rec.residents()).allMatch(r -> r < 18, "in compound 0").contains(1, 2);
    assertThat(rec.inLayer(Layer.BUILDING)).isPositive();
    assertThat(rec.inLayer(Layer.COMPOUND)).isPositive();
  }

  @Test
  void residentsNotYetArrivedAreNotInfected() {
    // the first member of every household is a returnee arriving on day 5
    Community c = TestCommunities.grid(1, 2, 3, 3, 1, -1, START.plusDays(5));
    Simulation sim = EngineFixture.simulation(c, Interventions.NONE, model(overwhelming(), caseFinding(1, 14, 0), noImports()));
    ResidentState st = new ResidentState(c.residentCount());
    st.state[1] = ResidentState.I;
    st.addActive(1);
    Recorder rec = new Recorder(st);
    Transmission t = new Transmission(sim, st, new SplittableRandom(1), rec, KEY, KEY);
    t.step(0);
    assertThat(rec.residents()).isNotEmpty().allMatch(r -> r % 3 != 0, "not a returnee");
    t.step(10); // day 5: they have arrived
    assertThat(rec.residents()).anyMatch(r -> r % 3 == 0);
  }

  @Test
  void withoutTransmissionRatesNobodyIsInfected() {
    Recorder rec = step(Interventions.NONE, EngineFixture.noTransmission(), 0, 0, 20, 30);
    assertThat(rec.infections).isEmpty();
  }

  @Test
  void infectionsFromAPresymptomaticCaseCountWhollyAsPresymptomatic() {
    Simulation sim = EngineFixture.simulation(LAYERED, Interventions.NONE, model(overwhelming(), caseFinding(1, 14, 0), noImports()));
    ResidentState st = new ResidentState(LAYERED.residentCount());
    st.state[0] = ResidentState.P;
    st.addActive(0);
    Recorder rec = new Recorder(st);
    Transmission t = new Transmission(sim, st, new SplittableRandom(1), rec, KEY, KEY);
    t.step(0);
    assertThat(rec.infections).isNotEmpty();
    assertThat(t.presymptomatic()).isEqualTo(rec.infections.size());
    Recorder symptomatic = step(Interventions.NONE, overwhelming(), 0, ResidentState.I, 0);
    assertThat(symptomatic.infections).isNotEmpty();
  }

  @Test
  void aNonInfectiousAsymptomaticCaseInfectsNobody() {
    var d = org.cordon.simulation.disease.DiseaseParameters.defaults();
    var silent = new org.cordon.simulation.disease.DiseaseParameters(d.asymptomaticShare(), d.incubationMeanlog(),
        d.incubationSdlog(), d.presymptomaticDays(), d.minLatentDays(), d.symptomaticInfectiousDays(),
        d.asymptomaticInfectiousDays(), 0.0);
    Simulation sim = EngineFixture.simulation(LAYERED, Interventions.NONE,
        model(overwhelming(), caseFinding(1, 14, 0), noImports()).with(silent));
    ResidentState st = new ResidentState(LAYERED.residentCount());
    st.state[0] = ResidentState.A;
    st.flags[0] |= ResidentState.F_ASYMPTOMATIC;
    st.addActive(0);
    Recorder rec = new Recorder(st);
    new Transmission(sim, st, new SplittableRandom(1), rec, KEY, KEY).step(0);
    assertThat(rec.infections).isEmpty();
  }
}
