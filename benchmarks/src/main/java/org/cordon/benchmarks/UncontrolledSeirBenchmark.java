package org.cordon.benchmarks;

import java.util.concurrent.TimeUnit;
import org.cordon.simulation.engine.RunResult;
import org.cordon.simulation.engine.Simulation;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * The engine doing the same work as other simulators' uncontrolled runs: one replicate of the
 * {@link UncontrolledSeir} epidemic (no measures, no case finding, about 85% of residents
 * infected by day 100) on one thread, each invocation the next replicate index. The community and
 * the compiled schedule (with its contact graph) are built in set-up.
 *
 * <p>Infections per second = infections per run / seconds per run; the mean infections per run of
 * the invocations (warm-up and measured) are printed at the end of the trial as a line {@code
 * uncontrolled-seir: residents N, runs R, mean infections X}, which {@code benchmarks/run} reads.
 * Person-days per second = residents × 100 / seconds per run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class UncontrolledSeirBenchmark {
  /** Residents: the Jinsha preset and two scaled communities. */
  @Param({"26707", "100000", "1000000"})
  public int size;

  private Simulation simulation;
  private int replicate;
  private long infections;
  private int runs;

  /** Synthesizes the community and compiles the empty schedule (not measured). */
  @Setup(Level.Trial)
  public void setUp() {
    simulation = UncontrolledSeir.simulation(Fixture.community(size), UncontrolledSeir.TRANSMISSION_SCALE);
  }

  /** Prints the mean infections per run, for infections per second. */
  @TearDown(Level.Trial)
  public void tearDown() {
    System.out.printf("%nuncontrolled-seir: residents %d, runs %d, mean infections %.1f%n",
        size, runs, runs == 0 ? 0.0 : (double) infections / runs);
  }

  /** @return one uncontrolled replicate of 100 days */
  @Benchmark
  public RunResult uncontrolledSeir100Days() {
    RunResult r = simulation.run(Fixture.SEED, replicate++);
    infections += r.totalInfections();
    runs++;
    return r;
  }
}
