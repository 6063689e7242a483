package org.cordon.simulation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cordon.simulation.engine.EngineFixture.START;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cordon.community.Community;
import org.cordon.simulation.experiment.Experiment;
import org.cordon.simulation.experiment.JinshaExperiment;
import org.cordon.simulation.experiment.Scenarios;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ReplicateArena}: a replicate run on arrays a thread reused must give exactly the result of
 * one run on new arrays, whatever ran on them before. The cases: the seven jinsha-2020 variants on
 * the 26,707-resident community (uncontrolled, responses early and late, tracing and quarantine,
 * returnees infected on arrival), one of them with keyed draws on two threads, and a small grid
 * with three times the default rates, imports at 0.5 and quarantine moving to a facility from day
 * 10 (every resident's state written somewhere); 14 replicates of each, run one after another on
 * one arena per table in a seeded shuffled order, each checked against a new replicate and the
 * arena checked back in its new state after each reset.
 */
class ReplicateArenaTest {
  private static final long SEED = 20200124;
  private static final int REPLICATES = 14;
  private static List<Simulation> sims;

  @BeforeAll
  static void scenarios() {
    Experiment jinsha = Scenarios.resolve(JinshaExperiment.NAME);
    List<Simulation> all = new ArrayList<>(jinsha.simulations(jinsha.compile()));
    all.add(all.get(0).withKeyedDraws(2));
    all.add(EngineFixture.busyGrid());
    sims = List.copyOf(all);
  }

  /** The (simulation, replicate) cases in a seeded shuffled order. */
  private static List<int[]> shuffledCases(long seed) {
    List<int[]> cases = new ArrayList<>();
    for (int k = 0; k < sims.size(); k++) {
      for (int i = 0; i < REPLICATES; i++) {
        cases.add(new int[] {k, i});
      }
    }
    Collections.shuffle(cases, new Random(seed));
    return cases;
  }

  @Test
  void aReplicateOnReusedArraysGivesTheResultOfOneOnNewArrays() {
    Map<PolicyTable, ReplicateArena> arenas = new IdentityHashMap<>();
    int afterInfections = 0;
    int afterQuarantines = 0;
    Map<PolicyTable, Boolean> dirtiedBefore = new IdentityHashMap<>();
    List<String> wrong = new ArrayList<>();
    List<String> unclean = new ArrayList<>();
    for (int[] c : shuffledCases(1)) {
      Simulation sim = sims.get(c[0]);
      ReplicateArena arena = arenas.computeIfAbsent(sim.table(), ReplicateArena::reusable);
      RunResult fresh = new Replicate(sim, SEED, c[1]).run();
      Boolean before = dirtiedBefore.get(sim.table());
      if (Boolean.TRUE.equals(before)) {
        afterInfections++;
      }
      Replicate rep = new Replicate(sim, SEED, c[1], arena);
      if (!rep.run().equals(fresh)) {
        wrong.add("variant " + c[0] + " replicate " + c[1]);
      }
      afterQuarantines += rep.st.quarantineSeen && Boolean.TRUE.equals(before) ? 1 : 0;
      dirtiedBefore.put(sim.table(), fresh.totalInfections() > 0);
      arena.reset();
      if (!arena.isClean()) {
        unclean.add("variant " + c[0] + " after replicate " + c[1]);
      }
    }
    System.out.printf("ReplicateArenaTest: %d of %d results on reused arrays differ, %d arenas not clean%n", wrong.size(),
        sims.size() * REPLICATES, unclean.size());
    assertThat(wrong).as("results on reused arrays unlike new ones'").isEmpty();
    assertThat(unclean).as("arenas not clean after a reset").isEmpty();
    // the reuse must follow replicates that wrote state: infections and quarantines
    assertThat(afterInfections).isGreaterThan(sims.size() * REPLICATES / 2);
    assertThat(afterQuarantines).isPositive();
  }

  @Test
  void aWriteThatBypassesTheRecordIsCaught() {
    // a writer that does not record its touch: residents left immune by the last replicate
    Map<PolicyTable, ReplicateArena> arenas = new IdentityHashMap<>();
    int differ = 0;
    int cases = 0;
    for (int[] c : shuffledCases(2)) {
      Simulation sim = sims.get(c[0]);
      if (sim.stepThreads() > 0) {
        continue;
      }
      ReplicateArena arena = arenas.computeIfAbsent(sim.table(), ReplicateArena::reusable);
      byte[] state = arena.st.state;
      for (int r = c[1]; r < state.length; r += 7) {
        state[r] = ResidentState.R; // not through ResidentState.set: unrecorded
      }
      arena.reset();
      assertThat(arena.isClean()).isFalse();
      RunResult reused = new Replicate(sim, SEED, c[1], arena).run();
      differ += reused.equals(new Replicate(sim, SEED, c[1]).run()) ? 0 : 1;
      cases++;
      arena.reset();
    }
    System.out.printf("ReplicateArenaTest: an unrecorded write changed %d of %d results%n", differ, cases);
    assertThat(differ).isGreaterThan(cases / 2);
  }

  @Test
  void replicatesOnSeveralThreadsEachReusingItsOwnArraysGiveTheResultsOfOneThread() throws Exception {
    List<int[]> cases = shuffledCases(3);
    List<RunResult> expected = new ArrayList<>();
    for (int[] c : cases) {
      expected.add(new Replicate(sims.get(c[0]), SEED, c[1]).run());
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<RunResult>> got = new ArrayList<>();
      for (int[] c : cases) {
        got.add(pool.submit(() -> sims.get(c[0]).run(SEED, c[1]))); // each thread's arenas
      }
      for (int j = 0; j < cases.size(); j++) {
        assertThat(got.get(j).get()).as("variant %d replicate %d", cases.get(j)[0], cases.get(j)[1])
            .isEqualTo(expected.get(j));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aReleasedArenaIsHandedOutAgainOnItsThreadAndOnlyOnce() {
    Simulation small = sims.get(sims.size() - 1);
    ReplicateArena a = ReplicateArena.acquire(small.table());
    assertThat(a.st.tracked()).isTrue();
    a.release();
    assertThat(ReplicateArena.acquire(small.table())).isSameAs(a);
    assertThat(ReplicateArena.acquire(small.table())).isNotSameAs(a); // taken out while in use
  }

  @Test
  void aThreadKeepsAtMostTheBoundedNumberOfArenasTheLeastRecentlyUsedDroppedFirst() {
    Community c = TestCommunities.grid(1, 2, 5, 3, 3, -1, START);
    List<PolicyTable> tables = new ArrayList<>();
    List<ReplicateArena> released = new ArrayList<>();
    for (int k = 0; k <= ReplicateArena.KEPT; k++) {
      PolicyTable t = PolicyTable.compile(c, Interventions.NONE, START, START.plusDays(9));
      ReplicateArena a = ReplicateArena.acquire(t);
      a.release();
      tables.add(t);
      released.add(a);
    }
    assertThat(ReplicateArena.acquire(tables.get(0))).as("the least recently used, dropped").isNotSameAs(released.get(0));
    assertThat(ReplicateArena.acquire(tables.get(1))).as("kept").isSameAs(released.get(1));
    assertThat(ReplicateArena.acquire(tables.get(ReplicateArena.KEPT))).as("kept").isSameAs(released.get(ReplicateArena.KEPT));
  }
}
