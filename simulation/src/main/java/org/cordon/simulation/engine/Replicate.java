package org.cordon.simulation.engine;

import static org.cordon.simulation.engine.ResidentState.A;
import static org.cordon.simulation.engine.ResidentState.E;
import static org.cordon.simulation.engine.ResidentState.F_ASYMPTOMATIC;
import static org.cordon.simulation.engine.ResidentState.F_ISOLATED;
import static org.cordon.simulation.engine.ResidentState.I;
import static org.cordon.simulation.engine.ResidentState.P;
import static org.cordon.simulation.engine.ResidentState.R;

import org.cordon.simulation.engine.RandomStreams.Purpose;

/**
 * One replicate: its parts over shared plain arrays ({@link ResidentState}) and its step loop.
 * Each half-day step: (1) due events (phase changes, detection, confirmation, quarantine,
 * arrivals), (2) in the DAYTIME band the survey's temperature checks ({@link CaseFinding}), (3)
 * {@link Transmission}, (4) after the NIGHT band the day's counts ({@link DailyTally}). An infection
 * draws its course ({@link NaturalHistory}) and schedules its phase changes and care-seeking
 * detection as events. After the table's last day the replicate goes on, for at most the
 * simulation's follow-up days, until its queue is {@link EventQueue#settled() settled}.
 */
final class Replicate implements InfectionSink {
  private final PolicyTable t;
  private final Simulation sim;
  private final NaturalHistory.Draws courses;
  private final int steps;

  final ResidentState st;
  final EventQueue queue;
  final DailyTally tally;
  final Importation importation;
  final CaseFinding caseFinding;
  final Transmission transmission;
  private final NaturalHistory.Course course = new NaturalHistory.Course();
  private final int[] pendingStep = new int[4];
  private final int[] pendingType = new int[4];

  Replicate(Simulation sim, long seed, int replicate) {
    this(sim, seed, replicate, ReplicateArena.around(sim.table(), new ResidentState(sim.table().residentHousehold.length)));
  }

  /**
   * @param sim the simulation
   * @param seed the experiment seed
   * @param replicate the replicate index
   * @param arena the arrays to run on, in the state of new ones ({@link ReplicateArena})
   */
  Replicate(Simulation sim, long seed, int replicate, ReplicateArena arena) {
    this.sim = sim;
    this.t = sim.table();
    this.courses = sim.history().draws(
        RandomStreams.stream(seed, replicate, Purpose.NATURAL_HISTORY), RandomStreams.stream(seed, replicate, Purpose.CASE_FINDING));
    this.steps = t.days * PolicyTable.STEPS_PER_DAY;
    st = arena.st;
    queue = new EventQueue(steps + sim.followUpDays * PolicyTable.STEPS_PER_DAY);
    tally = new DailyTally(t);
    importation = new Importation(t, sim.parameters().imports(), sim.importShares,
        RandomStreams.stream(seed, replicate, Purpose.IMPORT));
    caseFinding = new CaseFinding(sim, st, queue, tally,
        RandomStreams.stream(seed, replicate, Purpose.SURVEY), RandomStreams.stream(seed, replicate, Purpose.TRACING),
        RandomStreams.stream(seed, replicate, Purpose.FEBRILE), RandomStreams.stream(seed, replicate, Purpose.FEVER_ONSET));
    long stream = RandomStreams.stream(seed, replicate, Purpose.TRANSMISSION);
    transmission = Transmission.ofNewResidents(sim, arena, RandomStreams.generator(stream), this,
        RandomStreams.stream(seed, replicate, Purpose.INFECTOR), stream);
  }

  /** @return the simulation this replicate runs */
  Simulation sim() {
    return sim;
  }

  RunResult run() {
    return run(Simulation.NOT_CANCELLED);
  }

  /** Runs every step; asks {@code cancelled} at the start of each simulated day. */
  RunResult run(java.util.function.BooleanSupplier cancelled) {
    importation.schedule(queue);
    for (int s = 0; s < steps; s++) {
      if (s % PolicyTable.STEPS_PER_DAY == 0 && cancelled.getAsBoolean()) {
        throw new java.util.concurrent.CancellationException("cancelled");
      }
      step(s);
    }
    RunResult horizon = tally.result(transmission.presymptomatic(), HouseholdIndexCases.count(sim, st));
    return followUp(horizon);
  }

  /**
   * Goes on past the last day, a whole day at a time, until the queue is settled or the follow-up
   * days are spent.
   *
   * @param horizon the result on the horizon
   * @return it with the run's end
   */
  RunResult followUp(RunResult horizon) {
    int s = steps;
    int last = queue.steps();
    while (!queue.settled() && s < last) {
      step(s);
      step(s + 1);
      s += PolicyTable.STEPS_PER_DAY;
    }
    return horizon.withEnd(tally.laterInfections, tally.laterConfirmed, (s - steps) / PolicyTable.STEPS_PER_DAY,
        !queue.settled());
  }

  /** Runs step {@code s}. */
  void step(int s) {
    processEvents(s);
    if ((s & 1) == 0) {
      caseFinding.survey(s);
    }
    transmission.step(s);
    if ((s & 1) == 1) {
      tally.endOfDay(s >> 1);
    }
  }

  static int stepOf(double time) {
    double s = Math.floor(time * PolicyTable.STEPS_PER_DAY);
    return s > Integer.MAX_VALUE / 2 ? Integer.MAX_VALUE / 2 : (int) Math.max(s, Integer.MIN_VALUE / 2);
  }

  /**
   * Infects {@code r} at step {@code now} (infection time {@code time} in days; {@code layer} is
   * -1 for an import; {@code infector} as {@link ResidentState#infector}): records who and where,
   * draws its course and schedules its phase changes and, if symptomatic, its detection by care
   * seeking. A local infection's phases start at the next step at the earliest;
   * an import's phases already past are run at once, in order.
   */
  @Override
  public void infect(int r, int now, double time, int layer, int infector) {
    infect(r, now, time, layer, infector, null, t.residentHousehold[r], t.residentCompound[r]);
  }

  @Override
  public NaturalHistory.Draws courses() {
    return courses;
  }

  /** As {@link #infect(int, int, double, int, int)}, with its course drawn ({@link #courses()}). */
  @Override
  public void infect(int r, int now, double time, int layer, int infector, NaturalHistory.Course course) {
    infect(r, now, time, layer, infector, course, t.residentHousehold[r], t.residentCompound[r]);
  }

  /** As {@link #infect(int, int, double, int, int)}, in household {@code h} and compound {@code c}. */
  @Override
  public void infect(int r, int now, double time, int layer, int infector, NaturalHistory.Course course, int h,
      int c) {
    if (course == null) {
      course = this.course;
      courses.draw(r, time, course); // keyed by resident: drawing it first changes nothing
    }
    st.infect(r, infector, layer, stepOf(time));
    if (layer < 0) {
      transmission.infected(r); // an import (transmission marks the local infections it draws)
    }
    tally.infection(r, now, layer, h, c, transmission.households);
    if (course.asymptomatic) {
      st.flag(r, F_ASYMPTOMATIC);
    }
    int local = layer >= 0 ? now + 1 : Integer.MIN_VALUE;
    int sp = Math.max(local, stepOf(course.infectious));
    int so = Math.max(sp, stepOf(course.onset));
    int sr = Math.max(Math.max(so, local) + 1, stepOf(course.recovery));
    st.onset(r, so);
    int n = 0;
    n = pend(n, sp, EventQueue.TO_P);
    n = pend(n, so, EventQueue.ONSET);
    n = pend(n, sr, EventQueue.RECOVER);
    if (!course.asymptomatic) {
      n = pend(n, Math.max(so, stepOf(course.detection)), EventQueue.DETECT);
    }
    // stable sort by step (at most 4 entries)
    for (int i = 1; i < n; i++) {
      for (int j = i; j > 0 && pendingStep[j - 1] > pendingStep[j]; j--) {
        int ts = pendingStep[j];
        pendingStep[j] = pendingStep[j - 1];
        pendingStep[j - 1] = ts;
        int ty = pendingType[j];
        pendingType[j] = pendingType[j - 1];
        pendingType[j - 1] = ty;
      }
    }
    for (int i = 0; i < n; i++) {
      if (pendingStep[i] <= now) {
        handle(r, pendingType[i], now);
      } else {
        queue.add(pendingStep[i], r, pendingType[i]);
      }
    }
  }

  private int pend(int n, int step, int type) {
    pendingStep[n] = step;
    pendingType[n] = type;
    return n + 1;
  }

  private void processEvents(int s) {
    for (int i = 0; i < queue.size(s); i++) {
      int e = queue.get(s, i);
      handle(e >>> EventQueue.TYPE_BITS, e & EventQueue.TYPE_MASK, s);
    }
    queue.release(s);
  }

  private void handle(int r, int type, int now) {
    byte[] state = st.state;
    switch (type) {
      case EventQueue.TO_P:
        if (state[r] == E) {
          st.set(r, P);
          if (!st.has(r, F_ISOLATED)) {
            st.addActive(r);
          }
        }
        break;
      case EventQueue.ONSET:
        if (state[r] == P) {
          boolean asym = st.has(r, F_ASYMPTOMATIC);
          st.set(r, asym ? A : I);
          st.refresh(r);
          if (!asym) {
            caseFinding.onset(r, now);
          }
        }
        break;
      case EventQueue.RECOVER:
        if (state[r] == P || state[r] == I || state[r] == A) {
          st.set(r, R);
          st.removeActive(r);
        }
        break;
      case EventQueue.DETECT:
        caseFinding.detect(r, now);
        break;
      case EventQueue.CONFIRM:
        caseFinding.confirm(r, now);
        break;
      case EventQueue.QUARANTINE:
        caseFinding.quarantine(r, now);
        break;
      case EventQueue.QUARANTINE_END:
        caseFinding.quarantineEnd(r, now);
        break;
      case EventQueue.DISCHARGE:
        caseFinding.discharge(r);
        break;
      case EventQueue.ARRIVE:
        tally.imported(now);
        infect(r, now, importation.infectionTime(r), -1, ResidentState.INFECTOR_IMPORT);
        break;
      default:
        throw new IllegalStateException("event type " + type);
    }
  }
}
