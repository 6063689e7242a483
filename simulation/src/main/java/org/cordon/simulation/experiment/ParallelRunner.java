package org.cordon.simulation.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    if (threads < 1) {
      throw InvalidInputException.argument("--threads", "must be at least 1: " + threads);
    }
    if (threads == 1 || n <= 1) {
      for (int i = 0; i < n; i++) {
        task.accept(i);
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> fs = new ArrayList<>();
      int chunk = Math.max(1, n / (threads * 8));
      for (int from = 0; from < n; from += chunk) {
        final int a = from;
        final int b = Math.min(n, from + chunk);
        fs.add(pool.submit(() -> {
          for (int i = a; i < b; i++) {
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
      pool.shutdownNow();
    }
  }
}
