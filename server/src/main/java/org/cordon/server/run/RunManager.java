package org.cordon.server.run;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.cordon.InvalidInputException;
import org.cordon.server.plan.Plan;
import org.cordon.server.plan.PlanLine;
import org.cordon.server.plan.PlanScenario;
import org.cordon.simulation.experiment.Comparison;
import org.cordon.simulation.experiment.ComparisonSummary;
import org.cordon.simulation.experiment.Ensemble;
import org.cordon.simulation.experiment.Experiment;
import org.cordon.simulation.experiment.MonteCarlo;

/**
 * Runs plans on the engine: at most {@code maxConcurrent} at once, up to {@code maxQueued}
 * waiting, the rest refused ({@link QueueFullException}). A plan is turned into its scenario file
 * and read back as {@code cordon compare} reads it before it is queued, so a bad plan fails at
 * once with the CLI's message. A client may have at most {@link #maxPerClient} runs queued or
 * running. Cancelling a run sets its flag, which {@link MonteCarlo} asks before each replicate and
 * the engine once a simulated day. Keeps the last {@code keep} finished runs.
 */
public final class RunManager implements AutoCloseable {
  /** Refused because the queue is full. */
  public static final class QueueFullException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    QueueFullException(String message) {
      super(message);
    }
  }

  /** The longest a cancel waits for the engine to stop (it stops within a simulated day). */
  static final long CANCEL_WAIT_MILLIS = 5_000;

  private final PlanScenario scenario;
  private final int maxConcurrent;
  private final int maxQueued;
  private int maxPerClient = Integer.MAX_VALUE;
  private final int threadsPerRun;
  private final int keep;
  private final ThreadPoolExecutor pool;
  private final Map<String, Run> runs = new LinkedHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Consumer<Run> ended;

  /**
   * @param scenario the scenario plans are made on
   * @param maxConcurrent runs on the engine at once (at least 1)
   * @param maxQueued runs waiting (at least 0)
   * @param threadsPerRun Monte Carlo worker threads per run (at least 2, so a cancel can interrupt
   *     the waiting thread; results do not depend on it)
   * @param keep finished runs kept for download (at least 1)
   * @throws InvalidInputException if a number is out of range
   */
  public RunManager(PlanScenario scenario, int maxConcurrent, int maxQueued, int threadsPerRun, int keep) {
    this(scenario, maxConcurrent, maxQueued, threadsPerRun, keep, r -> {});
  }

  /**
   * @param scenario the scenario plans are made on
   * @param maxConcurrent runs on the engine at once (at least 1)
   * @param maxQueued runs waiting (at least 0)
   * @param threadsPerRun Monte Carlo worker threads per run (at least 2)
   * @param keep finished runs kept in memory (at least 1)
   * @param ended called exactly once with each run once it has ended (done, failed or
   *     cancelled): on the run's thread for a run that started (before a {@link #cancel} waiting
   *     for it returns), on the cancelling thread for a queued run cancelled before it started
   * @throws InvalidInputException if a number is out of range
   */
  public RunManager(PlanScenario scenario, int maxConcurrent, int maxQueued, int threadsPerRun, int keep,
      Consumer<Run> ended) {
    if (maxConcurrent < 1) {
      throw InvalidInputException.argument("--max-concurrent", "must be at least 1: " + maxConcurrent);
    }
    if (maxQueued < 0) {
      throw InvalidInputException.argument("--max-queued", "must be at least 0: " + maxQueued);
    }
    if (threadsPerRun < 2) {
      throw InvalidInputException.argument("--threads", "must be at least 2: " + threadsPerRun);
    }
    this.scenario = scenario;
    this.ended = ended;
    this.maxConcurrent = maxConcurrent;
    this.maxQueued = maxQueued;
    this.threadsPerRun = threadsPerRun;
    this.keep = Math.max(1, keep);
    this.pool = new ThreadPoolExecutor(maxConcurrent, maxConcurrent, 0, TimeUnit.SECONDS,
        maxQueued == 0 ? new java.util.concurrent.SynchronousQueue<>() : new ArrayBlockingQueue<>(maxQueued),
        r -> {
          Thread t = new Thread(r, "cordon-run");
          t.setDaemon(true);
          return t;
        });
  }

  /** @return the scenario plans are made on */
  public PlanScenario scenario() {
    return scenario;
  }

  /**
   * @param plan a plan
   * @return the queued run
   * @throws InvalidInputException if the plan is bad (the message {@code cordon compare} would give)
   * @throws QueueFullException if {@code maxConcurrent} runs are running and {@code maxQueued} waiting
   */
  public Run submit(Plan plan) {
    return submit(plan, "");
  }

  /**
   * @param max the most runs one client may have queued or running at once (at least 1)
   * @return this manager
   * @throws InvalidInputException if {@code max} is below 1
   */
  public RunManager maxPerClient(int max) {
    if (max < 1) {
      throw InvalidInputException.argument("--max-queued-per-client", "must be at least 1: " + max);
    }
    this.maxPerClient = max;
    return this;
  }

  /**
   * @param plan a plan
   * @param client the address of the client asking (its runs are capped by {@link #maxPerClient})
   * @return the queued run
   * @throws InvalidInputException if the plan is bad (the message {@code cordon compare} would give)
   * @throws QueueFullException if the queue is full, or the client already has its most runs
   */
  public Run submit(Plan plan, String client) {
    String yaml = scenario.yaml(plan);
    Experiment experiment = PlanScenario.experiment(yaml);
    String id = newId();
    Run run = new Run(id, plan, PlanLine.of(plan, scenario.baseline()), yaml,
        (long) plan.runs() * experiment.variants().size(), client);
    String command = "cordon compare --scenario " + PlanScenario.SOURCE + " --runs " + plan.runs() + " --seed "
        + plan.seed() + " --out run-" + id;
    boolean observed = RunResults.observed(experiment.name(), plan.residents().isPresent());
    synchronized (runs) {
      long active = runs.values().stream().filter(r -> !r.status().terminal()).count();
      long mine = runs.values().stream().filter(r -> !r.status().terminal() && r.client().equals(client)).count();
      if (active >= maxConcurrent + maxQueued) {
        throw busy();
      }
      if (mine >= maxPerClient) {
        throw new QueueFullException("busy: you have " + count(mine, "run") + " queued or running, the most one client"
            + " may have; try again when one has finished or cancel one");
      }
      try {
        Future<?> f = pool.submit(() -> execute(run, experiment, command, observed));
        run.future(f);
      } catch (RejectedExecutionException e) {
        throw busy(); // a cancelled run's engine threads are still stopping
      }
      runs.put(id, run);
      evict();
    }
    return run;
  }

  private QueueFullException busy() {
    return new QueueFullException("busy: " + count(maxConcurrent, "run") + " running and " + maxQueued
        + " waiting, as many as this server takes; try again when one has finished");
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private void execute(Run run, Experiment experiment, String command, boolean observed) {
    try {
      if (!run.start()) {
        return;
      }
      try {
        run(run, experiment, command, observed);
      } finally {
        ended.accept(run);
      }
    } finally {
      run.ended();
    }
  }

  private void run(Run run, Experiment experiment, String command, boolean observed) {
    try {
      Ensemble e = MonteCarlo.run(experiment, run.plan().runs(), run.plan().seed(), threadsPerRun, run.progress(),
          run::cancelled);
      ComparisonSummary s = Comparison.summarize(e);
      run.finish(new RunResults(e, s, command, observed));
    } catch (InvalidInputException e) {
      run.fail(e.getMessage());
    } catch (RuntimeException e) {
      if (run.status() != Run.Status.CANCELLED) {
        run.fail("failed: an internal error stopped the run; this is a bug, please report it with the plan");
      }
    } catch (OutOfMemoryError e) {
      run.fail("failed: out of memory: ask for fewer runs or residents, or give the server a larger heap");
    }
  }

  /**
   * @param id a run id
   * @return the run, if known
   */
  public Optional<Run> get(String id) {
    synchronized (runs) {
      return Optional.ofNullable(runs.get(id));
    }
  }

  /**
   * Cancels a queued or running run: a queued one never starts; a running one starts no replicate
   * after this and its replicates stop at the start of their next simulated day. Returns when the
   * engine has stopped (at most {@link #CANCEL_WAIT_MILLIS}), so the run's count of finished runs
   * is then final.
   *
   * @param id a run id
   * @return the run, if known (its status says whether it was cancelled or had already ended)
   */
  public Optional<Run> cancel(String id) {
    Optional<Run> run = get(id);
    run.ifPresent(r -> {
      Run.Status before = r.cancel();
      if (before == Run.Status.QUEUED) {
        // never started, and never will (its task sees the status and returns): recorded here, once.
        // (Future.cancel cannot tell: it also returns true for a task already running.)
        r.future().ifPresent(f -> f.cancel(false));
        pool.purge();
        r.ended();
        ended.accept(r);
      } else if (before == Run.Status.RUNNING) {
        r.awaitEnd(CANCEL_WAIT_MILLIS); // the run's own thread records it, then releases this wait
      }
    });
    return run;
  }

  /** @return the runs in memory, oldest first */
  public List<Run> all() {
    synchronized (runs) {
      return List.copyOf(runs.values());
    }
  }

  /**
   * Forgets an ended run (the store may still keep it).
   *
   * @param id a run id
   * @return whether an ended run was forgotten
   */
  public boolean forget(String id) {
    synchronized (runs) {
      Run r = runs.get(id);
      if (r == null || !r.status().terminal()) {
        return false;
      }
      runs.remove(id);
      return true;
    }
  }

  /** @return runs known: queued, running and the finished ones kept */
  public int size() {
    synchronized (runs) {
      return runs.size();
    }
  }

  /**
   * @return runs on the engine now: started and not yet stopped (a cancelled run counts until its
   *     engine has stopped, which {@link #cancel} waits for)
   */
  public int running() {
    synchronized (runs) {
      return (int) runs.values().stream().filter(Run::onEngine).count();
    }
  }

  /** Forgets the oldest finished runs beyond {@code keep} (never one whose engine is still stopping). */
  private void evict() {
    int finished = 0;
    for (Run r : runs.values()) {
      if (r.status().terminal() && !r.onEngine()) {
        finished++;
      }
    }
    for (Iterator<Run> it = runs.values().iterator(); it.hasNext() && finished > keep; ) {
      Run r = it.next();
      if (r.status().terminal() && !r.onEngine()) {
        it.remove();
        finished--;
      }
    }
  }

  private String newId() {
    byte[] b = new byte[8];
    random.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /** Cancels every run, stops the worker threads and waits (up to 30 s) until each run's end is recorded. */
  @Override
  public void close() {
    List<Run> neverStarted = new java.util.ArrayList<>();
    synchronized (runs) {
      for (Run r : runs.values()) {
        if (r.cancel() == Run.Status.QUEUED) {
          neverStarted.add(r); // a running one records its own end on its thread
        }
      }
    }
    pool.shutdownNow();
    try {
      // let each run's end be recorded (the engine stops at the replicate it is on)
      pool.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (Run r : neverStarted) {
      r.ended();
      ended.accept(r);
    }
  }
}
