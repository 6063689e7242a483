package org.cordon.simulation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cordon.InvalidInputException;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.experiment.Band;
import org.cordon.simulation.experiment.Calibration;
import org.cordon.simulation.experiment.Observed;
import org.cordon.simulation.experiment.Scenarios;
import org.cordon.simulation.progress.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code cordon calibrate}: fits the Jinsha replay's unknowns to what was observed by approximate
 * Bayesian computation ({@link Calibration}), prints the fitted values, their posterior bands and
 * where each observation falls in the predictive distribution, and with {@code --out FILE} writes
 * the fitted values as a calibration file (the format of the shipped resource {@code
 * jinsha-2020-calibration.yaml} that {@code compare} uses by default). Shows progress (prior
 * draws and predictive runs) on standard error unless {@code --quiet}.
 */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    description = "Fit the share of returnees infected, the transmission scale, close contacts outside the household "
        + "and the night leakage to Jinsha's observed counts (ABC rejection).")
public final class CalibrateCommand implements Callable<Integer> {
  @Mixin CalibrationOptions calibration;

  @Mixin RunOptions run;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the fitted values as a calibration YAML file.")
  Path out;


  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CalibrationOptions o = calibration;
    run.check(o.runs());
    o.check();
    if (out != null) {
      AtomicOutput.checkFile(out, "--out");
    }
    String command = o.command();
    Calibration.Result r;
    try (Progress progress = run.progress("calibrate", (long) o.draws() * o.replicates() + o.runs(), spec)) {
      r = Calibration.run(Scenarios.jinshaCommunity(), ModelParameters.defaults(), Observed.JINSHA_2020,
          o.draws(), o.replicates(), o.accept(), o.runs(), o.seed(), run.threads(), command, progress);
    }
    PrintWriter w = spec.commandLine().getOut();
    w.printf("ABC rejection: %d prior draws, %d accepted (seed %d)%n%n", r.drawn(), r.accepted().size(), o.seed());
    w.printf("%-26s %-10s %s%n", "parameter", "fitted", "posterior median [5%-95%]");
    Map<String, Double> fitted = Map.of(
        "shareInfectedWuhan", r.fitted().shareInfectedWuhan(),
        "transmissionScale", r.fitted().transmissionScale(),
        "contactsOutsideHousehold", r.fitted().contactsOutsideHousehold(),
        Calibration.LEAK_ASSUMPTION, r.fitted().assumptions().get(Calibration.LEAK_ASSUMPTION));
    r.posterior().forEach((name, b) -> w.printf(Locale.ROOT, "%-26s %-10.4g %s%n", name, fitted.get(name), band(b)));
    w.printf(Locale.ROOT, "%naccepted draws with no confirmed case after %s: %.0f%% (%d of %d)%n",
        Observed.JINSHA_2020.secondDate(), 100 * r.noCaseAfterShare(),
        Math.round(r.noCaseAfterShare() * r.accepted().size()), r.accepted().size());
    w.printf("%nPosterior predictive check at the fitted values (%d runs):%n", o.runs());
    w.printf("%-40s %-9s %-22s %s%n", "observed", "value", "predictive [5%-95%]", "share of runs <= observed");
    for (Calibration.Check c : r.checks()) {
      w.printf(Locale.ROOT, "%-40s %-9d %-22s %.2f%n", c.target(), c.observed(), band(c.predictive()), c.percentile());
    }
    if (out != null) {
      AtomicOutput.writeFile(out, "--out", f -> Files.writeString(f, r.fitted().toYaml()));
      w.printf("%nwrote %s%n", out);
    }
    w.flush();
    return 0;
  }

  private static String band(Band b) {
    return String.format(Locale.ROOT, "%.4g [%.4g-%.4g]", b.median(), b.p5(), b.p95());
  }
}
