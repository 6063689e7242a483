package org.cordon.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cordon.community.Community;
import org.cordon.simulation.disease.CaseFindingParameters;
import org.cordon.simulation.disease.DiseaseParameters;
import org.cordon.simulation.disease.ImportParameters;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.disease.TransmissionParameters;
import org.cordon.measure.GuardHours;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A compound sealed with 24 h guards and zero leakage lets no infection cross its boundary. The
 * closures are timeline measures ({@link TestTimelines}: a full closure with a vehicle barrier,
 * guards at the compound's gate, the gate leakages set in the assumptions), with the model's
 * default contact tracing as a quarantine measure from the first day.
 */
class SealedCompoundTest {
  private static final LocalDate START = LocalDate.of(2020, 1, 20);
  private static final LocalDate END = START.plusDays(60);

  /** Compound {@code c} sealed from START, guarded with {@code hours}, gate leakages as given. */
  private static Interventions sealed(Community community, int c, GuardHours hours, double guarded, double unguarded) {
    return TestTimelines.of(community, START, END, TestTimelines.leakage(guarded, unguarded),
        TestTimelines.quarantine(START),
        TestTimelines.closure("seal", START, List.of(c)),
        TestTimelines.guards("guards", START, null, hours, List.of(c)));
  }

  private static ModelParameters strong() {
    // transmission strong enough that an open compound would certainly be reached
    return new ModelParameters(DiseaseParameters.defaults(),
        new TransmissionParameters(0.1, 0.3, 0.3, 0.3, 1.0, 0.25, 1.0),
        CaseFindingParameters.defaults(), new ImportParameters(0.5, 0, 0, 5));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5})
  void noInfectionReachesASealedCompoundFromOutside(int seed) {
    // returnees only in compound 0 (open); compound 1 sealed from the first day, 24 h guards
    Community community = TestCommunities.grid(2, 5, 40, 3, 10, 0, START);
    Interventions sealed = sealed(community, 1, GuardHours.ALL_DAY, 0, 0);
    RunResult run = Simulation.of(PolicyTable.compile(community, sealed, START, END), strong()).run(seed, 0);
    assertThat(run.infectionsByCompound()[0]).isGreaterThan(20);
    assertThat(run.infectionsByCompound()[1]).isZero();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5})
  void noInfectionLeavesASealedCompound(int seed) {
    Community community = TestCommunities.grid(2, 5, 40, 3, 10, 0, START);
    Interventions sealed = sealed(community, 0, GuardHours.ALL_DAY, 0, 0);
    RunResult run = Simulation.of(PolicyTable.compile(community, sealed, START, END), strong()).run(seed, 0);
    assertThat(run.infectionsByCompound()[0]).isGreaterThan(20);
    assertThat(run.infectionsByCompound()[1]).isZero();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void anOpenCompoundIsReached(int seed) {
    Community community = TestCommunities.grid(2, 5, 40, 3, 10, 0, START);
    Interventions open = TestTimelines.of(community, START, END, TestTimelines.leakage(0, 0), TestTimelines.quarantine(START));
    RunResult run = Simulation.of(PolicyTable.compile(community, open, START, END), strong()).run(seed, 0);
    assertThat(run.infectionsByCompound()[1]).isGreaterThan(0);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void daytimeGuardsOnlyLeakAtNight(int seed) {
    // sealed with leakage 0 by day but wide open at night: infections still get through
    Community community = TestCommunities.grid(2, 5, 40, 3, 10, 0, START);
    Interventions leaky = sealed(community, 1, GuardHours.DAYTIME, 0, 1);
    RunResult run = Simulation.of(PolicyTable.compile(community, leaky, START, END), strong()).run(seed, 0);
    assertThat(run.infectionsByCompound()[1]).isGreaterThan(0);
  }
}
