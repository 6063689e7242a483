package org.cordon.simulation.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cordon.InvalidInputException;
import org.cordon.measure.ResponsePart;
import org.cordon.simulation.progress.Progress;
import org.cordon.simulation.report.SweepReport;
import org.cordon.simulation.sweep.Sweep;
import org.cordon.simulation.sweep.SweepCsv;
import org.cordon.simulation.sweep.SweepJson;
import org.cordon.simulation.sweep.SweepPlan;
import org.cordon.simulation.sweep.SweepResult;
import org.cordon.simulation.sweep.SweepScenarios;
import org.cordon.simulation.sweep.SweepTable;
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

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write sweep.csv, sweep.json, sweep.png and report.html into DIR (required unless --markdown).")
  Path out;

  @Option(names = "--markdown", description = "Print the table and the sentence as Markdown (what docs/ carries);"
      + " --out is then optional.")
  boolean markdown;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    SweepOptions o = sweep;
    run.check(o.runs());
    if (out == null && !markdown) {
      throw InvalidInputException.argument("--out", "required (or --markdown to print the table only)");
    }
    ResponsePart moved = ResponsePart.of(o.part(), "--part");
    SweepPlan plan = SweepScenarios.plan(o.scenario(), moved, o.from(), o.to(), o.stepDays(), o.runs());
    SweepResult result;
    try (Progress progress = run.progress("sweep", (long) o.runs() * plan.starts().size(), spec)) {
      result = Sweep.run(plan, o.runs(), o.seed(), run.threads(), progress);
    }
    String command = CommandText.of(spec);
    if (out != null) {
      AtomicOutput.writeDirectory(out, dir -> {
        SweepCsv.write(result, dir.resolve("sweep.csv"));
        SweepJson.write(result, dir.resolve("sweep.json"));
        SweepReport.write(result, command, dir);
      });
    }
    PrintWriter w = spec.commandLine().getOut();
    if (markdown) {
      w.print(SweepTable.markdown(result));
    } else {
      w.print(SweepTable.format(result));
      w.printf("%n%s%n", result.sentence());
    }
    if (out != null) {
      w.printf("%nwrote %s, %s, %s and %s%n", out.resolve("sweep.csv"), out.resolve("sweep.json"),
          out.resolve("sweep.png"), out.resolve("report.html"));
    }
    w.flush();
    return 0;
  }
}
