package org.cordon.server.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.cordon.server.SmallScenario;
import org.cordon.server.plan.Plan;
import org.cordon.server.plan.PlanLimits;
import org.cordon.server.plan.PlanScenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run manager's end of a run, which the server's store hangs on: every run is handed to the
 * {@code ended} consumer exactly once (done, cancelled while queued, cancelled while running,
 * cancelled by {@code close}), and a cancel of a running run returns only once the engine has
 * stopped and the run is recorded, so its count of finished runs is final. No timing is asserted;
 * the deadlines only stop a hang.
 */
class RunManagerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long WAIT_MILLIS = 60_000;

  @TempDir static Path dir;
  static PlanScenario scenario;

  @BeforeAll
  static void scenario() {
    scenario = PlanScenario.file(SmallScenario.write(dir));
  }

  private static Plan plan(int runs, long seed) throws Exception {
    return Plan.fromJson(JSON.readTree("{\"runs\": " + runs + ", \"seed\": " + seed + "}"), scenario.baseline(),
        new PlanLimits(5_000, 20_000));
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
      Thread.sleep(10);
    }
    assertThat(condition.getAsBoolean()).as(what).isTrue();
  }

  private static long engineThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().equals("cordon-montecarlo")).count();
  }

  @Test
  void everyRunIsRecordedOnceAndACancelReturnsWhenTheEngineHasStopped() throws Exception {
    Map<String, AtomicInteger> recorded = new ConcurrentHashMap<>();
    Map<String, Long> doneWhenRecorded = new ConcurrentHashMap<>();
    RunManager runs = new RunManager(scenario, 1, 2, 2, 20, r -> {
      recorded.computeIfAbsent(r.id(), k -> new AtomicInteger()).incrementAndGet();
      doneWhenRecorded.put(r.id(), r.done());
    });
    try {
      Run running = runs.submit(plan(5_000, 11));
      Run queued = runs.submit(plan(5_000, 12));
      await("the first run is under way", () -> running.status() == Run.Status.RUNNING && running.done() > 0);

      // a queued run is recorded by the cancel itself: its task never runs
      assertThat(runs.cancel(queued.id()).orElseThrow().status()).isEqualTo(Run.Status.CANCELLED);
      assertThat(recorded.get(queued.id())).as("the queued run, recorded at its cancel").hasValue(1);
      assertThat(queued.done()).isZero();

      // a running run: the cancel returns once its own thread has recorded it, with its final count
      assertThat(runs.cancel(running.id()).orElseThrow().status()).isEqualTo(Run.Status.CANCELLED);
      assertThat(recorded.get(running.id())).as("the running run, recorded before the cancel returned").hasValue(1);
      assertThat(engineThreads()).as("Monte Carlo workers left when the cancel returned").isZero();
      long done = running.done();
      assertThat(done).isEqualTo(doneWhenRecorded.get(running.id())).isLessThan(running.total());

      // a run to the end
      Run whole = runs.submit(plan(3, 1));
      await("the small run ends", () -> whole.status().terminal() && recorded.containsKey(whole.id()));
      assertThat(whole.status()).isEqualTo(Run.Status.DONE);

      await("the pool is idle", () -> runs.running() == 0);
      assertThat(running.done()).as("no replicate counted after the cancel").isEqualTo(done);
      assertThat(recorded).containsOnlyKeys(queued.id(), running.id(), whole.id());
      assertThat(recorded.values()).as("each run recorded once").allSatisfy(n -> assertThat(n).hasValue(1));
    } finally {
      runs.close();
    }
  }

  @Test
  void closingCancelsAndRecordsTheRunningAndTheQueuedRunOnceEach() throws Exception {
    Map<String, AtomicInteger> recorded = new ConcurrentHashMap<>();
    RunManager runs = new RunManager(scenario, 1, 2, 2, 20,
        r -> recorded.computeIfAbsent(r.id(), k -> new AtomicInteger()).incrementAndGet());
    Run running = runs.submit(plan(5_000, 21));
    Run queued = runs.submit(plan(5_000, 22));
    await("the first run is under way", () -> running.status() == Run.Status.RUNNING && running.done() > 0);
    runs.close();
    assertThat(running.status()).isEqualTo(Run.Status.CANCELLED);
    assertThat(queued.status()).isEqualTo(Run.Status.CANCELLED);
    assertThat(recorded).containsOnlyKeys(running.id(), queued.id());
    assertThat(recorded.values()).as("each run recorded once").allSatisfy(n -> assertThat(n).hasValue(1));
  }
}
