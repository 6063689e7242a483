package org.cordon.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cordon.simulation.experiment.Calibrated;
import org.cordon.simulation.experiment.Comparison;
import org.cordon.simulation.experiment.ComparisonSummary;
import org.cordon.simulation.experiment.Experiment;
import org.cordon.simulation.experiment.MonteCarlo;
import org.cordon.simulation.experiment.Scenarios;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Jinsha 2020 comparison as {@code cordon compare} runs it, on the four closure variants of the
 * {@code jinsha-2020} scenario (as it happened, late city, late province, never), {@link #RUNS}
 * paired replicates each, on {@link #THREADS} threads, then the comparison summary. Measured:
 * compiling the four policy tables, all 4,000 replicates and the summary; not measured: the
 * community and its timelines (built once in set-up). Single shots (one warm-up, three measured).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class JinshaComparisonBenchmark {
  /** Paired replicates per variant (the target). */
  public static final int RUNS = 1_000;
  /** Worker threads (the machine's 2 cores). */
  public static final int THREADS = 2;

  private Experiment experiment;
  private long seed;

  /** Builds the scenario: community, calibration and the four timelines (not measured). */
  @Setup(Level.Trial)
  public void setUp() {
    // The four closure variants only, so the workload stays that of the first benchmark runs.
    Experiment all = Scenarios.jinsha(Calibrated.jinsha2020());
    List<String> closure = List.of("as-happened", "late-city", "late-province", "never");
    experiment = new Experiment(all.name(), all.community(), all.start(), all.end(), all.parameters(),
        all.variants().stream().filter(v -> closure.contains(v.name())).toList(), all.parameterDraws());
  }

  /** @return the summary of 1,000 paired replicates of each of the four variants on 2 threads */
  @Benchmark
  public ComparisonSummary jinshaComparison1000x4() {
    return Comparison.summarize(MonteCarlo.run(experiment, RUNS, seed++, THREADS));
  }
}
