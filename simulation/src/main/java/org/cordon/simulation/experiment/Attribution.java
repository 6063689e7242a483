package org.cordon.simulation.experiment;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.cordon.InvalidInputException;
import org.cordon.simulation.engine.RandomStreams;

/**
 * The 2 × 2 split of the local response into the community closure and the rest of the response
 * (disinfection, survey, quarantine), on the confirmed cases at the end of each run, paired run by
 * run. With run {@code i}'s final confirmed counts {@code A} (as it happened), {@code C} (closure
 * late, {@value #CLOSURE_LATE}), {@code R} (rest late, {@value #REST_LATE}) and {@code B} (both
 * late, {@value #BOTH_LATE}):
 *
 * <ul>
 *   <li>closure effect {@code C − A}, rest effect {@code R − A}, whole-response effect {@code B − A}
 *       (the cases that delaying that part to 10 Feb adds);
 *   <li>interaction {@code B − C − R + A} (0 when the two parts' effects add up; positive when
 *       delaying both costs more than the sum of delaying each);
 *   <li>closure share {@code mean(C − A) / mean(B − A)}: the closure's part of the whole
 *       response's effect, a ratio of means over the runs.
 * </ul>
 *
 * Each comes with the mean over the runs and a 95% percentile bootstrap interval (runs resampled
 * with replacement, {@value #RESAMPLES} resamples, keyed by the experiment seed, so the same seed
 * gives the same interval on any thread count). The closure share is undefined (NaN, {@code null}
 * in JSON) unless the whole response's mean effect is positive and its own 95% bootstrap interval
 * excludes 0: with a denominator near 0 the ratio is noise. In a resample where the denominator is
 * not positive the ratio counts as +∞, so an interval touching such resamples has an unbounded
 * upper end (NaN). Shares below 0 or above 1 are possible (the closure alone can cost more than
 * the whole response when the parts interact).
 *
 * @param runs the paired runs
 * @param closureEffect {@code C − A}
 * @param restEffect {@code R − A}
 * @param responseEffect {@code B − A}
 * @param interaction {@code B − C − R + A}
 * @param closureShare {@code mean(C − A) / mean(B − A)}
 */
public record Attribution(
    int runs, Estimate closureEffect, Estimate restEffect, Estimate responseEffect, Estimate interaction,
    Estimate closureShare) {
  /** The baseline: closure and rest as they happened. */
  public static final String BASELINE = "as-happened";
  /** Closure late (10 Feb), the rest as it happened. */
  public static final String CLOSURE_LATE = "late-city";
  /** Closure as it happened, the rest late (10 Feb). */
  public static final String REST_LATE = "rest-late-city";
  /** Closure and rest late (10 Feb). */
  public static final String BOTH_LATE = "response-late-city";
  /** The three variants besides the baseline. */
  public static final List<String> VARIANTS = List.of(CLOSURE_LATE, REST_LATE, BOTH_LATE);
  /** Bootstrap resamples. */
  public static final int RESAMPLES = 2000;

  /**
   * A mean with its 95% bootstrap interval.
   *
   * @param value the estimate (NaN: undefined)
   * @param low the interval's lower end (NaN: undefined or unbounded)
   * @param high the interval's upper end (NaN: undefined or unbounded)
   */
  public record Estimate(double value, double low, double high) {}

  /** @throws NullPointerException if an estimate is missing */
  public Attribution {
    Objects.requireNonNull(closureEffect, "closureEffect");
    Objects.requireNonNull(restEffect, "restEffect");
    Objects.requireNonNull(responseEffect, "responseEffect");
    Objects.requireNonNull(interaction, "interaction");
    Objects.requireNonNull(closureShare, "closureShare");
  }

  /**
   * @param asHappened final confirmed per run, {@value #BASELINE}
   * @param closureLate the same runs of {@value #CLOSURE_LATE}
   * @param restLate the same runs of {@value #REST_LATE}
   * @param bothLate the same runs of {@value #BOTH_LATE}
   * @param seed the experiment seed (keys the bootstrap)
   * @return the attribution
   * @throws InvalidInputException if the arrays are empty or of different lengths
   */
  public static Attribution of(int[] asHappened, int[] closureLate, int[] restLate, int[] bothLate, long seed) {
    int n = asHappened.length;
    if (n == 0 || closureLate.length != n || restLate.length != n || bothLate.length != n) {
      throw InvalidInputException.argument("runs", "the four variants need the same number of paired runs, at least one");
    }
    double[] c = new double[n];
    double[] r = new double[n];
    double[] b = new double[n];
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      c[i] = closureLate[i] - asHappened[i];
      r[i] = restLate[i] - asHappened[i];
      b[i] = bothLate[i] - asHappened[i];
      x[i] = (double) bothLate[i] - closureLate[i] - restLate[i] + asHappened[i];
    }
    double[][] means = new double[4][RESAMPLES];
    double[] share = new double[RESAMPLES];
    SplittableRandom rng = RandomStreams.generator(RandomStreams.stream(seed, 0, RandomStreams.Purpose.BOOTSTRAP));
    for (int k = 0; k < RESAMPLES; k++) {
      double sc = 0;
      double sr = 0;
      double sb = 0;
      double sx = 0;
      for (int j = 0; j < n; j++) {
        int i = rng.nextInt(n);
        sc += c[i];
        sr += r[i];
        sb += b[i];
        sx += x[i];
      }
      means[0][k] = sc / n;
      means[1][k] = sr / n;
      means[2][k] = sb / n;
      means[3][k] = sx / n;
      share[k] = sb > 0 ? sc / sb : Double.POSITIVE_INFINITY;
    }
    Estimate response = estimate(mean(b), means[2]);
    Estimate closureShare = response.value() > 0 && response.low() > 0
        ? estimate(mean(c) / mean(b), share)
        : new Estimate(Double.NaN, Double.NaN, Double.NaN);
    return new Attribution(n, estimate(mean(c), means[0]), estimate(mean(r), means[1]), response,
        estimate(mean(x), means[3]), closureShare);
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    return s / v.length;
  }

  /** The value with the 2.5% and 97.5% percentiles (type 7) of its resamples; infinite ends are NaN. */
  private static Estimate estimate(double value, double[] resamples) {
    double[] sorted = resamples.clone();
    Arrays.sort(sorted);
    double low = quantile(sorted, 0.025);
    double high = quantile(sorted, 0.975);
    return new Estimate(value, Double.isFinite(low) ? low : Double.NaN, Double.isFinite(high) ? high : Double.NaN);
  }

  /** Type-7 quantile of sorted values; infinite when a neighbour is. */
  static double quantile(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    if (Double.isInfinite(sorted[lo]) || Double.isInfinite(sorted[hi])) {
      return Double.POSITIVE_INFINITY;
    }
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
