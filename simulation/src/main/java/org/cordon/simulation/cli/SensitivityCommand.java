package org.cordon.simulation.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cordon.InvalidInputException;
import org.cordon.simulation.experiment.Experiment;
import org.cordon.simulation.experiment.Scenarios;
import org.cordon.simulation.progress.Progress;
import org.cordon.simulation.report.SensitivityChart;
import org.cordon.simulation.report.SensitivityReport;
import org.cordon.simulation.sensitivity.JinshaInputs;
import org.cordon.simulation.sensitivity.JinshaSensitivity;
import org.cordon.simulation.sensitivity.SaltelliDesign;
import org.cordon.simulation.sensitivity.SensitivityCsv;
import org.cordon.simulation.sensitivity.SensitivityJson;
import org.cordon.simulation.sensitivity.SensitivityProblem;
import org.cordon.simulation.sensitivity.SensitivityResult;
import org.cordon.simulation.sensitivity.SensitivityRun;
import org.cordon.simulation.sensitivity.SobolIndices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cordon sensitivity}: Sobol first-order and total indices of the headline paired
 * differences ({@code late-city} and {@code response-late-city} against {@code as-happened}) over
 * the model's labelled assumptions and calibrated parameters ({@link JinshaInputs}); writes {@code
 * sensitivity-<variant>.csv} per headline, {@code sensitivity.json}, {@code sensitivity.png} and
 * {@code report.html} into {@code --out} (all or nothing). Bad input is rejected before anything
 * runs or is written. See docs/sensitivity.md.
 */
@Command(
    name = "sensitivity",
    mixinStandardHelpOptions = true,
    description = "Global sensitivity (Sobol indices) of the headline differences to every assumption and calibrated parameter.")
public final class SensitivityCommand implements Callable<Integer> {
  @Option(names = "--scenario", paramLabel = "jinsha-2020|FILE", defaultValue = "jinsha-2020",
      description = "Preset name or YAML scenario file with the variants as-happened, late-city and response-late-city"
          + " (default: ${DEFAULT-VALUE}).")
  String scenario;

  @Option(names = "--samples", paramLabel = "N", defaultValue = "" + SensitivityRun.DEFAULT_SAMPLES,
      description = "Base sample size N of the Saltelli design; N (k + 2) design points (default: ${DEFAULT-VALUE}).")
  int samples;

  @Option(names = "--runs", paramLabel = "R", defaultValue = "" + SensitivityRun.DEFAULT_RUNS,
      description = "Paired runs per design point (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--inputs", paramLabel = "A,B,...", split = ",",
      description = "Only these inputs (default: all; names as in sensitivity-*.csv).")
  List<String> inputs;

  @Option(names = "--range", paramLabel = "INPUT=LOW:HIGH",
      description = "Another range for an input (repeatable), e.g. --range febrileShare=0.3:0.9.")
  List<String> ranges;

  @Mixin RunOptions run;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "Write sensitivity-<variant>.csv, sensitivity.json, sensitivity.png and report.html into DIR.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    run.check(runs);
    if (samples < 2 || samples > SaltelliDesign.MAX_SAMPLES) {
      throw InvalidInputException.argument("--samples", "must be 2.." + SaltelliDesign.MAX_SAMPLES + ": " + samples);
    }
    Map<String, double[]> newRanges = parseRanges();
    Experiment experiment = Scenarios.resolve(scenario);
    SensitivityProblem problem = JinshaInputs.problem(experiment.calibration());
    if (inputs != null) {
      problem = problem.select(inputs, "--inputs");
    }
    problem = problem.withRanges(newRanges, "--range");
    JinshaSensitivity model = JinshaSensitivity.of(experiment, problem, seed); // checks the variants before any run
    SensitivityResult result;
    try (AtomicOutput output = AtomicOutput.open(out, "--out")) {
      try (Progress progress = run.progress("sensitivity", SensitivityRun.simulations(problem, samples, runs), spec)) {
        result = SensitivityRun.run(model, problem, samples, runs, run.threads(), progress);
      }
      String command = CommandText.of(spec);
      output.commit(dir -> {
        SensitivityCsv.write(result, dir);
        SensitivityJson.write(result, dir.resolve(SensitivityJson.FILE_NAME));
        SensitivityReport.write(result, command, dir);
      });
    }
    PrintWriter w = spec.commandLine().getOut();
    w.print(table(result));
    w.printf("%nwrote %s, %s, %s and %s into %s%n",
        String.join(", ", result.headlines().stream().map(SensitivityCsv::fileName).toList()),
        SensitivityJson.FILE_NAME, SensitivityChart.FILE_NAME, "report.html", out);
    w.flush();
    return 0;
  }

  private Map<String, double[]> parseRanges() {
    Map<String, double[]> m = new LinkedHashMap<>();
    if (ranges == null) {
      return m;
    }
    for (String r : ranges) {
      int eq = r.indexOf('=');
      int colon = r.indexOf(':', Math.max(eq, 0));
      if (eq < 1 || colon < 0) {
        throw InvalidInputException.argument("--range", "expected INPUT=LOW:HIGH: '" + InvalidInputException.echo(r) + "'");
      }
      try {
        double low = Double.parseDouble(r.substring(eq + 1, colon).strip());
        double high = Double.parseDouble(r.substring(colon + 1).strip());
        if (m.put(r.substring(0, eq).strip(), new double[] {low, high}) != null) {
          throw InvalidInputException.argument("--range", "input '" + r.substring(0, eq).strip() + "' given twice");
        }
      } catch (NumberFormatException e) {
        throw InvalidInputException.argument("--range", "not numbers: '" + InvalidInputException.echo(r) + "'");
      }
    }
    return m;
  }

  /**
   * @param r a result
   * @return the terminal table: per headline, the inputs by total index
   */
  static String table(SensitivityResult r) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "Scenario %s: %s, N = %d base rows x %d inputs (%d design points), %d paired"
        + " runs per point, seed %d%n", r.scenario(), r.statistic() + " " + r.by(), r.samples(), r.problem().size(),
        (long) r.samples() * (r.problem().size() + 2), r.runs(), r.seed()));
    for (SensitivityResult.Headline h : r.headlines()) {
      b.append(String.format(Locale.ROOT, "%n%s vs %s: mean difference %.2f, variance %.2f, Monte Carlo noise %s,"
          + " sum of S1 %.2f%n", h.variant(), h.versus(), h.sobol().mean(), h.sobol().variance(),
          Double.isNaN(h.noiseShare()) ? "not measured" : String.format(Locale.ROOT, "%.0f%%", 100 * h.noiseShare()),
          h.firstOrderSum()));
      b.append(String.format(Locale.ROOT, "  %-36s %-22s %-22s%n", "input (largest ST first)", "S1 [5-95%]", "ST [5-95%]"));
      for (SobolIndices i : h.topByTotal(10)) {
        b.append(String.format(Locale.ROOT, "  %-36s %-22s %-22s%n", i.input().name(),
            band(i.firstOrder(), i.firstOrderBootstrap().p5(), i.firstOrderBootstrap().p95()),
            band(i.total(), i.totalBootstrap().p5(), i.totalBootstrap().p95())));
      }
    }
    return b.toString();
  }

  private static String band(double v, double lo, double hi) {
    return String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", v, lo, hi);
  }
}
