package org.cordon.simulation.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.cordon.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * The local runner's contract: every index once, whatever the thread count; a cancel starts no
 * task after it; and when it returns (or throws) its worker threads have ended, which the server's
 * cancel relies on (a run's count of finished replicates is final once the cancel returns).
 */
class ParallelRunnerTest {

  /** Worker threads of this name still alive. */
  private static long alive(String name) {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && t.getName().equals(name)).count();
  }

  @Test
  void everyIndexRunsOnceOnOneTwoAndFiveThreads() {
    for (int threads : new int[] {1, 2, 5}) {
      AtomicLongArray hits = new AtomicLongArray(1_000);
      ParallelRunner.forEach(1_000, threads, "runner-test", hits::incrementAndGet);
      for (int i = 0; i < hits.length(); i++) {
        assertThat(hits.get(i)).as("index %d on %d threads", i, threads).isEqualTo(1);
      }
    }
  }

  /**
   * Before the runner joined its threads, a pool's {@code awaitTermination} could return while its
   * last thread was still unwinding: the server's run manager test saw one left now and then.
   */
  @Test
  void noWorkerThreadIsAliveWhenItReturnsOrIsCancelled() {
    String name = "runner-test-ended";
    for (int round = 0; round < 300; round++) {
      ParallelRunner.forEach(64, 2, name, i -> Thread.onSpinWait());
      assertThat(alive(name)).as("workers alive after round %d", round).isZero();
      AtomicInteger started = new AtomicInteger();
      assertThatThrownBy(() -> ParallelRunner.forEach(64, 2, name, () -> started.get() >= 3, i -> started.incrementAndGet()))
          .isInstanceOf(CancellationException.class);
      assertThat(alive(name)).as("workers alive after the cancel of round %d", round).isZero();
      assertThat(started.get()).as("tasks started after the cancel, round %d", round).isLessThanOrEqualTo(4);
    }
  }

  @Test
  void aThreadCountBelowOneIsRejected() {
    assertThatThrownBy(() -> ParallelRunner.forEach(3, 0, "runner-test", i -> {}))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--threads");
  }
}
