package org.cordon.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.cordon.community.Community;
import org.cordon.community.CommunityBuilder;
import org.cordon.community.CompoundKind;
import org.cordon.community.ReturneeOrigin;
import org.cordon.community.Sex;
import org.cordon.measure.BarrierType;
import org.cordon.measure.CheckpointSet;
import org.cordon.measure.ClosureMode;
import org.cordon.measure.CompoundClosure;
import org.cordon.measure.GuardHours;
import org.cordon.measure.GuardSchedule;
import org.cordon.measure.PolicyTimeline;
import org.cordon.simulation.disease.ImportParameters;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.engine.RunResult;
import org.cordon.simulation.engine.TimelineInterventions;
import org.cordon.simulation.experiment.Band;
import org.cordon.simulation.experiment.Comparison;
import org.cordon.simulation.experiment.ComparisonSummary;
import org.cordon.simulation.experiment.Ensemble;
import org.cordon.simulation.experiment.Experiment;
import org.cordon.simulation.experiment.MonteCarlo;
import org.cordon.simulation.experiment.PairedComparison;
import org.cordon.simulation.experiment.Variant;

/**
 * Example 2 ({@code examples/run what-if [RUNS]}): builds a small community in code and asks a
 * what-if: what if the compound where the returnees live had been sealed a week later?
 *
 * <p>The community: three compounds (小区) of 5 buildings × 20 households × 3 residents = 900
 * residents. One Wuhan returnee lives in every fourth household of the first compound,
 * "Old town", arriving 18 January 2020. The variants seal Old town fully (iron sheets, guards 24
 * h) on 25 January ({@code early}, the baseline) or on 1 February ({@code late}). Replicate i of
 * both variants shares its random numbers (paired Monte Carlo), so the difference late − early is
 * measured replicate by replicate; the example prints its median and its 5–95% interval.
 */
public final class WhatIfClosureExample {
  /** The first simulated day. */
  public static final LocalDate FIRST = LocalDate.of(2020, 1, 10);
  /** The last simulated day. */
  public static final LocalDate LAST = LocalDate.of(2020, 3, 8);
  /** When the early variant seals Old town. */
  public static final LocalDateTime EARLY = LocalDateTime.of(2020, 1, 25, 13, 0);
  /** When the late variant seals Old town. */
  public static final LocalDateTime LATE = LocalDateTime.of(2020, 2, 1, 8, 0);
  /**
   * Share of Wuhan returnees infected before arrival. Assumption for this toy community, far above
   * the Jinsha calibration (0.004), so that a 900-person community has an outbreak to contain.
   */
  public static final double SHARE_INFECTED = 0.3;

  private WhatIfClosureExample() {}

  /**
   * Runs the example.
   *
   * @param args optional number of paired runs (default 200)
   */
  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    run(runs, 1, Runtime.getRuntime().availableProcessors(), System.out);
  }

  /**
   * Builds the community, runs both variants and prints the paired differences.
   *
   * @param runs paired replicates per variant
   * @param seed the Monte Carlo seed
   * @param threads worker threads (the result does not depend on them)
   * @param out where to print
   * @return the comparison
   * @throws org.cordon.InvalidInputException if {@code runs} or {@code threads} is below 1
   */
  public static ComparisonSummary run(int runs, long seed, int threads, PrintStream out) {
    Community community = smallCommunity();
    int oldTown = community.compoundId("Old town");

    // Two variants of the same measure, differing only in the day Old town is sealed.
    Experiment experiment = new Experiment("what-if", community, FIRST, LAST,
        ModelParameters.defaults().with(ImportParameters.ofWuhanShare(SHARE_INFECTED)),
        List.of(variant("early", community, oldTown, EARLY), variant("late", community, oldTown, LATE)));

    // Paired Monte Carlo: replicate i of both variants uses the same random streams.
    Ensemble ensemble = MonteCarlo.run(experiment, runs, seed, threads);
    ComparisonSummary summary = Comparison.summarize(ensemble);

    out.printf("community: %d residents, %d compounds; %d returnees in Old town%n",
        community.residentCount(), community.compounds().size(), community.returneeCount());
    out.printf("%d paired runs, seed %d%n", runs, seed);
    for (var v : summary.variants()) {
      out.printf("%-6s sealed %s: confirmed by %s median %s (5-95%%: %s-%s)%n", v.name(),
          v.closureDate().orElseThrow(), LAST, fmt(v.confirmedBy(LAST).median()),
          fmt(v.confirmedBy(LAST).p5()), fmt(v.confirmedBy(LAST).p95()));
    }
    // The summary pairs confirmed cases; infections we pair ourselves from the ensemble.
    PairedComparison confirmed = summary.comparisons().get(0);
    Band infections = Band.of(difference(ensemble.runsOf(1), ensemble.runsOf(0)));
    out.printf("difference late - early, infections: median %s, 5-95%% interval [%s, %s]%n",
        fmt(infections.median()), fmt(infections.p5()), fmt(infections.p95()));
    out.printf("difference late - early, confirmed:  median %s, 5-95%% interval [%s, %s], more in %.0f%% of runs%n",
        fmt(confirmed.difference().median()), fmt(confirmed.difference().p5()),
        fmt(confirmed.difference().p95()), 100 * confirmed.probabilityMore());
    return summary;
  }

  /**
   * @return the example's community: Old town (with the returnees), Cotton mill and Riverside,
   *     each with two gates (卡口)
   */
  public static Community smallCommunity() {
    CommunityBuilder b = Community.builder();
    int unit = b.addResponsibilityUnit(b.addGrid(b.addZone("Zone 1"), "Grid 1"), "Unit 1");
    int area = b.addArea("Area 1");
    String[] names = {"Old town", "Cotton mill", "Riverside"};
    for (int c = 0; c < names.length; c++) {
      int compound = b.addCompound(names[c], CompoundKind.OLD_OPEN_COMPOUND, unit, area);
      b.addCheckpoint(names[c] + " north gate", compound);
      b.addCheckpoint(names[c] + " south gate", compound);
      for (int building = 0; building < 5; building++) {
        int bld = b.addBuilding(compound, names[c] + " building " + (building + 1));
        for (int h = 0; h < 20; h++) {
          int household = b.addHousehold(bld);
          boolean returnee = c == 0 && h % 4 == 0;
          b.addResident(household, 35, Sex.MALE, Community.NONE,
              returnee ? ReturneeOrigin.WUHAN : ReturneeOrigin.NONE, returnee ? LocalDate.of(2020, 1, 18) : null);
          b.addResident(household, 33, Sex.FEMALE, Community.NONE, ReturneeOrigin.NONE, null);
          b.addResident(household, 68, Sex.FEMALE, Community.NONE, ReturneeOrigin.NONE, null);
        }
      }
    }
    return b.build();
  }

  private static Variant variant(String name, Community community, int compound, LocalDateTime sealed) {
    CheckpointSet gates = CheckpointSet.ofCompounds(List.of(compound));
    PolicyTimeline timeline = PolicyTimeline.builder(community, FIRST, LAST)
        .add(CompoundClosure.builder("seal-old-town").start(sealed).compounds(compound)
            .mode(ClosureMode.FULL).barrier(BarrierType.IRON_SHEETS).checkpoints(gates).build())
        .add(new GuardSchedule("old-town-guards", sealed, Optional.empty(), GuardHours.ALL_DAY, gates, 2, 2))
        .build();
    return new Variant(name, Optional.of(sealed.toLocalDate()), TimelineInterventions.of(timeline));
  }

  private static int[] difference(List<RunResult> variant, List<RunResult> baseline) {
    int[] d = new int[variant.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = variant.get(i).totalInfections() - baseline.get(i).totalInfections();
    }
    return d;
  }

  private static String fmt(double x) {
    return x == Math.rint(x) ? String.valueOf((long) x) : String.format("%.1f", x);
  }
}
