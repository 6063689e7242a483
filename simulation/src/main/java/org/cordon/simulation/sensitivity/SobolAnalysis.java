package org.cordon.simulation.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cordon.InvalidInputException;
import org.cordon.simulation.experiment.Band;

/**
 * First-order and total Sobol indices from the outputs of a {@link SaltelliDesign} (SALib's
 * {@code analyze}), with bootstrap intervals. With {@code f_A}, {@code f_B}, {@code f_{A_B^i}}
 * the outputs at the rows of A, B and {@code A_B^i}, and {@code V} the variance of the {@code 2N}
 * outputs of A and B together:
 *
 * <ul>
 *   <li>first order (Saltelli et al. 2010, Comput Phys Commun 181:259, table 2 (b)): {@code S1_i =
 *       mean(f_B (f_{A_B^i} - f_A)) / V};
 *   <li>total (Jansen 1999, as in Saltelli et al. 2010, table 2 (f)): {@code ST_i = mean((f_A -
 *       f_{A_B^i})^2) / 2 / V}.
 * </ul>
 *
 * The intervals resample the N base rows with replacement (each resample keeps a row's A, B and
 * {@code A_B^i} outputs together and recomputes {@code V}), from a {@link SplittableRandom}
 * seeded with the given seed, and report the 5% and 95% quantiles of the resampled indices. A
 * resample whose outputs have no variance gives no index (left out). If the outputs themselves
 * have no variance every index is NaN.
 */
public final class SobolAnalysis {
  /** Bootstrap resamples by default (SALib's default is 100; more make steadier 5-95% ends). */
  public static final int DEFAULT_RESAMPLES = 1000;

  private SobolAnalysis() {}

  /**
   * The indices of one output.
   *
   * @param indices one per input, in the problem's order
   * @param mean the mean of the outputs of A and B
   * @param variance V, the variance of the outputs of A and B
   */
  public record Result(List<SobolIndices> indices, double mean, double variance) {
    /** Copies the list. */
    public Result {
      indices = List.copyOf(indices);
    }
  }

  /**
   * @param design the design the outputs were computed on
   * @param y one output per design point, point order
   * @param resamples bootstrap resamples (at least 10)
   * @param seed the bootstrap's seed
   * @return the indices
   * @throws InvalidInputException if {@code y} has not one value per point, a value is not finite,
   *     or {@code resamples} is below 10
   */
  public static Result analyze(SaltelliDesign design, double[] y, int resamples, long seed) {
    if (y.length != design.points()) {
      throw InvalidInputException.argument("outputs", y.length + " values for " + design.points() + " design points");
    }
    for (int p = 0; p < y.length; p++) {
      if (!Double.isFinite(y[p])) {
        throw InvalidInputException.argument("outputs", "design point " + p + " gave " + y[p]);
      }
    }
    if (resamples < 10) {
      throw InvalidInputException.argument("--bootstrap", "must be at least 10: " + resamples);
    }
    int n = design.samples();
    int k = design.inputs();
    int[] all = new int[n];
    for (int j = 0; j < n; j++) {
      all[j] = j;
    }
    double[][] point = estimate(design, y, all);
    double[][][] boot = new double[resamples][][];
    SplittableRandom random = new SplittableRandom(seed);
    int[] rows = new int[n];
    for (int b = 0; b < resamples; b++) {
      for (int j = 0; j < n; j++) {
        rows[j] = random.nextInt(n);
      }
      boot[b] = estimate(design, y, rows);
    }
    List<SobolIndices> out = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      double[] s1 = new double[resamples];
      double[] st = new double[resamples];
      for (int b = 0; b < resamples; b++) {
        s1[b] = boot[b][0][i];
        st[b] = boot[b][1][i];
      }
      out.add(new SobolIndices(design.problem().inputs().get(i), point[0][i], Band.of(s1), point[1][i], Band.of(st)));
    }
    double[] ab = new double[2 * n];
    for (int j = 0; j < n; j++) {
      ab[2 * j] = y[design.pointA(j)];
      ab[2 * j + 1] = y[design.pointB(j)];
    }
    return new Result(out, mean(ab), variance(ab));
  }

  /** {first order[], total[]} over the base rows {@code rows} (repeats allowed). */
  private static double[][] estimate(SaltelliDesign design, double[] y, int[] rows) {
    int n = rows.length;
    int k = design.inputs();
    double[] ab = new double[2 * n];
    for (int j = 0; j < n; j++) {
      ab[2 * j] = y[design.pointA(rows[j])];
      ab[2 * j + 1] = y[design.pointB(rows[j])];
    }
    double v = variance(ab);
    double[] s1 = new double[k];
    double[] st = new double[k];
    for (int i = 0; i < k; i++) {
      double first = 0;
      double total = 0;
      for (int row : rows) {
        double fa = y[design.pointA(row)];
        double fb = y[design.pointB(row)];
        double fabi = y[design.pointAB(row, i)];
        first += fb * (fabi - fa);
        total += (fa - fabi) * (fa - fabi);
      }
      s1[i] = v > 0 ? first / n / v : Double.NaN;
      st[i] = v > 0 ? total / n / 2 / v : Double.NaN;
    }
    return new double[][] {s1, st};
  }

  private static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }

  /** Population variance (divisor n, as SALib's {@code np.var}), two-pass. */
  private static double variance(double[] x) {
    double m = mean(x);
    double s = 0;
    for (double v : x) {
      s += (v - m) * (v - m);
    }
    return s / x.length;
  }
}
