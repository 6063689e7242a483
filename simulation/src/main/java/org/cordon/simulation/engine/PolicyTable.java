package org.cordon.simulation.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.cordon.Checks;
import org.cordon.InvalidInputException;
import org.cordon.community.Community;
import org.cordon.community.ReturneeOrigin;
import org.cordon.contact.Layer;
import org.cordon.measure.ContactEffect;
import org.cordon.measure.TimeBand;
import org.cordon.trace.CloseContactRule;
import org.cordon.trace.ContactTracer;
import org.cordon.contact.ContactGraph;

/**
 * A community and an {@link Interventions} schedule compiled, once, into primitive arrays per
 * half-day step (the engine's hot path reads nothing else): for each step and compound the
 * building, compound and outside factors; for each step the public-places factor; for each day
 * the survey visit probability of each resident (only on days the survey runs), tracing, guards
 * and survey coverage; for each resident the step of arrival. Immutable and shared by all
 * replicates and threads.
 */
public final class PolicyTable {
  /** Steps per day: the two {@link TimeBand}s. */
  public static final int STEPS_PER_DAY = 2;

  final Community community;
  final LocalDate start;
  final int days;
  final int compounds;
  /** The arrival step of a returnee who arrives after the last day: never, even in a follow-up. */
  static final int NEVER = Integer.MAX_VALUE / 2;
  /** Layers with a factor per step and compound (every {@link Layer}). */
  static final int LAYERS = Layer.values().length;

  final double[] factor; // [(step * LAYERS + layer) * compounds + c]: ContactEffect.factor
  final double[] outside; // [step * compounds + c]: ContactEffect.outside
  final float[][] surveyVisit; // [day] -> per resident, or null
  final boolean[] traces; // [day]
  final int[] guards; // [day]
  final double[] surveyCoverage; // [day]
  final int[] arrivalStep; // [resident]
  final double[] isolationDelay; // [onset day], NaN: the model's
  final double[] tracingDelay; // [day], NaN: the model's
  final double[] quarantineDuration; // [day], NaN: the model's
  final CloseContactRule[] closeContactRule; // [day]
  final ContactTracer tracer;
  final int[] returnees; // ids of returnees
  final int[] residentHousehold;
  final int[] residentBuilding;
  final int[] residentCompound;
  final int[] residentWorkplace;
  final int[] buildingCompound;
  final int[] householdCompound;
  final int[] householdOffsets;
  final int[] householdMembers;
  final int[] buildingOffsets;
  final int[] buildingMembers;
  final int[] compoundOffsets;
  final int[] compoundMembers;
  final int[] workplaceOffsets;
  final int[] workplaceMembers;
  /** In household-member order, each member's arrival step: {@code Susceptibles}' starting copy. */
  final int[] memberArrivalStep;
  /**
   * {@code Households}' records before a replicate starts (32 bytes a household), compiled once
   * and copied by each replicate: rebuilding them per replicate slowed the main job, whose
   * replicates are many and short.
   */
  final long[] householdRecords;
  /** A bit per resident present from the start ({@link Susceptibles}, copied per replicate). */
  final long[] presentFromStart;
  /** The returnees who arrive after the start, by arrival step ({@link Susceptibles#arrive}). */
  final int[] arrivalOrder;
  /**
   * Per {@link #arrivalOrder} entry: its arrival step and its household member slot, beside it so
   * that {@link Susceptibles#arrive} reads them in order rather than one scattered read each per
   * returnee in every replicate (the main job runs thousands of replicates with thousands of
   * returnees).
   */
  final int[] arrivalOrderStep;
  /** Per {@link #arrivalOrder} entry: its slot in {@link #householdMembers}. */
  final int[] arrivalOrderSlot;
  /** Resident to its slot in {@link #householdMembers}; read only, shared by the replicates. */
  final int[] memberSlot;

  private PolicyTable(Community community, Interventions interventions, LocalDate start, LocalDate end, ContactTracer tracer) {
    this.community = community;
    this.start = start;
    this.days = (int) ChronoUnit.DAYS.between(start, end) + 1;
    this.compounds = community.compounds().size();
    int steps = days * STEPS_PER_DAY;
    factor = new double[steps * LAYERS * compounds];
    outside = new double[steps * compounds];
    surveyVisit = new float[days][];
    traces = new boolean[days];
    guards = new int[days];
    surveyCoverage = new double[days];
    int n = community.residentCount();
    for (int d = 0; d < days; d++) {
      LocalDate day = start.plusDays(d);
      for (TimeBand band : TimeBand.values()) {
        int s = d * STEPS_PER_DAY + band.ordinal();
        ContactEffect e = Objects.requireNonNull(interventions.contactEffect(day, band), "contact effect");
        for (Layer layer : Layer.values()) {
          for (int c = 0; c < compounds; c++) {
            factor[(s * LAYERS + layer.ordinal()) * compounds + c] = factor(e.factor(layer, c), layer, day, band);
          }
        }
        for (int c = 0; c < compounds; c++) {
          int i = s * compounds + c;
          outside[i] = Checks.probability(e.outside(c), problem -> InvalidInputException.argument(
              "contact effect", "outside on " + day + " " + band + " " + problem));
        }
      }
      float[] visit = interventions.surveyVisits(day, n);
      if (visit != null) {
        if (visit.length != n) {
          throw InvalidInputException.argument("survey", "visit probabilities for " + visit.length + " residents, not " + n);
        }
        for (int r = 0; r < n; r++) {
          if (!(visit[r] >= 0 && visit[r] <= 1)) {
            throw InvalidInputException.argument("survey", "visit probability of resident " + r + " on " + day + " is " + visit[r]);
          }
        }
      }
      surveyVisit[d] = visit;
      traces[d] = interventions.tracesContacts(day);
      guards[d] = interventions.guardsOnDuty(day);
      surveyCoverage[d] = interventions.surveyCoverage(day);
    }
    isolationDelay = new double[days];
    tracingDelay = new double[days];
    quarantineDuration = new double[days];
    closeContactRule = new CloseContactRule[days];
    for (int d = 0; d < days; d++) {
      LocalDate day = start.plusDays(d);
      isolationDelay[d] = delay("isolation delay", interventions.isolationDelayDays(day), day);
      tracingDelay[d] = delay("tracing delay", interventions.tracingDelayDays(day), day);
      quarantineDuration[d] = delay("quarantine days", interventions.quarantineDays(day), day);
      closeContactRule[d] = Objects.requireNonNull(interventions.closeContactRule(day), "close-contact rule");
    }
    arrivalStep = new int[n];
    int returneeCount = 0;
    for (int r = 0; r < n; r++) {
      if (community.returneeOriginOf(r) != ReturneeOrigin.NONE) {
        returneeCount++;
        long d = ChronoUnit.DAYS.between(start, community.arrivalDateOf(r));
        // a returnee arriving after the last day never arrives, also in a run followed past it
        arrivalStep[r] = d >= days ? NEVER : (int) Math.max(0, d * STEPS_PER_DAY);
      }
    }
    returnees = new int[returneeCount];
    for (int r = 0, k = 0; r < n; r++) {
      if (community.returneeOriginOf(r) != ReturneeOrigin.NONE) {
        returnees[k++] = r;
      }
    }
    residentHousehold = new int[n];
    residentBuilding = new int[n];
    residentCompound = new int[n];
    residentWorkplace = new int[n];
    for (int r = 0; r < n; r++) {
      residentHousehold[r] = community.householdOf(r);
      residentBuilding[r] = community.buildingOf(r);
      residentCompound[r] = community.compoundOf(r);
      residentWorkplace[r] = community.workplaceOf(r);
    }
    householdCompound = new int[community.households().size()];
    for (int r = 0; r < n; r++) {
      householdCompound[residentHousehold[r]] = residentCompound[r];
    }
    buildingCompound = new int[community.buildings().size()];
    for (int b = 0; b < buildingCompound.length; b++) {
      buildingCompound[b] = community.buildings().get(b).compound();
    }
    this.tracer = tracer;
    householdOffsets = community.householdMembers().offsets();
    householdMembers = community.householdMembers().flatMembers();
    buildingOffsets = community.buildingMembers().offsets();
    buildingMembers = community.buildingMembers().flatMembers();
    compoundOffsets = community.compoundMembers().offsets();
    compoundMembers = community.compoundMembers().flatMembers();
    workplaceOffsets = community.workplaceMembers().offsets();
    workplaceMembers = community.workplaceMembers().flatMembers();
    memberArrivalStep = new int[householdMembers.length];
    memberSlot = new int[n];
    for (int m = 0; m < householdMembers.length; m++) {
      memberArrivalStep[m] = arrivalStep[householdMembers[m]];
      memberSlot[householdMembers[m]] = m;
    }
    householdRecords = Households.records(householdOffsets, householdCompound, memberArrivalStep);
    presentFromStart = Susceptibles.presentFromStart(arrivalStep);
    arrivalOrder = Susceptibles.arrivalOrder(returnees, arrivalStep);
    arrivalOrderStep = new int[arrivalOrder.length];
    arrivalOrderSlot = new int[arrivalOrder.length];
    for (int k = 0; k < arrivalOrder.length; k++) {
      arrivalOrderStep[k] = arrivalStep[arrivalOrder[k]];
      arrivalOrderSlot[k] = memberSlot[arrivalOrder[k]];
    }
  }

  /**
   * Compiles a schedule for a community over a horizon.
   *
   * @param community the community
   * @param interventions the measures, day by day
   * @param start first day simulated
   * @param end last day simulated (inclusive)
   * @return the compiled table
   * @throws InvalidInputException if {@code end} is before {@code start}, the horizon is longer
   *     than 3 years, or a factor or probability from the schedule is outside [0, 1]
   */
  public static PolicyTable compile(
      Community community, Interventions interventions, LocalDate start, LocalDate end) {
    return compile(community, interventions, start, end, tracer(community));
  }

  /**
   * @param community a community
   * @return a contact tracer over its contact graph, to share between {@link #compile(Community,
   *     Interventions, LocalDate, LocalDate, ContactTracer) compilations} for that community
   */
  public static ContactTracer tracer(Community community) {
    return new ContactTracer(ContactGraph.of(community));
  }

  /**
   * As {@link #compile(Community, Interventions, LocalDate, LocalDate)}, sharing a tracer.
   *
   * @param community the community
   * @param interventions the measures
   * @param start first day
   * @param end last day
   * @param tracer a tracer over {@code community}'s contact graph ({@link #tracer(Community)})
   * @return the compiled table
   * @throws InvalidInputException as the other overload, or if the tracer is over another community
   */
  public static PolicyTable compile(
      Community community, Interventions interventions, LocalDate start, LocalDate end, ContactTracer tracer) {
    Objects.requireNonNull(community, "community");
    if (tracer.graph().community() != community) {
      throw InvalidInputException.argument("tracer", "built over another community");
    }
    Objects.requireNonNull(interventions, "interventions");
    if (start == null || end == null || end.isBefore(start)) {
      throw InvalidInputException.argument("end", "must be a date on or after the start " + start + ": " + end);
    }
    if (ChronoUnit.DAYS.between(start, end) > 3 * 366) {
      throw InvalidInputException.argument("end", "horizon longer than 3 years: " + start + ".." + end);
    }
    return new PolicyTable(community, interventions, start, end, tracer);
  }

  private static double delay(String what, double days, LocalDate day) {
    if (!Double.isNaN(days) && !(days >= 0 && days < 10_000)) {
      throw InvalidInputException.argument("interventions", what + " on " + day + " is " + days);
    }
    return days;
  }

  /** A factor of the effect: in [0, 1], or finite and &gt;= 0 for the household layer. */
  private static double factor(double f, Layer layer, LocalDate day, TimeBand band) {
    java.util.function.Function<String, InvalidInputException> error =
        problem -> InvalidInputException.argument("contact effect", layer + " factor on " + day + " " + band + " " + problem);
    return layer == Layer.HOUSEHOLD ? Checks.nonNegative(f, error) : Checks.probability(f, error);
  }

  /**
   * @param day a day index (past the last day in a run followed to its end)
   * @return the day whose measures are in force then: {@code day}, or the last day after it
   */
  int policyDay(int day) {
    return Math.min(day, days - 1);
  }

  /**
   * @param step a half-day step (past the last day in a run followed to its end)
   * @return the step whose factors are in force then: {@code step}, or the same band of the last day
   */
  int policyStep(int step) {
    int steps = days * STEPS_PER_DAY;
    return step < steps ? step : steps - STEPS_PER_DAY + (step & 1);
  }

  /**
   * @param step a half-day step
   * @param layer a layer
   * @return the index of compound 0's factor of that layer in that step in {@link #factor}
   */
  int factorBase(int step, Layer layer) {
    return (step * LAYERS + layer.ordinal()) * compounds;
  }

  /** @return the community */
  public Community community() {
    return community;
  }

  /** @return the first day simulated */
  public LocalDate start() {
    return start;
  }

  /** @return the number of days simulated */
  public int days() {
    return days;
  }

  /** @return the last day simulated */
  public LocalDate end() {
    return start.plusDays(days - 1L);
  }

  /**
   * @param date a day in the table
   * @return the day index of a date (may be negative or beyond the horizon)
   */
  public int dayIndex(LocalDate date) {
    return (int) ChronoUnit.DAYS.between(start, date);
  }

  /** @return guards on duty per day (a copy) */
  public int[] guardsOnDuty() {
    return guards.clone();
  }

  /** @return survey coverage per day (a copy) */
  public double[] surveyCoverage() {
    return surveyCoverage.clone();
  }
}
