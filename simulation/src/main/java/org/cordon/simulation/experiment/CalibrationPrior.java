package org.cordon.simulation.experiment;

import java.io.Serializable;
import java.util.Arrays;
import org.cordon.InvalidInputException;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.engine.PolicyTable;
import org.cordon.simulation.engine.RandomStreams;
import org.cordon.simulation.engine.RunResult;
import org.cordon.simulation.engine.Simulation;

/**
 * The prior of the calibration's unknowns and the simulations they run on (one policy table per
 * night-leakage grid point, compiled once; the model's R without local response measured once,
 * {@link LocalReproduction}). The parameter vector, as {@link AbcSmc} sees it:
 *
 * <ol>
 *   <li>log10 of the share of Wuhan returnees infected: uniform on [log10 0.0005, log10 0.02]
 *       (assumption, as before);
 *   <li>ln R before the change date, R the model's local reproduction number without any local
 *       response: normal with mean ln √(1.4 × 3.9) = ln 2.34 and sd (ln 3.9 − ln 1.4) / 3.92 = 0.26,
 *       the lognormal matching Wuhan's early R0 2.2 (95% CI 1.4-3.9; Li et al., NEJM 2020, see
 *       docs/sources.md), carried into the transmission scale by {@link LocalReproduction#scaleFor};
 *       draws whose scale would not be positive are outside the support;
 *   <li>the factor on the scale from the change date on: uniform on [0, 1.5] (wide; Pan et al.,
 *       JAMA 2020 saw Wuhan's Rt fall from 3.86 to 0.32 under its measures, a factor near 0.1);
 *   <li>mean close contacts named outside the household: uniform on [0, 12] (assumption);
 *   <li>the night leakage of truck-blocked gates: uniform on the grid {@link Calibration#LEAK_GRID}
 *       (a grid coordinate: each value needs its own compiled policy table).
 * </ol>
 *
 * A simulation of parameters θ at (seed, attempt) runs {@code replicates} replicates, indices
 * {@code attempt × replicates + j}, and is summarised by the lower median of each observed
 * statistic. Thread-safe.
 */
public final class CalibrationPrior implements AbcSmc.Prior {
  /** Mean of ln R0 (Li 2020's interval read as a lognormal 95% interval). */
  public static final double LOG_R_MEAN = 0.5 * (Math.log(1.4) + Math.log(3.9));
  /** Sd of ln R0. */
  public static final double LOG_R_SD = (Math.log(3.9) - Math.log(1.4)) / (2 * 1.959964);
  /** Upper bound of the factor after the change date. */
  public static final double FACTOR_MAX = 1.5;
  /** Replicates of each {@link LocalReproduction} measurement. */
  static final int REPRODUCTION_RUNS = 60;

  /**
   * What one simulation of a parameter vector gave (lower medians over its replicates).
   *
   * @param confirmedByFirst confirmed by the first date
   * @param confirmedBySecond by the second date
   * @param confirmedAfterSecond after the second date
   * @param closeContacts close contacts by the tally date
   * @param distance distance to the observation: sum of |log((sim + 1) / (obs + 1))|
   */
  public record Stats(int confirmedByFirst, int confirmedBySecond, int confirmedAfterSecond, int closeContacts,
      double distance) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private final CalibrationTarget target;
  private final Observed observed;
  private final PolicyTable[] tables;
  private final int replicates;
  private final LocalReproduction reproduction;

  private CalibrationPrior(CalibrationTarget target, Observed observed, long seed, int threads, int replicates) {
    this.target = target;
    this.observed = observed;
    this.replicates = replicates;
    var tracer = PolicyTable.tracer(target.community());
    double[] grid = Calibration.LEAK_GRID;
    this.tables = new PolicyTable[grid.length];
    ParallelRunner.forEach(grid.length, Math.min(threads, grid.length), "cordon-calibration",
        k -> tables[k] = target.table(grid[k], tracer));
    this.reproduction = LocalReproduction.of(target, REPRODUCTION_RUNS, seed, threads);
  }

  /**
   * @param target what is fitted
   * @param observed what was observed
   * @param seed the seed (of the R measurement; the simulations take theirs from {@link AbcSmc})
   * @param threads threads compiling the tables and measuring R (>= 1)
   * @param replicates replicates per simulation (1 to 100)
   * @return the prior
   * @throws InvalidInputException if {@code threads} is below 1 or {@code replicates} outside 1..100
   */
  public static CalibrationPrior of(CalibrationTarget target, Observed observed, long seed, int threads, int replicates) {
    if (threads < 1) {
      throw InvalidInputException.argument("--threads", "must be at least 1: " + threads);
    }
    if (replicates < 1 || replicates > 100) {
      throw InvalidInputException.argument("--replicates", "must be 1 to 100: " + replicates);
    }
    return new CalibrationPrior(target, observed, seed, threads, replicates);
  }

  /** @return replicates each simulation runs */
  public int replicatesPerDraw() {
    return replicates;
  }

  /** @return the model's R without local response as a function of the scale */
  public LocalReproduction reproduction() {
    return reproduction;
  }

  /** @return what is fitted */
  public CalibrationTarget target() {
    return target;
  }

  @Override
  public int dimension() {
    return 5;
  }

  @Override
  public int levels(int k) {
    return k == 4 ? Calibration.LEAK_GRID.length : 0;
  }

  @Override
  public double[] sample(long stream, int index) {
    double lo = Math.log10(Calibration.WUHAN_MIN);
    double hi = Math.log10(Calibration.WUHAN_MAX);
    double w = lo + (hi - lo) * RandomStreams.uniform(stream, index, 0);
    double logR = LOG_R_MEAN + LOG_R_SD * RandomStreams.normal(stream, index, 1);
    double f = FACTOR_MAX * RandomStreams.uniform(stream, index, 3);
    double c = Calibration.CONTACTS_MAX * RandomStreams.uniform(stream, index, 4);
    int k = (int) (Calibration.LEAK_GRID.length * RandomStreams.uniform(stream, index, 5));
    return new double[] {w, logR, f, c, k};
  }

  @Override
  public double density(double[] t) {
    if (t[0] < Math.log10(Calibration.WUHAN_MIN) || t[0] > Math.log10(Calibration.WUHAN_MAX)
        || t[2] < 0 || t[2] > FACTOR_MAX || t[3] < 0 || t[3] > Calibration.CONTACTS_MAX
        || t[4] < 0 || t[4] >= Calibration.LEAK_GRID.length) {
      return 0;
    }
    double s = scale(t);
    if (!(s > 0 && s < 50)) {
      return 0;
    }
    double z = (t[1] - LOG_R_MEAN) / LOG_R_SD;
    return Math.exp(-0.5 * z * z);
  }

  /**
   * @param t a parameter vector
   * @return its transmission scale before the change date
   */
  public double scale(double[] t) {
    return reproduction.scaleFor(Math.exp(t[1]));
  }

  /**
   * @param t a parameter vector
   * @return the model parameters it stands for
   */
  public ModelParameters parameters(double[] t) {
    return Calibrated.apply(target.base(), Math.pow(10, t[0]), scale(t), t[2], t[3]);
  }

  /**
   * Simulates a parameter vector.
   *
   * @param t the parameters (inside the prior's support)
   * @param seed the population's simulation seed
   * @param attempt the attempt's index (>= 0)
   * @return the lower medians of the observed statistics over the replicates, and the distance
   */
  public Stats simulate(double[] t, long seed, int attempt) {
    Simulation sim = Simulation.of(tables[(int) t[4]], parameters(t));
    RunResult[] runs = new RunResult[replicates];
    for (int j = 0; j < replicates; j++) {
      runs[j] = sim.run(seed, attempt * replicates + j);
    }
    return stats(runs, observed);
  }

  /**
   * @param runs replicates of one parameter vector
   * @param o the observation
   * @return the lower median of each statistic over the runs, and their distance to {@code o}
   */
  static Stats stats(RunResult[] runs, Observed o) {
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
    return new Stats(c1, c2, after, k, d);
  }

  private static int lowerMedian(int[] values) {
    int[] v = values.clone();
    Arrays.sort(v);
    return v[(v.length - 1) / 2];
  }

  /**
   * @param fitted the fitted values
   * @param seed the calibration's seed
   * @return the posterior predictive runs at them (seed + 1)
   */
  public PosteriorPredictive predictive(Calibrated fitted, long seed) {
    return new PosteriorPredictive(target, fitted, seed, tables);
  }
}
