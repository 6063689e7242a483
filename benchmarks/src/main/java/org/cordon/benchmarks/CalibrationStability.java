package org.cordon.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.experiment.AbcSmc;
import org.cordon.simulation.experiment.Band;
import org.cordon.simulation.experiment.Calibration;
import org.cordon.simulation.experiment.CalibrationPrior;
import org.cordon.simulation.experiment.CalibrationTarget;
import org.cordon.simulation.experiment.Observed;
import org.cordon.simulation.experiment.Scenarios;
import org.cordon.simulation.progress.Progress;

/**
 * The numbers of docs/calibration.md: the posterior of the calibrated unknowns under ABC-SMC with
 * two stopping settings and two seeds, against rejection ABC (one prior population of {@code
 * draws} particles, the nearest 2% and 5% kept) on the same simulations. Not a JMH benchmark; a
 * plain program (minutes):
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.cordon.benchmarks.CalibrationStability [threads] [draws]
 * }</pre>
 */
public final class CalibrationStability {
  private CalibrationStability() {}

  /** One parameter vector with its weight and distance. */
  private record Row(double w, double wuhan, double rBefore, double factor, double rAfter, double contacts, double leak,
      double distance) {}

  /**
   * @param args threads (default 2), rejection draws (default 6000)
   */
  public static void main(String[] args) {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    int draws = args.length > 1 ? Integer.parseInt(args[1]) : 6000;
    CalibrationTarget target = CalibrationTarget.jinsha(Scenarios.jinshaCommunity(), ModelParameters.defaults());
    System.out.println("setting | seed | proposals | wuhan share | R before | factor after | R after | contacts | leak");
    for (long seed : new long[] {2020, 7}) {
      CalibrationPrior prior = CalibrationPrior.of(target, Observed.JINSHA_2020, seed, threads, 3);
      smc(prior, "SMC stop <3% acceptance or 8 pops", new AbcSmc.Settings(500, 0.5, 0.03, 8, 500, seed), threads);
      smc(prior, "SMC stop <1.5% acceptance or 10 pops", new AbcSmc.Settings(500, 0.5, 0.015, 10, 500, seed), threads);
      if (seed == 2020) {
        rejection(prior, draws, seed, threads);
      }
    }
  }

  private static void smc(CalibrationPrior prior, String name, AbcSmc.Settings s, int threads) {
    long t0 = System.nanoTime();
    Calibration.Result r = Calibration.run(prior, Observed.JINSHA_2020, s, 200, Calibration.local(threads, Progress.NONE), name);
    var p = r.posterior();
    System.out.printf(Locale.ROOT, "%s | %d | %d (%d pops, last eps %.3g, %.0f s) | %s | %s | %s | %s | %s | %s | no case after 3 Feb %.0f%%%n",
        name, s.seed(), r.attempts(), r.steps().size(), r.steps().get(r.steps().size() - 1).epsilon(),
        (System.nanoTime() - t0) / 1e9, b(p.get("shareInfectedWuhan")), b(p.get("rBefore")), b(p.get("scaleFactorAfter")),
        b(p.get("rAfter")), b(p.get("contactsOutsideHousehold")), b(p.get(Calibration.LEAK_ASSUMPTION)),
        100 * r.noCaseAfterShare());
  }

  private static void rejection(CalibrationPrior prior, int draws, long seed, int threads) {
    AbcSmc.Settings s = new AbcSmc.Settings(draws, 0.5, 0.03, 1, draws, seed);
    var pops = AbcSmc.run(prior, Calibration.local(threads, Progress.NONE).evaluator(prior), CalibrationPrior.Stats::distance, s);
    var lr = prior.reproduction();
    List<Row> rows = new ArrayList<>();
    for (var p : pops.get(0).particles()) {
      double[] t = p.theta();
      double sc = prior.scale(t);
      rows.add(new Row(1, Math.pow(10, t[0]), lr.at(sc), t[2], lr.at(sc * t[2]), t[3], Calibration.LEAK_GRID[(int) t[4]],
          p.distance()));
    }
    rows.sort(Comparator.comparingDouble(Row::distance));
    for (double share : new double[] {0.02, 0.05}) {
      List<Row> kept = rows.subList(0, (int) Math.round(share * draws));
      System.out.printf(Locale.ROOT, "rejection nearest %.0f%% of %d | %d | %d | %s | %s | %s | %s | %s | %s%n", 100 * share,
          draws, seed, draws, b(kept, Row::wuhan), b(kept, Row::rBefore), b(kept, Row::factor), b(kept, Row::rAfter),
          b(kept, Row::contacts), b(kept, Row::leak));
    }
  }

  private static String b(List<Row> rows, ToDoubleFunction<Row> f) {
    return b(Band.of(rows.stream().mapToDouble(f).toArray()));
  }

  private static String b(Band x) {
    return String.format(Locale.ROOT, "%.3g [%.3g-%.3g]", x.median(), x.p5(), x.p95());
  }
}
