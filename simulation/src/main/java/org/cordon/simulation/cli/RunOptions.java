package org.cordon.simulation.cli;

import org.cordon.InvalidInputException;
import org.cordon.simulation.progress.Progress;
import org.cordon.simulation.progress.ProgressMeter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * Options shared by the commands that run replicates ({@code compare}, {@code replay}, {@code
 * calibrate}): worker threads and progress. A picocli mixin; results never depend on either.
 */
final class RunOptions {
  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores; results do not depend on it).")
  Integer threads;

  @Option(names = "--quiet", description = "Show no progress on standard error.")
  boolean quiet;

  /**
   * @param runs the replicates asked for
   * @throws InvalidInputException if {@code runs} or {@code --threads} is out of range
   */
  void check(int runs) {
    if (runs < 1 || runs > 1_000_000) {
      throw InvalidInputException.argument("--runs", "must be 1..1000000: " + runs);
    }
    if (threads != null && (threads < 1 || threads > 1024)) {
      throw InvalidInputException.argument("--threads", "must be 1..1024: " + threads);
    }
  }

  /** @return the worker threads: {@code --threads}, or every core */
  int threads() {
    return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
  }

  /**
   * @param label what is running, e.g. {@code "compare"}
   * @param total units of work (runs) to count
   * @param spec the running command, whose standard error shows the progress
   * @return a progress meter, or {@link Progress#NONE} with {@code --quiet}
   */
  Progress progress(String label, long total, CommandSpec spec) {
    return ProgressMeter.forConsole(label, total, quiet, spec.commandLine().getErr());
  }
}
