package org.cordon.benchmarks;

import java.util.concurrent.TimeUnit;
import org.cordon.simulation.experiment.Experiment;
import org.cordon.simulation.experiment.Scenarios;
import org.cordon.simulation.progress.Progress;
import org.cordon.simulation.sensitivity.JinshaInputs;
import org.cordon.simulation.sensitivity.SensitivityCsv;
import org.cordon.simulation.sensitivity.SensitivityResult;
import org.cordon.simulation.sensitivity.SensitivityRun;
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
 * {@code cordon sensitivity} at its default size ({@link SensitivityRun#DEFAULT_SAMPLES} base rows
 * × every input of {@link JinshaInputs}, {@link SensitivityRun#DEFAULT_RUNS} paired runs per
 * design point, 3 variants) on {@link #THREADS} threads, as the command runs it without the JVM
 * start and the files: the preset (community, contact graph, calibration), the design, every
 * design point's compiled schedules and runs, the indices with their bootstrap and the CSV text.
 * The target: under 10 minutes on 2 cores. One single shot, no warm-up (a shot takes
 * minutes; the JIT warms up within the first seconds of it):
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar SensitivityBenchmark
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class SensitivityBenchmark {
  /** Worker threads (the machine's 2 cores). */
  public static final int THREADS = 2;

  /** @return the CSV of both headlines at the default size on 2 threads */
  @Benchmark
  public String defaultSize() {
    Experiment preset = Scenarios.resolve("jinsha-2020");
    SensitivityResult r = SensitivityRun.run(preset, JinshaInputs.problem(preset.calibration()),
        SensitivityRun.DEFAULT_SAMPLES, SensitivityRun.DEFAULT_RUNS, 1, THREADS, Progress.NONE);
    return SensitivityCsv.toCsv(r.headlines().get(0)) + SensitivityCsv.toCsv(r.headlines().get(1));
  }
}
