package org.cordon.benchmarks;

import java.util.concurrent.TimeUnit;
import org.cordon.simulation.cli.CalibrationOptions;
import org.cordon.simulation.experiment.Calibration;
import org.cordon.simulation.experiment.CalibrationPrior;
import org.cordon.simulation.experiment.Observed;
import org.cordon.simulation.progress.Progress;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import picocli.CommandLine;

/**
 * The shipped calibration ({@code cordon calibrate} with its defaults: seed 2020, ABC-SMC with
 * 500 particles, up to 8 populations, 3 replicates per particle, 400 predictive runs) on {@link
 * #THREADS} threads, as the command runs it without the JVM start and the file: the preset, the
 * six policy tables, the R(scale) measurement, the populations and the predictive check. The
 * issue's target: under 10 minutes on 2 cores. One single shot, no warm-up (a shot takes minutes):
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar CalibrationBenchmark
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class CalibrationBenchmark {
  /** Worker threads (the machine's 2 cores). */
  public static final int THREADS = 2;

  /** @return the calibration file's text of the default {@code cordon calibrate} */
  @Benchmark
  public String shippedCalibration() {
    CalibrationOptions o = new CalibrationOptions();
    new CommandLine(o).parseArgs();
    CalibrationPrior prior = CalibrationPrior.of(o.target(), Observed.JINSHA_2020, o.seed(), THREADS, o.replicates());
    return Calibration.run(prior, Observed.JINSHA_2020, o.settings(), o.runs(), Calibration.local(THREADS, Progress.NONE),
        o.command()).fitted().toYaml();
  }
}
