package org.cordon.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.cordon.community.Community;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.engine.PolicyTable;
import org.cordon.simulation.engine.RunResult;
import org.cordon.simulation.engine.Interventions;
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

/**
 * Engine throughput: one replicate of an uncontrolled epidemic (no measures at all: {@link
 * Interventions#NONE}; the model's own case finding and isolation still run) of
 * {@link #DAYS} days from the first returnees' arrival, with the model's default parameters
 * ({@link ModelParameters#defaults()}), on one thread: about 1,900 of 26,707 residents infected on
 * average (replicates 0-299). Not the shipped Jinsha calibration: it is fitted to the contained
 * outbreak and, without measures in the schedule, gives about 20 infections, which would measure an
 * almost idle engine (the engine's cost follows the number of infectious residents).
 *
 * <p>Person-days per second = residents × {@link #DAYS} / (seconds per operation). Each invocation
 * runs the next replicate index, so each is a different epidemic.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class SimulationBenchmark {
  /** Simulated days. */
  public static final int DAYS = 100;
  /** First day: the first returnees' arrival, 10 Jan 2020 (docs/sources.md#the-response). */
  public static final LocalDate START = LocalDate.of(2020, 1, 10);

  /** Residents: the Jinsha preset and two scaled communities. */
  @Param({"26707", "100000", "1000000"})
  public int size;

  private Simulation simulation;
  private int replicate;

  /** Synthesizes the community and compiles the empty schedule (not measured). */
  @Setup(Level.Trial)
  public void setUp() {
    simulation = uncontrolled(Fixture.community(size));
  }

  /**
   * @param community a community
   * @return an uncontrolled {@link #DAYS}-day simulation of it with the model's defaults
   */
  static Simulation uncontrolled(Community community) {
    PolicyTable table = PolicyTable.compile(community, Interventions.NONE,
        START, START.plusDays(DAYS - 1));
    return Simulation.of(table, ModelParameters.defaults());
  }

  /** @return one uncontrolled replicate of {@link #DAYS} days */
  @Benchmark
  public RunResult uncontrolled100Days() {
    return simulation.run(Fixture.SEED, replicate++);
  }
}
