package org.cordon.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cordon.community.Community;
import org.cordon.simulation.disease.CaseFindingParameters;
import org.cordon.simulation.disease.DiseaseParameters;
import org.cordon.simulation.disease.ImportParameters;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.disease.TransmissionParameters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A compound sealed with 24 h guards and zero leakage lets no infection cross its boundary. */
class SealedCompoundTest {
  private static final LocalDate START = LocalDate.of(2020, 1, 20);

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
    Interventions sealed = SimpleInterventions.builder(community).seal(1, START, START, 0, 0).build();
    RunResult run = Simulation.of(PolicyTable.compile(community, sealed, START, START.plusDays(60)), strong()).run(seed, 0);
    assertThat(run.infectionsByCompound()[0]).isGreaterThan(20);
    assertThat(run.infectionsByCompound()[1]).isZero();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5})
  void noInfectionLeavesASealedCompound(int seed) {
    Community community = TestCommunities.grid(2, 5, 40, 3, 10, 0, START);
    Interventions sealed = SimpleInterventions.builder(community).seal(0, START, START, 0, 0).build();
    RunResult run = Simulation.of(PolicyTable.compile(community, sealed, START, START.plusDays(60)), strong()).run(seed, 0);
    assertThat(run.infectionsByCompound()[0]).isGreaterThan(20);
    assertThat(run.infectionsByCompound()[1]).isZero();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void anOpenCompoundIsReached(int seed) {
    Community community = TestCommunities.grid(2, 5, 40, 3, 10, 0, START);
    RunResult run = Simulation.of(PolicyTable.compile(community, Interventions.NONE, START, START.plusDays(60)), strong()).run(seed, 0);
    assertThat(run.infectionsByCompound()[1]).isGreaterThan(0);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void daytimeGuardsOnlyLeakAtNight(int seed) {
    // sealed with leakage 0 by day but wide open at night: infections still get through
    Community community = TestCommunities.grid(2, 5, 40, 3, 10, 0, START);
    Interventions leaky = SimpleInterventions.builder(community).seal(1, START, null, 0, 1).build();
    RunResult run = Simulation.of(PolicyTable.compile(community, leaky, START, START.plusDays(60)), strong()).run(seed, 0);
    assertThat(run.infectionsByCompound()[1]).isGreaterThan(0);
  }
}
