package org.cordon.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.cordon.InvalidInputException;
import org.cordon.simulation.engine.RunResult;
import org.cordon.simulation.experiment.Replicates;

/**
 * The distributed part of {@code compare} and {@code sweep}: replicate indices {@code 0..runs-1}
 * split into contiguous partitions; each task takes the broadcast scenario, gets its compiled
 * experiment from the executor's {@link WorkerCache} and runs its indices; the driver collects the
 * results and puts them in index order. A replicate that throws fails the job with a {@link
 * ReplicateFailedException} naming its index.
 */
public final class ReplicateJob {
  private ReplicateJob() {}

  /**
   * @param sc the Spark context
   * @param count how many indices
   * @param partitions requested partitions (0: {@link Partitions#resolve}, four per core of the
   *     registered executors), never more than {@code count}
   * @return the indices {@code 0..count-1} in contiguous partitions
   * @throws InvalidInputException if {@code count} is below 1 or {@code partitions} negative
   */
  public static JavaRDD<Integer> indices(JavaSparkContext sc, int count, int partitions) {
    if (count < 1) {
      throw InvalidInputException.argument("--runs", "must be at least 1: " + count);
    }
    int p = Math.max(1, Math.min(count, Partitions.resolve(sc, partitions)));
    // one [from, to) range per partition, so the driver ships p pairs, not count indices
    List<int[]> ranges = new ArrayList<>(p);
    for (int k = 0; k < p; k++) {
      ranges.add(new int[] {(int) ((long) count * k / p), (int) ((long) count * (k + 1) / p)});
    }
    return sc.parallelize(ranges, p).flatMap(r -> IntStream.range(r[0], r[1]).iterator());
  }

  /**
   * The replicates, lazily: nothing runs until an action (the RDD is persisted, so {@link
   * #collect} and the Parquet output read the same runs once).
   *
   * @param sc the Spark context
   * @param scenario the broadcast scenario
   * @param runs replicates per variant
   * @param seed the seed
   * @param partitions partitions ({@link #indices})
   * @param function what runs for one index
   * @return one element per replicate index
   * @throws InvalidInputException if {@code runs} or {@code partitions} is out of range
   */
  public static JavaRDD<IndexedRuns> runs(JavaSparkContext sc, Broadcast<? extends ExperimentSource> scenario, int runs, long seed,
      int partitions, ReplicateFunction function) {
    return indices(sc, runs, partitions).mapPartitions(it -> {
      Replicates replicates = WorkerCache.replicates(scenario.value());
      List<IndexedRuns> out = new ArrayList<>();
      while (it.hasNext()) {
        int i = it.next();
        try {
          out.add(new IndexedRuns(i, function.run(replicates, seed, i)));
        } catch (RuntimeException e) {
          throw new ReplicateFailedException("replicate", i, e);
        }
      }
      return out.iterator();
    }).persist(StorageLevel.MEMORY_AND_DISK());
  }

  /**
   * Runs the job and puts the results in order.
   *
   * @param rdd the replicates from {@link #runs}
   * @param runs replicates per variant
   * @param variants variants per replicate
   * @return per variant (experiment order), per replicate (index order)
   * @throws ReplicateFailedException if a replicate threw
   */
  public static List<List<RunResult>> collect(JavaRDD<IndexedRuns> rdd, int runs, int variants) {
    RunResult[][] out = new RunResult[variants][runs];
    for (IndexedRuns r : collect(rdd)) {
      for (int k = 0; k < variants; k++) {
        out[k][r.index()] = r.runs()[k];
      }
    }
    List<List<RunResult>> results = new ArrayList<>();
    for (int k = 0; k < variants; k++) {
      for (int i = 0; i < runs; i++) {
        if (out[k][i] == null) {
          throw new IllegalStateException("replicate " + i + " of variant " + k + " is missing from the job's output");
        }
      }
      results.add(List.of(out[k]));
    }
    return results;
  }

  /**
   * {@code rdd.collect()}, with a failed task's {@link ReplicateFailedException} (or the job's
   * failure) rethrown unchecked.
   *
   * @param rdd an RDD
   * @param <T> its element type
   * @return its elements
   * @throws ReplicateFailedException if a replicate or draw threw
   */
  public static <T> List<T> collect(JavaRDD<T> rdd) {
    try {
      return rdd.collect();
    } catch (Exception e) {
      throw failure(e);
    }
  }

  /**
   * @param e a job's failure (a {@code SparkException} wrapping the task's exception)
   * @return the {@link ReplicateFailedException} it carries, or an unchecked exception with its
   *     message
   */
  static RuntimeException failure(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ReplicateFailedException r) {
        return r;
      }
    }
    return e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
  }
}
