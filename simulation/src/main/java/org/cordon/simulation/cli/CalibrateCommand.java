package org.cordon.simulation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cordon.InvalidInputException;
import org.cordon.simulation.experiment.Band;
import org.cordon.simulation.experiment.Calibration;
import org.cordon.simulation.experiment.CalibrationPrior;
import org.cordon.simulation.experiment.CalibrationTarget;
import org.cordon.simulation.experiment.Observed;
import org.cordon.simulation.progress.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cordon calibrate}: fits a scenario's unknowns (the jinsha-2020 preset, or {@code
 * --scenario FILE} with its model and assumptions as written) to what was observed by ABC-SMC
 * ({@link Calibration}), prints the populations, the fitted values with their posterior bands
 * (R without any local response before and after the transmission change date among them) and
 * where each observation falls in the predictive distribution, and with {@code --out FILE}
 * writes the calibration file (the format of the shipped resource {@code
 * jinsha-2020-calibration.yaml}; a scenario's {@code disease: calibration: FILE} reads it back).
 * Shows progress on standard error unless {@code --quiet}.
 */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    description = "Fit the share of returnees infected, R before and after the transmission change date, close "
        + "contacts outside the household and the night leakage to Jinsha's observed counts (ABC-SMC).")
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
    CalibrationTarget target = o.target();
    var settings = o.settings();
    Calibration.Result r;
    long estimate = (long) o.particles() * o.replicates() * settings.maxPopulations() * 2 + o.runs();
    try (Progress progress = run.progress("calibrate", estimate, spec)) {
      CalibrationPrior prior = CalibrationPrior.of(target, Observed.JINSHA_2020, o.seed(), run.threads(), o.replicates());
      r = Calibration.run(prior, Observed.JINSHA_2020, settings, o.runs(), Calibration.local(run.threads(), progress),
          o.command());
    }
    PrintWriter w = spec.commandLine().getOut();
    report(w, r, o.runs());
    if (out != null) {
      AtomicOutput.writeFile(out, "--out", f -> Files.writeString(f, r.fitted().toYaml()));
      w.printf("%nwrote %s%n", out);
    }
    w.flush();
    return 0;
  }

  /**
   * Prints a calibration's result (shared with the Spark {@code calibrate} job).
   *
   * @param w where to print
   * @param r the result
   * @param runs predictive runs
   */
  public static void report(PrintWriter w, Calibration.Result r, int runs) {
    w.printf(Locale.ROOT, "ABC-SMC: %d populations, %d proposals, %d particles (seed %d)%n", r.steps().size(),
        r.attempts(), r.particles().size(), r.fitted().seed());
    w.printf("%-11s %-10s %-9s %s%n", "population", "tolerance", "proposals", "acceptance");
    for (Calibration.Step s : r.steps()) {
      w.printf(Locale.ROOT, "%-11d %-10.4g %-9d %.3f%n", s.index(), s.epsilon(), s.attempts(), s.acceptance());
    }
    w.printf("%n%-26s %s%n", "parameter", "posterior median [5%-95%]");
    r.posterior().forEach((name, b) -> w.printf(Locale.ROOT, "%-26s %s%n", name, band(b)));
    w.println("(rBefore, rAfter: the model's R without any local response before and from the transmission change date)");
    w.printf("%nPosterior predictive check (%d runs over the posterior draws):%n", runs);
    w.printf("%-40s %-9s %-22s %s%n", "observed", "value", "predictive [5%-95%]", "share of runs <= observed");
    for (Calibration.Check c : r.checks()) {
      w.printf(Locale.ROOT, "%-40s %-9d %-22s %.2f%n", c.target(), c.observed(), band(c.predictive()), c.percentile());
    }
    w.printf(Locale.ROOT, "predictive runs with no confirmed case after %s: %.0f%%%n", Observed.JINSHA_2020.secondDate(),
        100 * r.noCaseAfterShare());
  }

  private static String band(Band b) {
    return String.format(Locale.ROOT, "%.4g [%.4g-%.4g]", b.median(), b.p5(), b.p95());
  }
}
