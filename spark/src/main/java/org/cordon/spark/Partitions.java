package org.cordon.spark;

import java.time.Duration;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.cordon.InvalidInputException;

/**
 * How many partitions a job's indices get when {@code --partitions} is not given: {@value
 * #PER_CORE} per core the job can use. The cores are {@code spark.default.parallelism} when it is
 * set; on a local master its threads ({@code local[N]}: N); on a cluster the cores of the
 * registered executors, after waiting for them to register (read before any executor registers,
 * Spark's default parallelism is 2 on any cluster). The wait ends when {@code
 * spark.executor.instances} executors have registered or, when that is not set, when at least one
 * has and their number has not changed for {@link #SETTLE}; at most {@code
 * spark.cordon.executorWaitSeconds} (default {@value #DEFAULT_WAIT_SECONDS}) seconds. The choice is
 * logged on standard error at the start of the job. Results never depend on it.
 */
public final class Partitions {
  /** Partitions per core (several, so that a slow task does not leave cores idle at the end). */
  public static final int PER_CORE = 4;
  /** The setting that bounds the wait for executors, in seconds. */
  public static final String WAIT_SECONDS = "spark.cordon.executorWaitSeconds";
  /** Default bound of the wait for executors. */
  public static final int DEFAULT_WAIT_SECONDS = 30;
  /** How long the number of registered executors must stay the same to end the wait. */
  static final Duration SETTLE = Duration.ofSeconds(3);

  private Partitions() {}

  /**
   * @param sc the Spark context
   * @param requested {@code --partitions}, or 0 for the default
   * @return {@code requested}, or {@value #PER_CORE} per core of the executors (logged)
   * @throws InvalidInputException if {@code requested} is negative
   */
  public static int resolve(JavaSparkContext sc, int requested) {
    if (requested < 0) {
      throw InvalidInputException.argument("--partitions", "must be >= 0: " + requested);
    }
    if (requested > 0) {
      return requested;
    }
    Cores cores = cores(sc);
    int p = PER_CORE * cores.count();
    System.err.printf("cordon-spark: %d partitions (%d per core; %d cores: %s); --partitions P chooses%n", p, PER_CORE,
        cores.count(), cores.source());
    return p;
  }

  /**
   * The cores the job can use, and where the number comes from.
   *
   * @param count how many
   * @param source where the number comes from, for the log
   */
  record Cores(int count, String source) {}

  static Cores cores(JavaSparkContext sc) {
    SparkConf conf = sc.getConf();
    if (conf.contains("spark.default.parallelism")) {
      return new Cores(sc.defaultParallelism(), "spark.default.parallelism");
    }
    if (sc.isLocal()) {
      return new Cores(sc.defaultParallelism(), "the local master " + sc.master());
    }
    int expected = conf.getInt("spark.executor.instances", 0);
    int executors = awaitExecutors(sc, expected, Duration.ofSeconds(conf.getInt(WAIT_SECONDS, DEFAULT_WAIT_SECONDS)));
    return new Cores(sc.defaultParallelism(), "of " + executors + " registered executor(s)"
        + (expected > 0 ? " of " + expected + " requested" : ""));
  }

  /** Waits for executors to register (see the class comment) and returns how many did. */
  static int awaitExecutors(JavaSparkContext sc, int expected, Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    int last = registered(sc);
    long stableSince = System.nanoTime();
    while (System.nanoTime() < end) {
      int n = registered(sc);
      if (n != last) {
        last = n;
        stableSince = System.nanoTime();
      }
      if (expected > 0 ? n >= expected : n >= 1 && System.nanoTime() - stableSince >= SETTLE.toNanos()) {
        return n;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return registered(sc);
  }

  /** Registered executors, the driver not counted. */
  private static int registered(JavaSparkContext sc) {
    return Math.max(0, sc.sc().statusTracker().getExecutorInfos().length - 1);
  }
}
