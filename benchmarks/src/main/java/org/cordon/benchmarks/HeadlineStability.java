package org.cordon.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.engine.RunResult;
import org.cordon.simulation.experiment.AbcSmc;
import org.cordon.simulation.experiment.Calibration;
import org.cordon.simulation.experiment.CalibrationPrior;
import org.cordon.simulation.experiment.CalibrationTarget;
import org.cordon.simulation.experiment.Ensemble;
import org.cordon.simulation.experiment.Experiment;
import org.cordon.simulation.experiment.MonteCarlo;
import org.cordon.simulation.experiment.Observed;
import org.cordon.simulation.experiment.Presets;
import org.cordon.simulation.experiment.Scenarios;
import org.cordon.simulation.progress.Progress;

/**
 * The stability table of issue 19 (docs/stability.md): the headline answer (final confirmed cases
 * of {@code late-city} and {@code response-late-city} against {@code as-happened}, paired runs) for
 * three calibration seeds and two ABC-SMC stopping settings, each calibration refitted from
 * scratch as {@code cordon calibrate} does, then run for {@code runs} paired runs (comparison seed
 * 1). For each cell: the mean paired difference with its Monte Carlo standard error (sd / sqrt(n)),
 * and P(more). Not a JMH benchmark and too long for a test (about half an hour on 2 cores); the
 * committed table is this program's output, written whole:
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.cordon.benchmarks.HeadlineStability [threads] [runs] [out]
 * }</pre>
 */
public final class HeadlineStability {
  private static final List<String> HEADLINES = List.of("late-city", "response-late-city");
  private static final String BASE = "as-happened";

  private HeadlineStability() {}

  /** One stopping setting of the ABC-SMC. */
  private record Setting(String name, double minAcceptance, int populations) {}

  /** A headline's paired differences summarised. */
  private record Cell(double mean, double se, double more, double fewer) {}

  /**
   * @param args threads (default 2), paired runs per calibration (default 6000), output file
   *     (default docs/stability.md)
   * @throws IOException if the table cannot be written
   */
  public static void main(String[] args) throws IOException {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 6000;
    Path out = Path.of(args.length > 2 ? args[2] : "docs/stability.md");
    List<Setting> settings = List.of(new Setting("stop below 3% acceptance or 8 populations (default)", 0.03, 8),
        new Setting("stop below 1.5% acceptance or 10 populations", 0.015, 10));
    CalibrationTarget target = CalibrationTarget.jinsha(Scenarios.jinshaCommunity(), ModelParameters.defaults());
    StringBuilder t = new StringBuilder();
    t.append("| calibration seed | ABC-SMC stop | R before | R after | no case after 3 Feb |");
    for (String h : HEADLINES) {
      t.append(' ').append(h).append(": mean ± MC error | P(more) |");
    }
    t.append('\n').append("|---|---|---|---|---|---|---|---|---|\n");
    for (long seed : new long[] {2020, 7, 11}) {
      CalibrationPrior prior = CalibrationPrior.of(target, Observed.JINSHA_2020, seed, threads, 3);
      for (Setting s : settings) {
        long t0 = System.nanoTime();
        Calibration.Result r = Calibration.run(prior, Observed.JINSHA_2020,
            new AbcSmc.Settings(500, 0.5, s.minAcceptance(), s.populations(), 500, seed), 400,
            Calibration.local(threads, Progress.NONE), "HeadlineStability seed " + seed + ", " + s.name());
        Experiment x = Presets.require(Presets.JINSHA_2020, "preset").experiment(r.fitted());
        Set<String> kept = Set.of(BASE, HEADLINES.get(0), HEADLINES.get(1));
        x = x.withVariants(x.variants().stream().filter(v -> kept.contains(v.name())).toList());
        Ensemble e = MonteCarlo.run(x, runs, 1, threads);
        int base = index(x, BASE);
        t.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %.0f%% |", seed, s.name(),
            median(r, "rBefore"), median(r, "rAfter"), 100 * r.noCaseAfterShare()));
        for (String h : HEADLINES) {
          Cell c = cell(e.runsOf(base), e.runsOf(index(x, h)));
          t.append(String.format(Locale.ROOT, " %+.2f ± %.2f (%.0f%%) | %.3f |", c.mean(), c.se(),
              100 * c.se() / Math.abs(c.mean()), c.more()));
        }
        t.append('\n');
        System.err.printf(Locale.ROOT, "seed %d, %s: %.0f s%n", seed, s.name(), (System.nanoTime() - t0) / 1e9);
      }
    }
    String text = "<!-- written whole by: java -cp benchmarks/target/benchmarks.jar org.cordon.benchmarks.HeadlineStability "
        + threads + " " + runs + " " + out + " -->\n"
        + "Final confirmed cases (each run followed to the end of its outbreak), paired against `as-happened`; "
        + runs + " paired runs per calibration, comparison seed 1; MC error = sd / sqrt(runs), in brackets as a"
        + " share of the mean. R before / R after: posterior medians of the model's local reproduction number"
        + " without any local response before and after 23 Jan; no case after 3 Feb: share of 400 posterior"
        + " predictive runs.\n\n" + t;
    Files.writeString(out, text);
    System.out.print(text);
  }

  private static int index(Experiment x, String name) {
    for (int k = 0; k < x.variants().size(); k++) {
      if (x.variants().get(k).name().equals(name)) {
        return k;
      }
    }
    throw new IllegalStateException("no variant " + name);
  }

  private static String median(Calibration.Result r, String name) {
    return String.format(Locale.ROOT, "%.2f", r.posterior().get(name).median());
  }

  private static Cell cell(List<RunResult> base, List<RunResult> variant) {
    int n = base.size();
    double sum = 0;
    double sq = 0;
    int more = 0;
    int fewer = 0;
    for (int i = 0; i < n; i++) {
      double d = variant.get(i).finalConfirmed() - base.get(i).finalConfirmed();
      sum += d;
      sq += d * d;
      more += d > 0 ? 1 : 0;
      fewer += d < 0 ? 1 : 0;
    }
    double mean = sum / n;
    double var = (sq - n * mean * mean) / (n - 1);
    return new Cell(mean, Math.sqrt(var / n), (double) more / n, (double) fewer / n);
  }
}
