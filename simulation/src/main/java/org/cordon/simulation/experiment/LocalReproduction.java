package org.cordon.simulation.experiment;

import java.util.Arrays;
import org.cordon.InvalidInputException;
import org.cordon.simulation.disease.ImportParameters;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.engine.PolicyTable;
import org.cordon.simulation.engine.RunResult;
import org.cordon.simulation.engine.Simulation;

/**
 * The model's local reproduction number without any local response, as a function of the
 * transmission scale: the mean number of secondary infections of an index case in a fully
 * susceptible community with no measure. Measured through the engine ({@link
 * Simulation#firstGeneration}): returnees infected on arrival ({@code index} share of every
 * origin, no exposure before arrival, so each index case spends its whole infectious period in the
 * community) are the only ones who transmit; local infections / index cases is R. The household
 * layer does not depend on the scale and every other layer is proportional to it (its hazard is
 * small per contact), so R(scale) = {@code household + slope × scale}: both are measured once per
 * community and model, from runs at scale 0 and at scale 1 on the same random streams.
 *
 * @param household R at scale 0 (household transmission only)
 * @param slope dR / dscale
 * @param indexCases index cases counted in each of the two measurements
 */
public record LocalReproduction(double household, double slope, long indexCases) {
  /** Share of returnees of every origin seeded as index cases. */
  static final double INDEX_SHARE = 0.05;

  /**
   * @param scale a transmission scale (>= 0)
   * @return R without any local response at that scale
   */
  public double at(double scale) {
    return household + slope * scale;
  }

  /**
   * @param r a reproduction number
   * @return the scale giving it (negative if {@code r} is below the household part)
   */
  public double scaleFor(double r) {
    return (r - household) / slope;
  }

  /**
   * Measures R(scale) for a calibration's target.
   *
   * @param target the community, horizon and model (its transmission change is ignored: one scale)
   * @param runs replicates per measurement (>= 1)
   * @param seed the seed
   * @param threads worker threads (>= 1)
   * @return the linear R(scale)
   * @throws InvalidInputException if {@code runs} is below 1 or no index case arrived
   */
  public static LocalReproduction of(CalibrationTarget target, int runs, long seed, int threads) {
    PolicyTable table = target.noResponse(PolicyTable.tracer(target.community()));
    long[] zero = count(table, target.base(), 0, runs, seed, threads);
    long[] one = count(table, target.base(), 1, runs, seed, threads);
    if (zero[1] == 0) {
      throw InvalidInputException.argument("--scenario", "no returnee arrives in the horizon: no index case");
    }
    double r0 = (double) zero[0] / zero[1];
    double r1 = (double) one[0] / one[1];
    return new LocalReproduction(r0, r1 - r0, zero[1]);
  }

  /**
   * @param target the community, horizon and model
   * @param scale the transmission scale (one over the whole run)
   * @param runs replicates (>= 1)
   * @param seed the seed
   * @param threads worker threads (>= 1)
   * @return the measured mean secondary infections per index case at that scale
   * @throws InvalidInputException if {@code runs} is below 1 or no index case arrived
   */
  public static double measure(CalibrationTarget target, double scale, int runs, long seed, int threads) {
    PolicyTable table = target.noResponse(PolicyTable.tracer(target.community()));
    long[] c = count(table, target.base(), scale, runs, seed, threads);
    if (c[1] == 0) {
      throw InvalidInputException.argument("--scenario", "no returnee arrives in the horizon: no index case");
    }
    return (double) c[0] / c[1];
  }

  /** @return {local infections, index cases} summed over the runs */
  private static long[] count(PolicyTable table, ModelParameters base, double scale, int runs, long seed, int threads) {
    if (runs < 1) {
      throw InvalidInputException.argument("runs", "must be at least 1: " + runs);
    }
    ModelParameters p = base.with(base.transmission().withScales(scale, 1.0))
        .with(new ImportParameters(INDEX_SHARE, INDEX_SHARE, INDEX_SHARE, 0));
    Simulation sim = Simulation.firstGeneration(table, p);
    long[] local = new long[runs];
    long[] index = new long[runs];
    ParallelRunner.forEach(runs, threads, "cordon-reproduction", i -> {
      RunResult r = sim.run(seed, i);
      local[i] = Arrays.stream(r.infectionsByLayer()).sum();
      index[i] = Arrays.stream(r.newImported()).sum();
    });
    return new long[] {Arrays.stream(local).sum(), Arrays.stream(index).sum()};
  }
}
