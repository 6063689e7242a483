package org.cordon.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cordon.trace.ContactTracer;
import org.cordon.trace.TraceResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Bulk-20 with shared groups ({@link ContactTracer#contactsOfEach}) and the same 20 cases by 20
 * single queries, <em>in one JVM</em>, alternated iteration by iteration in ABBA order. On this
 * project's machines one JMH fork can run identical work up to 2x faster than the next (the host
 * backs each JVM's memory differently), so {@link TracingBenchmark#bulk20SharedDepth2()} and
 * {@link TracingBenchmark#bulk20SharedDepth2Singles()}, each in its own fork, cannot show that one
 * is no slower than the other. Here each measurement iteration runs one of the two; which one is
 * {@link #sharedInMeasurement(int)} of its index, and every iteration restarts the rotation, so the
 * two iterations of a pair answer the same cases in the same order. The JMH score mixes both;
 * the figure is the ratio of a pair's two iteration means ({@code benchmarks/run} computes it from
 * the raw iteration data of the JSON).
 *
 * <p>{@link #cases} chooses the 20 cases of each call: {@code shared}, 20 distinct cases in groups
 * of up to four that share a workplace or household ({@link Fixture#sharedCasesAt}, the target's
 * bulk-20 with shared groups), or {@code rotation}, 20 consecutive cases of the rotation ({@link Fixture#casesAt}, as
 * {@link TracingBenchmark#bulk20Depth2()}: unrelated cases, a few of which share a group), so that
 * the bulk call's cost where few cases share is read in one JVM too.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class BulkSharedPairBenchmark extends CommunityState {
  /** Residents: the Jinsha preset and a scaled community. */
  @Param({"26707", "1000000"})
  public int size;

  /**
   * Which 20 cases a call traces: {@code shared} (distinct, in groups of up to four, the default)
   * or, with {@code -p cases=rotation}, {@code rotation} (unrelated).
   */
  @Param({"shared"})
  public String cases;

  private ContactTracer tracer;
  /** Whether {@link #cases} is {@code rotation}. */
  private boolean rotation;
  private boolean shared;
  private int warmups;
  private int measurements;

  @Override
  protected int residents() {
    return size;
  }

  /** Builds the community, the graph and the tracer (not measured). */
  @Setup(Level.Trial)
  public void setUp() {
    if (!cases.equals("shared") && !cases.equals("rotation")) {
      throw new IllegalArgumentException("cases: expected shared or rotation, got " + cases);
    }
    rotation = cases.equals("rotation");
    loadFixture();
    tracer = fixture.tracer();
  }

  /**
   * Chooses this iteration's side and restarts the rotation (not measured). Warm-up iterations
   * alternate too, so both sides are compiled before the first measurement.
   *
   * @param iteration JMH's description of the iteration about to run
   */
  @Setup(Level.Iteration)
  public void chooseSide(IterationParams iteration) {
    if (iteration.getType() == IterationType.WARMUP) {
      shared = warmups++ % 2 == 0;
    } else {
      shared = sharedInMeasurement(measurements++);
    }
    restartRotation();
  }

  /**
   * The ABBA order: measurement iterations 0, 3, 4, 7, 8, ... run the shared bulk call, 1, 2, 5, 6,
   * ... the singles, so neither side always runs first in its pair of pairs.
   *
   * @param index the measurement iteration, from 0
   * @return whether it runs {@code contactsOfEach} (else 20 single queries)
   */
  public static boolean sharedInMeasurement(int index) {
    int k = index % 4;
    return k == 0 || k == 3;
  }

  /** @return depth-2 household-and-workplace contacts of the next 20 cases ({@link #cases}), by this iteration's side */
  @Benchmark
  public List<TraceResult> bulk20SharedOrSingles() {
    int[] call = rotation ? nextCases(Queries.JINSHA_CASES) : nextSharedCases(Queries.JINSHA_CASES);
    return shared ? Queries.depth2OfEach(tracer, call) : Queries.depth2Singles(tracer, call);
  }
}
