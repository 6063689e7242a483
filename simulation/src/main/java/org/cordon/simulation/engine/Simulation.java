package org.cordon.simulation.engine;

import java.util.Objects;
import org.cordon.contact.Layer;
import org.cordon.simulation.disease.CaseFindingParameters;
import org.cordon.simulation.disease.ModelParameters;

/**
 * A runnable model: a compiled {@link PolicyTable} (community and measures over a horizon) and
 * the {@link ModelParameters}. Each replicate is a pure function of (this simulation, seed,
 * replicate index), so replicates can run on any number of threads in any order:
 *
 * <pre>{@code
 * PolicyTable table = PolicyTable.compile(community, interventions, start, end);
 * Simulation sim = Simulation.of(table, ModelParameters.defaults());
 * RunResult run = sim.run(42L, 0);
 * int confirmed = run.confirmedBy(LocalDate.of(2020, 2, 3));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Simulation {
  private final PolicyTable table;
  private final ModelParameters parameters;
  private final NaturalHistory history;
  /** Per {@code table.returnees[k]}: its infected share, 0 if it never arrives ({@link Importation}). */
  final double[] importShares;
  final double householdRate;
  final double buildingRate;
  final double compoundRate;
  final double workplaceRate;
  final double communityRate;
  final double nightShare;
  /** First step at which the non-household rates take {@link #factorAfter} (the transmission change date). */
  final long changeStep;
  /** The factor on the non-household rates from {@link #changeStep} on. */
  final double factorAfter;
  /** Only imported cases transmit ({@link #firstGeneration}): local infections do not pass it on. */
  final boolean firstGenerationOnly;
  final double residents;
  final int confirmationSteps;
  final int quarantineDetectionSteps;
  final int tracingSteps;
  final int quarantineSteps;
  final int isolationSteps;
  final double surveySensitivity;
  final double febrileShare;
  final double feverOnsetMeanDays;
  /** Days a replicate is followed past the table's last day at most (0: stop at the last day). */
  final int followUpDays;

  /**
   * Threads of the keyed-draw transmission step ({@link #withKeyedDraws(int)}); 0: the sequential
   * draws (the default).
   */
  final int stepThreads;
  /** The pool the keyed draws run on; null with the sequential draws or one thread. */
  final java.util.concurrent.ForkJoinPool stepPool;

  private Simulation(PolicyTable table, ModelParameters parameters, boolean firstGenerationOnly, int followUpDays) {
    this(table, parameters, firstGenerationOnly, followUpDays, 0, null);
  }

  private Simulation(PolicyTable table, ModelParameters parameters, boolean firstGenerationOnly, int followUpDays,
      int stepThreads, java.util.concurrent.ForkJoinPool stepPool) {
    this.stepThreads = stepThreads;
    this.stepPool = stepPool;
    this.table = table;
    this.firstGenerationOnly = firstGenerationOnly;
    this.parameters = parameters;
    CaseFindingParameters cf = parameters.caseFinding();
    this.history = new NaturalHistory(parameters.disease(), cf, table.dayIndex(cf.fasterCareFrom()), table.isolationDelay);
    this.importShares = Importation.shares(table, parameters.imports());
    var tr = parameters.transmission();
    householdRate = tr.dailyRate(Layer.HOUSEHOLD);
    buildingRate = tr.dailyRate(Layer.BUILDING);
    compoundRate = tr.dailyRate(Layer.COMPOUND);
    workplaceRate = tr.dailyRate(Layer.WORKPLACE);
    communityRate = tr.dailyRate(Layer.COMMUNITY);
    nightShare = tr.nightShare();
    changeStep = (long) table.dayIndex(tr.changeDate()) * PolicyTable.STEPS_PER_DAY;
    factorAfter = tr.scaleFactorAfter();
    residents = table.community.residentCount();
    confirmationSteps = steps(cf.confirmationDays());
    quarantineDetectionSteps = steps(cf.quarantineDetectionDays());
    tracingSteps = steps(cf.tracingDelayDays());
    quarantineSteps = steps(cf.quarantineDays());
    isolationSteps = steps(cf.isolationDays());
    surveySensitivity = cf.surveySensitivity();
    febrileShare = cf.febrileShare();
    feverOnsetMeanDays = cf.feverOnsetMeanDays();
    this.followUpDays = followUpDays;
    facilityFromDay = cf.quarantineSetting() == org.cordon.simulation.disease.QuarantineSetting.FACILITY
        ? Math.max(0, table.dayIndex(cf.facilityQuarantineFrom())) : Integer.MAX_VALUE;
  }

  /** @return the factor on the non-household rates at step {@code s}: 1 before the change date */
  double periodFactor(int s) {
    return s >= changeStep ? factorAfter : 1.0;
  }

  /** The first day index on which quarantined contacts go to a facility ({@link Integer#MAX_VALUE}: never). */
  final int facilityFromDay;

  int tracingSteps(int day) {
    double d = table.tracingDelay[table.policyDay(day)];
    return Double.isNaN(d) ? tracingSteps : steps(d);
  }

  int quarantineSteps(int day) {
    double d = table.quarantineDuration[table.policyDay(day)];
    return Double.isNaN(d) ? quarantineSteps : steps(d);
  }

  /** Delays are rounded to half days, and at least one half day. */
  static int steps(double days) {
    return (int) Math.max(1, Math.min(1 << 20, Math.round(days * PolicyTable.STEPS_PER_DAY)));
  }

  /**
   * @param table the compiled community and measures
   * @param parameters the disease model
   * @return a simulation
   * @throws NullPointerException if an argument is null
   */
  public static Simulation of(PolicyTable table, ModelParameters parameters) {
    return new Simulation(Objects.requireNonNull(table, "table"), Objects.requireNonNull(parameters, "parameters"), false, 0);
  }

  /**
   * A simulation in which only imported cases transmit: the infections of a run are the first
   * generation of local cases, so local infections / imported cases is the mean number of
   * secondary cases per index case (the local reproduction number of the measures in {@code
   * table}, without depletion by other generations).
   *
   * @param table the compiled community and measures
   * @param parameters the disease model
   * @return the simulation
   * @throws NullPointerException if an argument is null
   */
  public static Simulation firstGeneration(PolicyTable table, ModelParameters parameters) {
    return new Simulation(Objects.requireNonNull(table, "table"), Objects.requireNonNull(parameters, "parameters"), true, 0);
  }

  /**
   * A simulation whose replicates go on past the table's last day until nobody is exposed or
   * infectious and no case awaits detection or confirmation, for at most {@code followUpDays} more
   * days. After the last day the measures in force on it stay in force; returnees who arrive after
   * it are not simulated. The daily series of a {@link RunResult} stay on the table's horizon; the
   * counts at the end are {@link RunResult#finalInfections()} and {@link RunResult#finalConfirmed()}.
   *
   * @param table the compiled community and measures
   * @param parameters the disease model
   * @param followUpDays the most days to go on past the last day (0: stop on it)
   * @return a simulation
   * @throws NullPointerException if an argument is null
   * @throws org.cordon.InvalidInputException if {@code followUpDays} is negative or above 3,660
   */
  public static Simulation of(PolicyTable table, ModelParameters parameters, int followUpDays) {
    if (followUpDays < 0 || followUpDays > MAX_FOLLOW_UP_DAYS) {
      throw org.cordon.InvalidInputException.argument("followUpDays", "must be 0.." + MAX_FOLLOW_UP_DAYS + ": " + followUpDays);
    }
    return new Simulation(Objects.requireNonNull(table, "table"), Objects.requireNonNull(parameters, "parameters"),
        false, followUpDays);
  }

  /** The longest follow-up past the last day a simulation accepts: 10 years. */
  public static final int MAX_FOLLOW_UP_DAYS = 3660;

  /** @return the most days a replicate is followed past the table's last day */
  public int followUpDays() {
    return followUpDays;
  }

  /**
   * Runs one replicate.
   *
   * @param seed the experiment seed
   * @param replicate the replicate index (0, 1, ...): with the seed, it selects the random streams
   * @return the run's daily series
   * @throws org.cordon.InvalidInputException if {@code replicate} is negative
   */
  public RunResult run(long seed, int replicate) {
    return run(seed, replicate, NOT_CANCELLED);
  }

  /** A cancellation hook that never cancels. */
  public static final java.util.function.BooleanSupplier NOT_CANCELLED = () -> false;

  /**
   * As {@link #run(long, int)}, stopping early when {@code cancelled} says so: it is asked once
   * per simulated day (cheap: one call a day), and a cancelled run throws instead of returning
   * a partial result. For a community of up to 200,000 residents the calling thread keeps the
   * replicate's arrays for its next replicate of this table (about 47 bytes a resident, at most
   * about 24 MB a thread, held softly: see {@code ReplicateArena}); the result is the same.
   *
   * @param seed the experiment seed
   * @param replicate the replicate index
   * @param cancelled says whether to stop (asked from this thread)
   * @return the run's daily series
   * @throws org.cordon.InvalidInputException if {@code replicate} is negative
   * @throws java.util.concurrent.CancellationException if {@code cancelled} said so before the run ended
   */
  public RunResult run(long seed, int replicate, java.util.function.BooleanSupplier cancelled) {
    if (replicate < 0) {
      throw org.cordon.InvalidInputException.argument("replicate", "must be >= 0: " + replicate);
    }
    ReplicateArena arena = ReplicateArena.acquire(table);
    RunResult result = new Replicate(this, seed, replicate, arena).run(cancelled);
    arena.release(); // only after a normal end: a failed replicate's arena is dropped
    return result;
  }

  /** The most threads {@link #withKeyedDraws(int)} accepts. */
  public static final int MAX_STEP_THREADS = 256;

  /**
   * This simulation with <em>keyed draws</em>: each replicate's transmission step draws each touched
   * group's infections from a generator keyed by (the replicate's transmission stream, step, layer,
   * group), against the residents' state at the start of the step, on {@code threads} threads (a
   * shared fork-join pool of that size; 1: on the calling thread), and applies them in a fixed
   * order (layers in turn, groups in the order the sequential step visits them), so a resident hit
   * by two groups is infected once, by the first. A replicate's result is the same for every
   * number of threads, but not the same as with the default sequential draws: there, one
   * sequential generator serves the groups in turn and a resident infected by an earlier group of
   * the step is no longer susceptible to a later one, so the number of draws each group takes
   * depends on the groups before it, which no partition over threads can reproduce. The two draw
   * modes give the same distribution of results (tested: final size and peak day over 200
   * replicates, two-sample Kolmogorov-Smirnov); a resident hit by two groups in one step is
   * infected by the first in either mode. Use it for one large replicate (the cost of a step
   * follows the number of infectious residents); many small replicates are better run one per
   * thread with the default.
   *
   * @param threads the threads of each step, 1 to {@link #MAX_STEP_THREADS}
   * @return the simulation with keyed draws
   * @throws org.cordon.InvalidInputException if {@code threads} is out of range
   */
  public Simulation withKeyedDraws(int threads) {
    if (threads < 1 || threads > MAX_STEP_THREADS) {
      throw org.cordon.InvalidInputException.argument("threads", "must be 1.." + MAX_STEP_THREADS + ": " + threads);
    }
    return withKeyedDraws(threads == 1 ? null : KeyedDraws.pool(threads), threads);
  }

  /**
   * As {@link #withKeyedDraws(int)}, the groups' draws running on {@code pool} (its parallelism
   * changes nothing in the results).
   *
   * @param pool the pool each step's draws run on
   * @return the simulation with keyed draws
   * @throws NullPointerException if {@code pool} is null
   */
  public Simulation withKeyedDraws(java.util.concurrent.ForkJoinPool pool) {
    Objects.requireNonNull(pool, "pool");
    return withKeyedDraws(pool, pool.getParallelism());
  }

  private Simulation withKeyedDraws(java.util.concurrent.ForkJoinPool pool, int threads) {
    return new Simulation(table, parameters, firstGenerationOnly, followUpDays, threads, pool);
  }

  /** @return the threads of the keyed-draw step, or 0 with the default sequential draws */
  public int stepThreads() {
    return stepThreads;
  }

  /** @return the compiled community and measures */
  public PolicyTable table() {
    return table;
  }

  /** @return the disease model */
  public ModelParameters parameters() {
    return parameters;
  }

  NaturalHistory history() {
    return history;
  }
}
