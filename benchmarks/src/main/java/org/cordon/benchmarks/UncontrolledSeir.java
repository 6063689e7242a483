package org.cordon.benchmarks;

import java.time.LocalDate;
import org.cordon.community.Community;
import org.cordon.simulation.disease.CaseFindingParameters;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.engine.PolicyTable;
import org.cordon.simulation.engine.RunResult;
import org.cordon.simulation.engine.Interventions;
import org.cordon.simulation.engine.Simulation;

/**
 * The same-work epidemic of issue 16: an uncontrolled SEIR epidemic with no measures (an empty
 * {@link Interventions#NONE} schedule: no survey, no closure, no tracing rule in force) and no
 * case finding, so that, as in an uncontrolled run of another simulator, every resident follows
 * the natural history and the engine's cost is the epidemic's.
 *
 * <p>Case finding is switched off through the existing parameters: a mean care-seeking delay of
 * {@link #NEVER_DAYS} days (both before and after {@code fasterCareFrom}). With the gamma shape 2,
 * the chance that a symptomatic case is detected within 100 days is about {@code (100 /
 * (NEVER_DAYS / 2))^2 / 2 = 2e-14}, i.e. under 1e-6 expected detections even at 11 million
 * residents; without a detection there is no confirmation, no tracing and no quarantine. The
 * survey finds no one because the schedule has no survey.
 *
 * <p>Transmission: the model's default rates with every layer but the household scaled by {@link
 * #TRANSMISSION_SCALE} (an assumption chosen so that about 85% of residents are infected by day
 * 100, the size of an uncontrolled run of OpenABM-Covid19's default baseline as issue 16 puts it;
 * measured attack rates are in {@code benchmarks/RESULTS.md}). The same epidemic as a scenario:
 * {@code benchmarks/scenarios/uncontrolled-seir.yaml}.
 */
public final class UncontrolledSeir {
  /** Simulated days. */
  public static final int DAYS = 100;
  /** First day: the first returnees' arrival, 10 Jan 2020 (docs/sources.md#the-response). */
  public static final LocalDate START = LocalDate.of(2020, 1, 10);
  /** A mean care-seeking delay that no case reaches within the horizon: case finding off. */
  public static final double NEVER_DAYS = 1e9;
  /** Multiplier on the non-household default rates (assumption, see the class comment). */
  public static final double TRANSMISSION_SCALE = 0.9;

  private UncontrolledSeir() {}

  /**
   * @param scale multiplier on the non-household rates
   * @return the model defaults with case finding off and that scale
   */
  public static ModelParameters parameters(double scale) {
    ModelParameters d = ModelParameters.defaults();
    CaseFindingParameters c = d.caseFinding();
    CaseFindingParameters off = new CaseFindingParameters(
        NEVER_DAYS, NEVER_DAYS, c.fasterCareFrom(), c.careSeekingShape(), c.confirmationDays(),
        c.febrileShare(), c.surveySensitivity(), c.quarantineDetectionDays(), c.tracingDelayDays(), c.quarantineDays(),
        c.isolationDays(), c.contactsOutsideHousehold());
    return d.with(off).with(d.transmission().withScale(scale));
  }

  /**
   * @param community a community
   * @param scale multiplier on the non-household rates
   * @return the uncontrolled {@link #DAYS}-day simulation of it
   */
  public static Simulation simulation(Community community, double scale) {
    PolicyTable table = PolicyTable.compile(community, Interventions.NONE,
        START, START.plusDays(DAYS - 1));
    return Simulation.of(table, parameters(scale));
  }

  /**
   * Prints, for each size, the attack rate by day 100, the confirmed cases (0 when case finding is
   * off) and the time of each replicate: {@code UncontrolledSeir SCALE REPLICATES SIZE...}.
   *
   * @param args the scale, the number of replicates and the community sizes
   */
  public static void main(String[] args) {
    double scale = Double.parseDouble(args[0]);
    int replicates = Integer.parseInt(args[1]);
    for (int a = 2; a < args.length; a++) {
      int n = Integer.parseInt(args[a]);
      Simulation sim = simulation(Fixture.community(n), scale);
      for (int r = 0; r < replicates; r++) {
        long t0 = System.nanoTime();
        RunResult run = sim.run(Fixture.SEED, r);
        double s = (System.nanoTime() - t0) / 1e9;
        int inf = run.totalInfections();
        System.out.printf("scale %.3f n %d replicate %d: infected %d (%.1f%%), imported %d, confirmed %d, %.3f s, %.0f infections/s%n",
            scale, n, r, inf, 100.0 * inf / n, java.util.Arrays.stream(run.newImported()).sum(), run.totalConfirmed(), s, inf / s);
      }
    }
  }
}
