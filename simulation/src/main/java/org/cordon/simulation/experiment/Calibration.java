package org.cordon.simulation.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.cordon.InvalidInputException;
import org.cordon.simulation.progress.Progress;
import org.cordon.community.Community;
import org.cordon.measure.ContainmentAssumptions;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.engine.PolicyTable;
import org.cordon.simulation.engine.RunResult;

/**
 * Approximate Bayesian computation by rejection (Pritchard et al. 1999; Beaumont et al. 2002) of
 * the unknowns of the Jinsha replay, on its {@code as-happened} variant: the share of Wuhan
 * returnees infected before arrival (log-uniform prior), the transmission scale of the
 * non-household layers (uniform), the mean close contacts named outside the household (uniform),
 * and the night leakage of truck-blocked gates before guards worked around the clock ({@code
 * vehicleLeakUnguarded}, uniform on a grid). Each prior draw runs one replicate; the draws whose
 * simulated (confirmed by 27 Jan, by 3 Feb, after 3 Feb, close contacts by 4 Feb) are nearest to
 * the observed ones (distance: sum of |log((sim + 1) / (obs + 1))|) are accepted. The fitted values
 * are the accepted draws' medians, and the accepted draws are kept as the posterior sample; a
 * posterior predictive check then reruns the posterior draws (night leakage at its fitted value)
 * and says where each observation falls in the predictive distribution. Deterministic for a seed,
 * whatever the thread count.
 */
public final class Calibration {
  /** The grid of the night-leakage prior. */
  public static final double[] LEAK_GRID = {0.0, 0.2, 0.4, 0.6, 0.8, 1.0};
  /** Prior bounds (assumptions): Wuhan share log-uniform on [0.0005, 0.02]. */
  public static final double WUHAN_MIN = 0.0005;
  /** Upper bound of the Wuhan share prior. */
  public static final double WUHAN_MAX = 0.02;
  /** Transmission scale prior: uniform on [0.05, 1.5]. */
  public static final double SCALE_MIN = 0.05;
  /** Upper bound of the transmission scale prior. */
  public static final double SCALE_MAX = 1.5;
  /** Close contacts outside the household prior: uniform on [0, 12]. */
  public static final double CONTACTS_MAX = 12;
  /** The assumption fitted on the grid. */
  public static final String LEAK_ASSUMPTION = "vehicleLeakUnguarded";

  private Calibration() {}

  /**
   * One prior draw and what it produced.
   *
   * @param index the draw's index (its random streams)
   * @param shareInfectedWuhan drawn Wuhan share
   * @param transmissionScale drawn scale
   * @param contactsOutsideHousehold drawn mean contacts outside the household
   * @param leak drawn night leakage
   * @param confirmedByFirst simulated confirmed by the first date
   * @param confirmedBySecond by the second date
   * @param confirmedAfterSecond after the second date
   * @param closeContacts close contacts by the tally date
   * @param distance distance to the observation
   */
  public record Draw(int index, double shareInfectedWuhan, double transmissionScale, double contactsOutsideHousehold,
      double leak, int confirmedByFirst, int confirmedBySecond, int confirmedAfterSecond, int closeContacts, double distance) {}

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
   * @param drawn prior draws made
   * @param accepted the accepted draws, nearest first
   * @param fitted the fitted values (accepted medians), with the command and seed
   * @param posterior the accepted draws' median and 5-95% band per parameter, by name
   * @param checks the posterior predictive check at the fitted values
   */
  public record Result(int drawn, List<Draw> accepted, Calibrated fitted, Map<String, Band> posterior, List<Check> checks) {
    /**
     * @return the share of accepted draws whose replicate has no confirmed case after the second
     *     date (Jinsha: none after 3 Feb), 0 if none was accepted
     */
    public double noCaseAfterShare() {
      return accepted.isEmpty() ? 0 : (double) accepted.stream().filter(d -> d.confirmedAfterSecond() == 0).count()
          / accepted.size();
    }
  }

  /**
   * Runs the calibration.
   *
   * @param community the community (the jinsha-2020 preset)
   * @param base the model the unknowns are fitted in
   * @param observed what was observed
   * @param draws prior draws (>= 10)
   * @param acceptShare share of the draws accepted, in (0, 1]
   * @param predictiveRuns replicates of the posterior predictive check (>= 1)
   * @param seed the seed
   * @param threads worker threads (>= 1)
   * @param command the command line, recorded with the fitted values
   * @return the result
   * @throws InvalidInputException if a count or share is out of range
   */
  public static Result run(Community community, ModelParameters base, Observed observed, int draws, double acceptShare,
      int predictiveRuns, long seed, int threads, String command) {
    return run(community, base, observed, draws, acceptShare, predictiveRuns, seed, threads, command, Progress.NONE);
  }

  /**
   * As {@link #run(Community, ModelParameters, Observed, int, double, int, long, int, String)},
   * counting each finished simulation ({@code draws + predictiveRuns} in all) on {@code progress}.
   * Progress only counts; the result is the same with or without it.
   *
   * @param community the community (the jinsha-2020 preset)
   * @param base the model the unknowns are fitted in
   * @param observed what was observed
   * @param draws prior draws (>= 10)
   * @param acceptShare share of the draws accepted, in (0, 1]
   * @param predictiveRuns replicates of the posterior predictive check (>= 1)
   * @param seed the seed
   * @param threads worker threads (>= 1)
   * @param command the command line, recorded with the fitted values
   * @param progress where to count finished simulations (called from the worker threads)
   * @return the result
   * @throws InvalidInputException if a count or share is out of range
   */
  public static Result run(Community community, ModelParameters base, Observed observed, int draws, double acceptShare,
      int predictiveRuns, long seed, int threads, String command, Progress progress) {
    return run(community, base, observed, draws, 1, acceptShare, predictiveRuns, seed, threads, command, progress);
  }

  /**
   * As {@link #run(Community, ModelParameters, Observed, int, double, int, long, int, String,
   * Progress)}, each prior draw running {@code replicatesPerDraw} replicates and judged by the
   * median of each statistic over them ({@link CalibrationPrior#of(Community, ModelParameters,
   * Observed, long, int, int)}); progress counts {@code draws * replicatesPerDraw + predictiveRuns}.
   *
   * @param community the community (the jinsha-2020 preset)
   * @param base the model the unknowns are fitted in
   * @param observed what was observed
   * @param draws prior draws (>= 10)
   * @param replicatesPerDraw replicates per draw (1 to 100)
   * @param acceptShare share of the draws accepted, in (0, 1]
   * @param predictiveRuns replicates of the posterior predictive check (>= 1)
   * @param seed the seed
   * @param threads worker threads (>= 1)
   * @param command the command line, recorded with the fitted values
   * @param progress where to count finished simulations (called from the worker threads)
   * @return the result
   * @throws InvalidInputException if a count or share is out of range
   */
  public static Result run(Community community, ModelParameters base, Observed observed, int draws,
      int replicatesPerDraw, double acceptShare, int predictiveRuns, long seed, int threads, String command,
      Progress progress) {
    if (draws < 10) {
      throw InvalidInputException.argument("--draws", "must be at least 10: " + draws);
    }
    if (!(acceptShare > 0 && acceptShare <= 1)) {
      throw InvalidInputException.argument("--accept", "must be in (0, 1]: " + acceptShare);
    }
    if (predictiveRuns < 1) {
      throw InvalidInputException.argument("--runs", "must be at least 1: " + predictiveRuns);
    }
    if (threads < 1) {
      throw InvalidInputException.argument("--threads", "must be at least 1: " + threads);
    }
    CalibrationPrior prior = CalibrationPrior.of(community, base, observed, seed, threads, replicatesPerDraw);
    Draw[] out = new Draw[draws];
    parallel(draws, threads, i -> {
      out[i] = prior.draw(i);
      progress.advance(replicatesPerDraw);
    });
    Posterior post = posterior(Arrays.asList(out), acceptShare, seed, command);
    PosteriorPredictive predictive = prior.predictive(post.fitted());
    RunResult[] rs = new RunResult[predictiveRuns];
    parallel(predictiveRuns, threads, i -> {
      rs[i] = predictive.run(i);
      progress.advance(1);
    });
    return new Result(draws, post.accepted(), post.fitted(), post.bands(), checks(observed, Arrays.asList(rs)));
  }

  /**
   * The accepted draws and what they give.
   *
   * @param accepted the accepted draws, nearest first
   * @param fitted the fitted values (accepted medians), with the command and seed
   * @param bands the accepted draws' median and 5-95% band per parameter, by name
   */
  public record Posterior(List<Draw> accepted, Calibrated fitted, Map<String, Band> bands) {}

  /**
   * Accepts the draws nearest to the observation and fits the unknowns to them.
   *
   * @param draws every prior draw, index order
   * @param acceptShare share of the draws accepted, in (0, 1]
   * @param seed the seed, recorded with the fitted values
   * @param command the command line, recorded with the fitted values
   * @return the accepted draws, fitted values and posterior bands
   * @throws InvalidInputException if {@code acceptShare} is out of range or there is no draw
   */
  public static Posterior posterior(List<Draw> draws, double acceptShare, long seed, String command) {
    if (!(acceptShare > 0 && acceptShare <= 1)) {
      throw InvalidInputException.argument("--accept", "must be in (0, 1]: " + acceptShare);
    }
    if (draws.isEmpty()) {
      throw InvalidInputException.argument("--draws", "no draw");
    }
    List<Draw> sorted = new ArrayList<>(draws);
    sorted.sort(Comparator.comparingDouble(Draw::distance).thenComparingInt(Draw::index));
    int keep = Math.max(1, (int) Math.round(acceptShare * draws.size()));
    List<Draw> accepted = List.copyOf(sorted.subList(0, keep));
    Map<String, Band> posterior = new java.util.LinkedHashMap<>();
    posterior.put("shareInfectedWuhan", Band.of(accepted.stream().mapToDouble(Draw::shareInfectedWuhan).toArray()));
    posterior.put("transmissionScale", Band.of(accepted.stream().mapToDouble(Draw::transmissionScale).toArray()));
    posterior.put("contactsOutsideHousehold", Band.of(accepted.stream().mapToDouble(Draw::contactsOutsideHousehold).toArray()));
    posterior.put(LEAK_ASSUMPTION, Band.of(accepted.stream().mapToDouble(Draw::leak).toArray()));
    double leak = nearest(posterior.get(LEAK_ASSUMPTION).median());
    Calibrated fitted = new Calibrated(JinshaExperiment.NAME, command, seed,
        round(posterior.get("shareInfectedWuhan").median()), round(posterior.get("transmissionScale").median()),
        round(posterior.get("contactsOutsideHousehold").median()), Map.of(LEAK_ASSUMPTION, leak),
        accepted.stream().map(d -> new Calibrated.PosteriorDraw(round(d.shareInfectedWuhan()),
            round(d.transmissionScale()), round(d.contactsOutsideHousehold()))).toList());
    return new Posterior(accepted, fitted, posterior);
  }

  /**
   * The posterior predictive check: runs the fitted values and places each observation.
   *
   * @param community the community
   * @param base the model
   * @param fitted the fitted values
   * @param observed the observation
   * @param runs replicates
   * @param seed the seed
   * @param threads worker threads
   * @return one check per observed quantity
   */
  public static List<Check> check(Community community, ModelParameters base, Calibrated fitted, Observed observed,
      int runs, long seed, int threads) {
    return check(community, base, fitted, observed, runs, seed, threads, null, Progress.NONE);
  }

  private static List<Check> check(Community community, ModelParameters base, Calibrated fitted, Observed observed,
      int runs, long seed, int threads, PolicyTable[] grid, Progress progress) {
    PosteriorPredictive predictive = new PosteriorPredictive(community, base, fitted, seed, grid);
    RunResult[] rs = new RunResult[runs];
    parallel(runs, threads, i -> {
      rs[i] = predictive.run(i);
      progress.advance(1);
    });
    return checks(observed, Arrays.asList(rs));
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

  static PolicyTable table(Community community, ModelParameters p, double leak, org.cordon.trace.ContactTracer tracer) {
    ContainmentAssumptions a = ContainmentAssumptions.defaults().toBuilder().set(LEAK_ASSUMPTION, leak).build();
    Variant v = JinshaExperiment.of(community, p, a).variants().get(0);
    return PolicyTable.compile(community, v.interventions(),
        org.cordon.measure.JinshaTimeline.FIRST_DAY, org.cordon.measure.JinshaTimeline.LAST_DAY, tracer);
  }

  static ModelParameters with(ModelParameters base, double wuhan, double scale, double contacts) {
    return new Calibrated(JinshaExperiment.NAME, "", 0, wuhan, scale, contacts, Map.of(), List.of()).apply(base);
  }

  static Draw draw(int i, double w, double s, double c, double leak, RunResult r, Observed o) {
    return draw(i, w, s, c, leak, new RunResult[] {r}, o);
  }

  /** A draw summarised over several replicates: the median (lower, for an even count) of each statistic. */
  static Draw draw(int i, double w, double s, double c, double leak, RunResult[] runs, Observed o) {
    int n = runs.length;
    int[] first = new int[n];
    int[] second = new int[n];
    int[] later = new int[n];
    int[] contacts = new int[n];
    for (int j = 0; j < n; j++) {
      RunResult r = runs[j];
      first[j] = r.confirmedBy(o.firstDate());
      second[j] = r.confirmedBy(o.secondDate());
      later[j] = r.confirmedBy(o.lastDate()) - second[j];
      contacts[j] = r.closeContacts()[r.dayIndex(o.contactsDate())];
    }
    int c1 = lowerMedian(first);
    int c2 = lowerMedian(second);
    int after = lowerMedian(later);
    int k = lowerMedian(contacts);
    double d = Math.abs(Math.log((c1 + 1.0) / (o.confirmedByFirst() + 1.0)))
        + Math.abs(Math.log((c2 + 1.0) / (o.confirmedBySecond() + 1.0)))
        + Math.abs(Math.log((after + 1.0) / (o.confirmedAfterSecond() + 1.0)))
        + Math.abs(Math.log((k + 1.0) / (o.closeContacts() + 1.0)));
    return new Draw(i, w, s, c, leak, c1, c2, after, k, d);
  }

  private static int lowerMedian(int[] values) {
    int[] v = values.clone();
    Arrays.sort(v);
    return v[(v.length - 1) / 2];
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

  interface IndexTask {
    void run(int i);
  }

  /** Runs the draws on {@link ParallelRunner}, the runner Monte Carlo uses. */
  static void parallel(int n, int threads, IndexTask task) {
    ParallelRunner.forEach(n, threads, "cordon-calibration", task::run);
  }
}
