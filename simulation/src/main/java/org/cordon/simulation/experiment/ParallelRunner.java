package org.cordon.simulation.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.cordon.InvalidInputException;

/**
 * The one local runner of indexed, independent tasks on T threads, for Monte Carlo replicates and
 * calibration draws alike. Each task writes its result by its index, so whatever the thread count
 * and order the outcome is the same; the first task failure is rethrown.
 */
public final class ParallelRunner {
  private ParallelRunner() {}

  /**
   * Runs {@code task} for every index in {@code [0, n)}.
   *
   * @param n how many tasks
   * @param threads worker threads (1: in this thread, in index order)
   * @param name the worker threads' name
   * @param task the task, called once per index (from the worker threads)
   * @throws InvalidInputException if {@code threads} is below 1
   */
  public static void forEach(int n, int threads, String name, IntConsumer task) {
    forEach(n, threads, name, org.cordon.simulation.engine.Simulation.NOT_CANCELLED, task);
  }

  /**
   * As {@link #forEach(int, int, String, IntConsumer)}, starting no task once {@code cancelled}
   * says so; returns (or throws) only when every worker thread has ended (not only its tasks: a
   * pool reports itself terminated while its last thread may still be unwinding).
   *
   * @param n how many tasks
   * @param threads worker threads
   * @param name the worker threads' name
   * @param cancelled asked before each task
   * @param task the task
   * @throws InvalidInputException if {@code threads} is below 1
   * @throws CancellationException if cancelled before every task ran
   */
  public static void forEach(int n, int threads, String name, BooleanSupplier cancelled, IntConsumer task) {
    if (threads < 1) {
      throw InvalidInputException.argument("--threads", "must be at least 1: " + threads);
    }
    if (threads == 1 || n <= 1) {
      for (int i = 0; i < n; i++) {
        stopIf(cancelled);
        task.accept(i);
      }
      return;
    }
    List<Thread> workers = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      workers.add(t);
      return t;
    });
    AtomicBoolean stop = new AtomicBoolean(); // set when the caller stops waiting: no task starts after
    BooleanSupplier halt = () -> stop.get() || cancelled.getAsBoolean();
    try {
      List<Future<?>> fs = new ArrayList<>();
      int chunk = Math.max(1, n / (threads * 8));
      for (int from = 0; from < n; from += chunk) {
        final int a = from;
        final int b = Math.min(n, from + chunk);
        fs.add(pool.submit(() -> {
          for (int i = a; i < b; i++) {
            stopIf(halt);
            task.accept(i);
          }
        }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      stop.set(true);
      pool.shutdownNow();
      awaitWorkers(workers);
    }
  }

  private static void stopIf(BooleanSupplier cancelled) {
    if (cancelled.getAsBoolean()) {
      throw new CancellationException("cancelled");
    }
  }

  /**
   * Waits for the workers' threads to end (they check for cancellation once a simulated day; the
   * pool, shut down, starts no thread after them).
   */
  private static void awaitWorkers(List<Thread> workers) {
    boolean interrupted = false;
    List<Thread> threads;
    synchronized (workers) {
      threads = new ArrayList<>(workers); // not joined under the lock: the pool's factory takes it
    }
    for (Thread t : threads) {
      while (t.isAlive()) {
        try {
          t.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
