package org.cordon.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.cordon.InvalidInputException;
import org.cordon.community.Community;
import org.cordon.simulation.disease.ImportParameters;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.experiment.Experiment;
import org.cordon.simulation.experiment.JinshaExperiment;
import org.cordon.simulation.experiment.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The keyed-draw step ({@link Simulation#withKeyedDraws(int)}): its results do not depend on the
 * thread count, and they follow the same distribution as the default sequential draws (the
 * documented reason why they are not the same numbers is in {@link KeyedDraws}).
 */
class KeyedDrawsTest {
  private static final LocalDate START = EngineFixture.START;
  /** Significance level of each two-sample test below. */
  private static final double ALPHA = 0.001;

  /**
   * 15,000 residents, 5,000 households, returnees in every 25th household, no measures, the
   * non-household rates tripled: most residents are infected within the 40 days.
   */
  private static Simulation large() {
    Community c = TestCommunities.grid(10, 10, 50, 3, 25, -1, START.plusDays(1));
    ModelParameters d = ModelParameters.defaults();
    return Simulation.of(PolicyTable.compile(c, Interventions.NONE, START, START.plusDays(EngineFixture.DAYS - 1)),
        d.with(ImportParameters.ofWuhanShare(0.3)).with(d.transmission().withScale(3)));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 2020})
  void resultsAreByteIdenticalOnOneTwoAndEightThreads(long seed) {
    Simulation sim = large();
    RunResult one = sim.withKeyedDraws(1).run(seed, 3);
    assertThat(one.totalInfections()).as("an epidemic large enough to split the step into chunks").isGreaterThan(2000);
    assertThat(sim.withKeyedDraws(2).run(seed, 3)).isEqualTo(one);
    assertThat(sim.withKeyedDraws(8).run(seed, 3)).isEqualTo(one);
    try (var pool = new CloseablePool(3)) {
      assertThat(sim.withKeyedDraws(pool.pool).run(seed, 3)).isEqualTo(one);
    }
  }

  @Test
  void theJinshaReplayWithItsMeasuresIsTheSameOnOneAndThreeThreads() {
    Experiment e = Scenarios.resolve(JinshaExperiment.NAME);
    List<PolicyTable> tables = e.compile();
    for (int v = 0; v < tables.size(); v += 3) {
      for (int i = 0; i < 3; i++) {
        Simulation sim = Simulation.of(tables.get(v), e.parametersOf(i), e.followUpDays());
        assertThat(sim.withKeyedDraws(3).run(11, i)).as("variant %d replicate %d", v, i)
            .isEqualTo(sim.withKeyedDraws(1).run(11, i));
      }
    }
  }

  @Test
  void theStepIsCutIntoSeveralChunksOnThatCommunity() {
    Simulation sim = large().withKeyedDraws(2);
    Replicate rep = new Replicate(sim, 7, 3);
    int most = 0;
    rep.importation.schedule(rep.queue);
    for (int s = 0; s < EngineFixture.DAYS * PolicyTable.STEPS_PER_DAY; s++) {
      rep.step(s);
      most = Math.max(most, rep.transmission.keyedTasks());
    }
    assertThat(most).isGreaterThan(4 * KeyedDraws.CHUNK);
  }

  @Test
  void theDefaultIsTheSequentialDrawsAndBadThreadCountsAreRejected() {
    Simulation sim = large();
    assertThat(sim.stepThreads()).isZero();
    assertThat(sim.withKeyedDraws(2).stepThreads()).isEqualTo(2);
    assertThat(sim.withKeyedDraws(1).run(7, 3)).isNotEqualTo(sim.run(7, 3));
    assertThatThrownBy(() -> sim.withKeyedDraws(0)).isInstanceOf(InvalidInputException.class).hasMessageContaining("threads");
    assertThatThrownBy(() -> sim.withKeyedDraws(Simulation.MAX_STEP_THREADS + 1))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void keyedAndSequentialDrawsGiveTheSameDistributionInASmallUncontrolledCommunity() {
    Community c = TestCommunities.grid(4, 5, 20, 3, 30, -1, START.plusDays(1));
    Simulation sim = Simulation.of(PolicyTable.compile(c, Interventions.NONE, START, START.plusDays(EngineFixture.DAYS - 1)),
        ModelParameters.defaults().with(ImportParameters.ofWuhanShare(0.3)));
    sameDistribution("small uncontrolled community", i -> sim, 200);
  }

  @Test
  void keyedAndSequentialDrawsGiveTheSameDistributionInTheJinshaReplay() {
    Experiment e = Scenarios.resolve(JinshaExperiment.NAME);
    PolicyTable asHappened = e.compile().get(0);
    sameDistribution("Jinsha replay, as happened", i -> Simulation.of(asHappened, e.parametersOf(i), e.followUpDays()), 200);
  }

  /**
   * Runs {@code n} replicates in each mode, on different seeds (independent samples), and tests
   * final size and peak day with a two-sample Kolmogorov-Smirnov and a Mann-Whitney test at
   * {@link #ALPHA}.
   */
  private static void sameDistribution(String name, java.util.function.IntFunction<Simulation> sims, int n) {
    double[][] sequential = new double[2][n];
    double[][] keyed = new double[2][n];
    for (int i = 0; i < n; i++) {
      Simulation sim = sims.apply(i);
      put(sequential, i, sim.run(101, i));
      put(keyed, i, sim.withKeyedDraws(1).run(202, i));
    }
    List<String> what = List.of("final size", "peak day");
    for (int k = 0; k < 2; k++) {
      double ks = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(sequential[k], keyed[k]);
      double mw = new MannWhitneyUTest().mannWhitneyUTest(sequential[k], keyed[k]);
      System.out.printf("%s, keyed vs sequential draws, %s: KS p = %.3f, Mann-Whitney p = %.3f%n", name, what.get(k),
          ks, mw);
      assertThat(ks).as("%s: KS p, %s", name, what.get(k)).isGreaterThan(ALPHA);
      assertThat(mw).as("%s: Mann-Whitney p, %s", name, what.get(k)).isGreaterThan(ALPHA);
    }
    assertThat(java.util.Arrays.stream(sequential[0]).max().orElseThrow()).as("some runs spread").isGreaterThan(1);
  }

  private static void put(double[][] into, int i, RunResult r) {
    into[0][i] = r.finalInfections();
    int[] daily = r.newInfections();
    int peak = 0;
    for (int d = 1; d < daily.length; d++) {
      if (daily[d] > daily[peak]) {
        peak = d;
      }
    }
    into[1][i] = peak;
  }

  private record CloseablePool(ForkJoinPool pool) implements AutoCloseable {
    CloseablePool(int threads) {
      this(new ForkJoinPool(threads));
    }

    @Override
    public void close() {
      pool.shutdown();
    }
  }
}
