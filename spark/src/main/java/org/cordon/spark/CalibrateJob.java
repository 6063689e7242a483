package org.cordon.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.cordon.InvalidInputException;
import org.cordon.simulation.cli.CalibrateCommand;
import org.cordon.simulation.cli.CalibrationOptions;
import org.cordon.simulation.experiment.Calibration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cordon-spark calibrate}: {@code cordon calibrate} on Spark ({@link SparkCalibration}):
 * the same options (but {@code --partitions} for {@code --threads}; {@code --scenario} is not
 * taken: the jinsha-2020 preset only), the same populations, fitted values, posterior bands and
 * predictive check, and with {@code --out FILE} the same calibration YAML (it records the {@code
 * cordon calibrate} command line, so the files are byte-identical).
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
    description = "Fit Jinsha's unknowns to the observed counts (ABC-SMC), each population's proposals spread over the Spark cluster.")
final class CalibrateJob implements Callable<Integer> {
  @picocli.CommandLine.Mixin CalibrationOptions calibration;

  @Option(names = "--partitions", paramLabel = "P", defaultValue = "0",
      description = "Partitions of each batch of proposals (default: 4 per core of the registered executors, logged; results do not depend on it).")
  int partitions;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the fitted values as a calibration YAML file (driver side).")
  Path out;

  @ParentCommand CordonSpark parent;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CalibrationOptions o = calibration;
    o.check();
    if (o.scenario() != null) {
      throw InvalidInputException.argument("--scenario", "not supported by cordon-spark calibrate (the jinsha-2020 preset only)");
    }
    Calibration.Result r = SparkCalibration.run(parent.session("calibrate"), CalibrationSetup.jinsha(o.seed(), o.replicates()),
        o.settings(), o.runs(), partitions, o.command());
    PrintWriter w = spec.commandLine().getOut();
    CalibrateCommand.report(w, r, o.runs());
    if (out != null) {
      org.cordon.simulation.cli.AtomicOutput.writeFile(out, "--out", file -> Files.writeString(file, r.fitted().toYaml()));
      w.printf("%nwrote %s%n", out);
    }
    w.flush();
    return 0;
  }
}
