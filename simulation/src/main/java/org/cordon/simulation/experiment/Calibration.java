package org.cordon.simulation.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cordon.InvalidInputException;
import org.cordon.simulation.engine.RandomStreams;
import org.cordon.simulation.engine.RunResult;
import org.cordon.simulation.progress.Progress;

/**
 * Calibration of a scenario's unknowns ({@link CalibrationPrior}: share of Wuhan returnees
 * infected, R before the transmission change date and the factor after it, close contacts named
 * outside the household, night leakage of truck-blocked gates) to what was observed on its {@code
 * as-happened} variant (confirmed by 27 Jan, by 3 Feb, after 3 Feb, close contacts by 4 Feb), by
 * ABC-SMC with adaptive tolerances ({@link AbcSmc}). The last population's weighted particles are
 * resampled systematically to an equally weighted posterior sample: its medians are the fitted
 * values, and it is written as the calibration's posterior draws (with each draw's R without any
 * local response before and after the change date). A posterior predictive check then reruns the
 * posterior draws (night leakage at its fitted value) and places each observation in the
 * predictive distribution. Deterministic for a seed, whatever the thread count.
 */
public final class Calibration {
  /** The grid of the night-leakage prior. */
  public static final double[] LEAK_GRID = {0.0, 0.2, 0.4, 0.6, 0.8, 1.0};
  /** Prior bounds (assumptions): Wuhan share log-uniform on [0.0005, 0.02]. */
  public static final double WUHAN_MIN = 0.0005;
  /** Upper bound of the Wuhan share prior. */
  public static final double WUHAN_MAX = 0.02;
  /** Close contacts outside the household prior: uniform on [0, 12]. */
  public static final double CONTACTS_MAX = 12;
  /** The assumption fitted on the grid. */
  public static final String LEAK_ASSUMPTION = "vehicleLeakUnguarded";

  private Calibration() {}

  /**
   * One posterior particle (final population) and what it produced.
   *
   * @param weight its normalised importance weight
   * @param shareInfectedWuhan share of Wuhan returnees infected
   * @param transmissionScale scale before the change date
   * @param scaleFactorAfter factor on it after
   * @param contactsOutsideHousehold mean close contacts outside the household
   * @param leak night leakage
   * @param rBefore R without any local response before the change date
   * @param rAfter the same after
   * @param stats its simulated statistics and distance
   */
  public record Draw(double weight, double shareInfectedWuhan, double transmissionScale,
      double scaleFactorAfter, double contactsOutsideHousehold, double leak, double rBefore, double rAfter,
      CalibrationPrior.Stats stats) {}

  /**
   * One population of the sampler.
   *
   * @param index its index (0: the prior)
   * @param epsilon its tolerance
   * @param attempts proposals made
   * @param acceptance accepted share
   */
  public record Step(int index, double epsilon, int attempts, double acceptance) {}

  /**
   * Where an observation falls in the posterior predictive distribution.
   *
   * @param target what is observed
   * @param observed the observed value
   * @param predictive the predictive median and 5-95% band
   * @param percentile the share of predictive runs at or below the observed value
   */
  public record Check(String target, int observed, Band predictive, double percentile) {}

  /**
   * The calibration's outcome.
   *
   * @param steps the populations, prior first
   * @param particles the last population's weighted particles, attempt order
   * @param fitted the fitted values (posterior medians) and the resampled posterior draws
   * @param posterior the resampled posterior's median and 5-95% band per parameter, by name
   * @param checks the posterior predictive check
   * @param noCaseAfterShare share of predictive runs with no confirmed case after the second date
   */
  public record Result(List<Step> steps, List<Draw> particles, Calibrated fitted, Map<String, Band> posterior,
      List<Check> checks, double noCaseAfterShare) {
    /** @return proposals made over all populations (those outside the prior's support included) */
    public int attempts() {
      return steps.stream().mapToInt(Step::attempts).sum();
    }
  }

  /**
   * How the sampler evaluates a population's proposals: on local threads or on a cluster.
   * Results must be the same.
   */
  public interface Runner {
    /**
     * @param prior the prior and simulator
     * @return an evaluator of proposals
     */
    AbcSmc.Evaluator<CalibrationPrior.Stats> evaluator(CalibrationPrior prior);

    /**
     * @param prior the prior and simulator
     * @param fitted the fitted values and posterior draws
     * @param seed the calibration's seed
     * @param n predictive runs
     * @return the runs of {@link CalibrationPrior#predictive}, index order
     */
    List<RunResult> predictive(CalibrationPrior prior, Calibrated fitted, long seed, int n);
  }

  /**
   * @param threads worker threads (>= 1)
   * @param progress counts finished simulations
   * @return a runner on local threads ({@link ParallelRunner})
   */
  public static Runner local(int threads, Progress progress) {
    return new Runner() {
      @Override
      public AbcSmc.Evaluator<CalibrationPrior.Stats> evaluator(CalibrationPrior prior) {
        return ps -> {
          CalibrationPrior.Stats[] out = new CalibrationPrior.Stats[ps.size()];
          ParallelRunner.forEach(ps.size(), threads, "cordon-calibration", i -> {
            AbcSmc.Proposal p = ps.get(i);
            out[i] = prior.simulate(p.theta(), p.seed(), p.attempt());
            progress.advance(prior.replicatesPerDraw());
          });
          return Arrays.asList(out);
        };
      }

      @Override
      public List<RunResult> predictive(CalibrationPrior prior, Calibrated fitted, long seed, int n) {
        PosteriorPredictive run = prior.predictive(fitted, seed);
        RunResult[] rs = new RunResult[n];
        ParallelRunner.forEach(n, threads, "cordon-calibration", i -> {
          rs[i] = run.run(i);
          progress.advance(1);
        });
        return Arrays.asList(rs);
      }
    };
  }

  /**
   * Runs the calibration.
   *
   * @param prior the prior and simulator ({@link CalibrationPrior#of})
   * @param observed what was observed
   * @param settings the sampler's settings (particles, quantile, acceptance floor, populations, seed)
   * @param predictiveRuns replicates of the posterior predictive check (>= 1)
   * @param runner where simulations run
   * @param command the command line, recorded with the fitted values
   * @return the result
   * @throws InvalidInputException if {@code predictiveRuns} is below 1
   */
  public static Result run(CalibrationPrior prior, Observed observed, AbcSmc.Settings settings, int predictiveRuns,
      Runner runner, String command) {
    if (predictiveRuns < 1 || predictiveRuns > 1_000_000) {
      throw InvalidInputException.argument("--runs", "must be 1 to 1000000: " + predictiveRuns);
    }
    List<AbcSmc.Population<CalibrationPrior.Stats>> pops = AbcSmc.run(prior, runner.evaluator(prior),
        CalibrationPrior.Stats::distance, settings);
    List<Step> steps = pops.stream().map(p -> new Step(p.index(), p.epsilon(), p.attempts(), p.acceptance())).toList();
    var last = pops.get(pops.size() - 1);
    LocalReproduction lr = prior.reproduction();
    List<Draw> particles = new ArrayList<>();
    for (var p : last.particles()) {
      double[] t = p.theta();
      double s = prior.scale(t);
      particles.add(new Draw(p.weight(), Math.pow(10, t[0]), s, t[2], t[3], LEAK_GRID[(int) t[4]], lr.at(s),
          lr.at(s * t[2]), p.result()));
    }
    double u = RandomStreams.uniform(RandomStreams.stream(settings.seed(), pops.size(), RandomStreams.Purpose.CALIBRATION_PRIOR), 0, 0);
    int[] keep = AbcSmc.systematic(last.particles(), u);
    List<Draw> sample = Arrays.stream(keep).mapToObj(particles::get).toList();
    Map<String, Band> bands = new LinkedHashMap<>();
    bands.put("shareInfectedWuhan", band(sample, Draw::shareInfectedWuhan));
    bands.put("transmissionScale", band(sample, Draw::transmissionScale));
    bands.put("scaleFactorAfter", band(sample, Draw::scaleFactorAfter));
    bands.put("contactsOutsideHousehold", band(sample, Draw::contactsOutsideHousehold));
    bands.put(LEAK_ASSUMPTION, band(sample, Draw::leak));
    bands.put("rBefore", band(sample, Draw::rBefore));
    bands.put("rAfter", band(sample, Draw::rAfter));
    Calibrated fitted = new Calibrated(prior.target().name(), command, settings.seed(),
        round(bands.get("shareInfectedWuhan").median()), round(bands.get("transmissionScale").median()),
        round(bands.get("scaleFactorAfter").median()), round(bands.get("contactsOutsideHousehold").median()),
        Map.of(LEAK_ASSUMPTION, nearest(bands.get(LEAK_ASSUMPTION).median())),
        sample.stream().map(d -> new Calibrated.PosteriorDraw(round(d.shareInfectedWuhan()), round(d.transmissionScale()),
            round(d.scaleFactorAfter()), round(d.contactsOutsideHousehold()), round(d.rBefore()), round(d.rAfter()))).toList());
    List<RunResult> runs = runner.predictive(prior, fitted, settings.seed(), predictiveRuns);
    List<Check> checks = checks(observed, runs);
    double none = runs.stream().filter(r -> r.confirmedBy(observed.lastDate()) == r.confirmedBy(observed.secondDate()))
        .count() / (double) runs.size();
    return new Result(steps, List.copyOf(particles), fitted, bands, checks, none);
  }

  private static Band band(List<Draw> draws, java.util.function.ToDoubleFunction<Draw> f) {
    return Band.of(draws.stream().mapToDouble(f).toArray());
  }

  /**
   * Places each observation in the posterior predictive distribution.
   *
   * @param observed the observation
   * @param runs the predictive runs, index order (at least one)
   * @return one check per observed quantity
   * @throws InvalidInputException if there is no run
   */
  public static List<Check> checks(Observed observed, List<RunResult> runs) {
    int n = runs.size();
    if (n == 0) {
      throw InvalidInputException.argument("--runs", "no predictive run");
    }
    int[][] v = new int[4][n];
    for (int i = 0; i < n; i++) {
      RunResult r = runs.get(i);
      v[0][i] = r.confirmedBy(observed.firstDate());
      v[1][i] = r.confirmedBy(observed.secondDate());
      v[2][i] = r.confirmedBy(observed.lastDate()) - v[1][i];
      v[3][i] = r.closeContacts()[r.dayIndex(observed.contactsDate())];
    }
    String[] names = {
      "confirmed by " + observed.firstDate(), "confirmed by " + observed.secondDate(),
      "confirmed after " + observed.secondDate() + " to " + observed.lastDate(), "close contacts by " + observed.contactsDate()
    };
    int[] obs = {observed.confirmedByFirst(), observed.confirmedBySecond(), observed.confirmedAfterSecond(), observed.closeContacts()};
    List<Check> checks = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      final int o = obs[k];
      long atOrBelow = Arrays.stream(v[k]).filter(x -> x <= o).count();
      checks.add(new Check(names[k], o, Band.of(v[k]), (double) atOrBelow / n));
    }
    return checks;
  }

  private static double nearest(double leak) {
    double best = LEAK_GRID[0];
    for (double g : LEAK_GRID) {
      if (Math.abs(g - leak) < Math.abs(best - leak)) {
        best = g;
      }
    }
    return best;
  }

  private static double round(double x) {
    return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.4g", x));
  }
}
