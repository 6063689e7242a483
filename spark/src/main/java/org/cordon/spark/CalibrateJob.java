package org.cordon.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cordon.simulation.experiment.Band;
import org.cordon.simulation.experiment.Calibration;
import picocli.CommandLine.Command;
import org.cordon.simulation.cli.CalibrationOptions;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cordon-spark calibrate}: {@code cordon calibrate} on Spark ({@link SparkCalibration}):
 * the same options (but {@code --partitions} for {@code --threads}), the same fitted values,
 * posterior bands and predictive check, and with {@code --out FILE} the same calibration YAML
 * (it records the {@code cordon calibrate} command line, so the files are byte-identical).
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
    description = "Fit Jinsha's unknowns to the observed counts (ABC rejection), prior draws spread over the Spark cluster.")
final class CalibrateJob implements Callable<Integer> {
  @picocli.CommandLine.Mixin CalibrationOptions calibration;

  @Option(names = "--partitions", paramLabel = "P", defaultValue = "0",
      description = "Partitions of the draw indices (default: 4 per core of the registered executors, logged; results do not depend on it).")
  int partitions;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the fitted values as a calibration YAML file (driver side).")
  Path out;

  @ParentCommand CordonSpark parent;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CalibrationOptions o = calibration;
    o.check();
    Calibration.Result r = SparkCalibration.run(parent.session("calibrate"), CalibrationSetup.jinsha(o.seed(), o.replicates()),
        o.draws(), o.accept(), o.runs(), partitions, o.command());
    PrintWriter w = spec.commandLine().getOut();
    w.printf("ABC rejection: %d prior draws, %d accepted (seed %d)%n%n", r.drawn(), r.accepted().size(), o.seed());
    w.printf("%-26s %-10s %s%n", "parameter", "fitted", "posterior median [5%-95%]");
    var f = r.fitted();
    java.util.Map<String, Double> fitted = java.util.Map.of(
        "shareInfectedWuhan", f.shareInfectedWuhan(),
        "transmissionScale", f.transmissionScale(),
        "contactsOutsideHousehold", f.contactsOutsideHousehold(),
        Calibration.LEAK_ASSUMPTION, f.assumptions().get(Calibration.LEAK_ASSUMPTION));
    r.posterior().forEach((name, b) -> w.printf(Locale.ROOT, "%-26s %-10.4g %s%n", name, fitted.get(name), band(b)));
    w.printf("%nPosterior predictive check at the fitted values (%d runs):%n", o.runs());
    w.printf("%-40s %-9s %-22s %s%n", "observed", "value", "predictive [5%-95%]", "share of runs <= observed");
    for (Calibration.Check c : r.checks()) {
      w.printf(Locale.ROOT, "%-40s %-9d %-22s %.2f%n", c.target(), c.observed(), band(c.predictive()), c.percentile());
    }
    if (out != null) {
      try {
        Path parentDir = out.toAbsolutePath().getParent();
        Files.createDirectories(parentDir);
        Path tmp = Files.createTempFile(parentDir, "." + out.getFileName(), ".partial");
        Files.writeString(tmp, f.toYaml());
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
      }
      w.printf("%nwrote %s%n", out);
    }
    w.flush();
    return 0;
  }

  private static String band(Band b) {
    return String.format(Locale.ROOT, "%.4g [%.4g-%.4g]", b.median(), b.p5(), b.p95());
  }
}
