package org.cordon.simulation.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cordon.measure.ResponsePart;
import org.cordon.simulation.experiment.PairedComparison;
import org.cordon.simulation.progress.Progress;
import org.cordon.simulation.report.SweepReport;
import org.cordon.simulation.sweep.Sweep;
import org.cordon.simulation.sweep.SweepCsv;
import org.cordon.simulation.sweep.SweepJson;
import org.cordon.simulation.sweep.SweepPlan;
import org.cordon.simulation.sweep.SweepPoint;
import org.cordon.simulation.sweep.SweepResult;
import org.cordon.simulation.sweep.SweepScenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cordon sweep}: moves the closure or the whole local response over a range of start
 * dates, runs every date as paired Monte Carlo replicates (common random numbers across dates),
 * prints a table and the cost of a day of delay, and writes {@code sweep.csv}, {@code
 * sweep.json}, {@code sweep.png} and {@code report.html} into {@code --out} (all or nothing).
 * Bad input is rejected before anything runs or is written.
 */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description = "Cost of each day of delay: start the closure or the whole response on every date of a range.")
public final class SweepCommand implements Callable<Integer> {
  @Mixin SweepOptions sweep;

  @Mixin RunOptions run;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "Write sweep.csv, sweep.json, sweep.png and report.html into DIR.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    SweepOptions o = sweep;
    run.check(o.runs());
    ResponsePart moved = ResponsePart.of(o.part(), "--part");
    SweepPlan plan = SweepScenarios.plan(o.scenario(), moved, o.from(), o.to(), o.stepDays(), o.runs());
    SweepResult result;
    try (Progress progress = run.progress("sweep", (long) o.runs() * plan.starts().size(), spec)) {
      result = Sweep.run(plan, o.runs(), o.seed(), run.threads(), progress);
    }
    String command = CommandText.of(spec);
    AtomicOutput.writeDirectory(out, dir -> {
      SweepCsv.write(result, dir.resolve("sweep.csv"));
      SweepJson.write(result, dir.resolve("sweep.json"));
      SweepReport.write(result, command, dir);
    });
    PrintWriter w = spec.commandLine().getOut();
    w.print(table(result));
    w.printf("%n%s%n%nwrote %s, %s, %s and %s%n", result.sentence(), out.resolve("sweep.csv"), out.resolve("sweep.json"),
        out.resolve("sweep.png"), out.resolve("report.html"));
    w.flush();
    return 0;
  }

  /**
   * @param r a sweep's result
   * @return the terminal table: per start date, confirmed cases and the paired differences
   */
  static String table(SweepResult r) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "Scenario %s, %s moved: %d paired runs per date, seed %d; counts by %s,"
        + " extra against %s%n", r.scenario(), r.part(), r.runs(), r.seed(), r.by(), r.reference()));
    b.append("Median [5%-95%] over runs\n\n");
    b.append(String.format(Locale.ROOT, "%-11s %-14s %-16s %-8s %-16s %-7s %-7s%n", "start", "confirmed", "extra confirmed",
        "mean", "extra infected", "more", "fewer"));
    for (SweepPoint p : r.points()) {
      PairedComparison c = p.extraConfirmed();
      b.append(String.format(Locale.ROOT, "%-11s %-14s %-16s %-8.2f %-16s %-7s %-7s%n", p.start(),
          band(p.confirmed().median(), p.confirmed().p5(), p.confirmed().p95()),
          band(c.difference().median(), c.difference().p5(), c.difference().p95()), c.mean(),
          band(p.extraInfected().difference().median(), p.extraInfected().difference().p5(),
              p.extraInfected().difference().p95()),
          String.format(Locale.ROOT, "%.0f%%", 100 * c.probabilityMore()),
          String.format(Locale.ROOT, "%.0f%%", 100 * c.probabilityFewer())));
    }
    return b.toString();
  }

  private static String band(double median, double p5, double p95) {
    return String.format(Locale.ROOT, p5 < 0 ? "%d [%d to %d]" : "%d [%d-%d]", (long) median, (long) p5, (long) p95);
  }
}
