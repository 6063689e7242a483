package org.cordon.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.cordon.measure.ResponsePart;
import org.cordon.simulation.sweep.Sweep;
import org.cordon.simulation.sweep.SweepCsv;
import org.cordon.simulation.sweep.SweepPlan;
import org.cordon.simulation.sweep.SweepResult;
import org.cordon.simulation.sweep.SweepScenarios;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code cordon sweep --part closure} over {@link #DATES} start dates (25 Jan to 18 Feb 2020) ×
 * {@link #RUNS} paired runs on {@link #THREADS} threads, as the command runs it without the JVM
 * start and the files: building the calibrated preset (community, contact graph, tracer, once),
 * the 25 timelines and their policy tables, the 5,000 replicates, the summary with its slopes
 * and the CSV text. The target: under 60 s on 2 cores. Single shots (one warm-up, two
 * measured), since one shot takes tens of seconds:
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar SweepBenchmark
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class SweepBenchmark {
  /** Start dates of the sweep (the 25). */
  public static final int DATES = 25;
  /** Paired runs per date (the 200). */
  public static final int RUNS = 200;
  /** Worker threads (the machine's 2 cores). */
  public static final int THREADS = 2;
  private static final LocalDate FROM = LocalDate.of(2020, 1, 25);

  private long seed = 1;

  /** @return the CSV of a closure sweep over 25 dates × 200 runs on 2 threads */
  @Benchmark
  public String closureSweep25x200() {
    SweepPlan plan = SweepScenarios.plan("jinsha-2020", ResponsePart.CLOSURE, FROM, FROM.plusDays(DATES - 1), 1, RUNS);
    SweepResult r = Sweep.run(plan, RUNS, seed++, THREADS);
    return SweepCsv.toCsv(r);
  }
}
