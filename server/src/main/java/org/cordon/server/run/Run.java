package org.cordon.server.run;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.cordon.server.plan.Plan;
import org.cordon.simulation.progress.Progress;

/**
 * One paired comparison the server was asked for: its plan, the scenario file derived from it,
 * its state and progress, and, once done, its results. Thread-safe.
 */
public final class Run {
  /** Where a run is. */
  public enum Status {
    /** waiting for a free slot */
    QUEUED,
    /** running on the engine */
    RUNNING,
    /** finished; results available */
    DONE,
    /** stopped with an error */
    FAILED,
    /** cancelled before it finished */
    CANCELLED;

    /** @return whether the run will not change any more */
    public boolean terminal() {
      return this == DONE || this == FAILED || this == CANCELLED;
    }
  }

  private final String id;
  private final Plan plan;
  private final String scenarioYaml;
  private final String line;
  private final long total;
  private final Instant created = Instant.now();
  private final AtomicLong done = new AtomicLong();
  private volatile Status status = Status.QUEUED;
  private volatile Instant finished;
  private volatile String error;
  private volatile RunResults results;
  private volatile Future<?> future;
  private final String client;
  private final CountDownLatch ended = new CountDownLatch(1);
  private volatile boolean started;

  Run(String id, Plan plan, String line, String scenarioYaml, long total, String client) {
    this.id = id;
    this.line = line;
    this.plan = plan;
    this.scenarioYaml = scenarioYaml;
    this.total = total;
    this.client = client;
  }

  /** @return the address of the client that asked for the run */
  String client() {
    return client;
  }

  /** @return whether the run was cancelled (asked by the engine once a simulated day) */
  boolean cancelled() {
    return status == Status.CANCELLED;
  }

  /** Marks that the engine has stopped working on this run (or never will). */
  void ended() {
    ended.countDown();
  }

  /** @return whether the engine has started on this run and not yet stopped (a cancelled run may still be stopping) */
  boolean onEngine() {
    return started && ended.getCount() > 0;
  }

  /**
   * Waits until the engine has stopped working on this run.
   *
   * @param millis the longest wait
   * @return whether it has stopped
   */
  boolean awaitEnd(long millis) {
    try {
      return ended.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** @return the run's id */
  public String id() {
    return id;
  }

  /** @return the plan */
  public Plan plan() {
    return plan;
  }

  /** @return the plan in one line against the baseline ({@code PlanLine}) */
  public String line() {
    return line;
  }

  /** @return the scenario file the run executes ({@code cordon compare --scenario} on it gives the same results) */
  public String scenarioYaml() {
    return scenarioYaml;
  }

  /** @return when the run was asked for */
  public Instant created() {
    return created;
  }

  /** @return when the run ended, if it has */
  public Optional<Instant> finished() {
    return Optional.ofNullable(finished);
  }

  /** @return the state */
  public Status status() {
    return status;
  }

  /** @return runs finished (one variant of one replicate each) */
  public long done() {
    return done.get();
  }

  /** @return runs in all ({@code runs × variants}) */
  public long total() {
    return total;
  }

  /** @return the error of a failed run */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  /** @return the results of a finished run */
  public Optional<RunResults> results() {
    return Optional.ofNullable(results);
  }

  Progress progress() {
    return new Progress() {
      @Override
      public void advance(int units) {
        if (!cancelled()) {
          done.addAndGet(units);
        }
      }

      @Override
      public void close() {}
    };
  }

  void future(Future<?> f) {
    this.future = f;
  }

  Optional<Future<?>> future() {
    return Optional.ofNullable(future);
  }

  synchronized boolean start() {
    if (status != Status.QUEUED) {
      return false;
    }
    status = Status.RUNNING;
    started = true;
    return true;
  }

  synchronized void finish(RunResults r) {
    if (status == Status.RUNNING) {
      results = r;
      finished = Instant.now();
      status = Status.DONE;
    }
  }

  synchronized void fail(String message) {
    if (!status.terminal()) {
      error = message;
      finished = Instant.now();
      status = Status.FAILED;
    }
  }

  /**
   * Cancels the run unless it has ended.
   *
   * @return the status it had: {@code QUEUED} (the engine never works on it; its end is for the
   *     canceller to record), {@code RUNNING} (the engine stops within a simulated day and records
   *     its end) or a terminal status (nothing changed)
   */
  synchronized Status cancel() {
    Status before = status;
    if (before.terminal()) {
      return before;
    }
    finished = Instant.now();
    status = Status.CANCELLED;
    return before;
  }
}
