package org.cordon.simulation.engine;

import static org.cordon.simulation.engine.ResidentState.E;
import static org.cordon.simulation.engine.ResidentState.F_ASYMPTOMATIC;
import static org.cordon.simulation.engine.ResidentState.F_DETECTED;
import static org.cordon.simulation.engine.ResidentState.F_EVER_QUARANTINED;
import static org.cordon.simulation.engine.ResidentState.F_FACILITY;
import static org.cordon.simulation.engine.ResidentState.F_ISOLATED;
import static org.cordon.simulation.engine.ResidentState.F_QUARANTINED;
import static org.cordon.simulation.engine.ResidentState.I;
import static org.cordon.simulation.engine.ResidentState.S;

import java.time.LocalDate;
import java.util.Arrays;
import org.cordon.trace.CloseContactRule;
import org.cordon.trace.TraceResult;

/**
 * Case finding in one replicate: detection and isolation of symptomatic cases (by care seeking,
 * in quarantine, or by the door-to-door survey's (摸排) temperature checks), confirmation, contact
 * tracing of confirmed cases, and quarantine of their contacts (at home, or in a facility from the
 * model's date: {@link org.cordon.simulation.disease.CaseFindingParameters#quarantineSetting()}).
 * Past the table's last day (a run followed to its end) the measures of the last day apply. Works
 * on the shared {@link
 * ResidentState} and schedules its follow-up events on the replicate's {@link EventQueue}.
 * Per-replicate state; not thread-safe.
 */
final class CaseFinding {
  private final PolicyTable t;
  private final Simulation sim;
  private final ResidentState st;
  private final EventQueue queue;
  private final DailyTally tally;
  private final long surveyKey;
  private final long tracingKey;
  private final long febrileKey;
  private final long feverOnsetKey;
  private final PoissonSampler contactsOutsideHousehold; // null: none
  private int[] scratch = new int[64];

  /**
   * @param sim the simulation (delays, survey sensitivity, tracing parameters)
   * @param st the replicate's residents
   * @param queue the replicate's events
   * @param tally the replicate's counts
   * @param surveyKey the replicate's {@link RandomStreams.Purpose#SURVEY} stream
   * @param tracingKey the replicate's {@link RandomStreams.Purpose#TRACING} stream
   * @param febrileKey the replicate's {@link RandomStreams.Purpose#FEBRILE} stream
   * @param feverOnsetKey the replicate's {@link RandomStreams.Purpose#FEVER_ONSET} stream
   */
  CaseFinding(Simulation sim, ResidentState st, EventQueue queue, DailyTally tally, long surveyKey, long tracingKey,
      long febrileKey, long feverOnsetKey) {
    this.t = sim.table();
    this.sim = sim;
    this.st = st;
    this.queue = queue;
    this.tally = tally;
    this.surveyKey = surveyKey;
    this.tracingKey = tracingKey;
    this.febrileKey = febrileKey;
    this.feverOnsetKey = feverOnsetKey;
    double mean = sim.parameters().caseFinding().contactsOutsideHousehold();
    this.contactsOutsideHousehold = mean > 0 ? PoissonSampler.of(tracingKey, 0, mean) : null;
  }

  /** A symptomatic case's onset: in quarantine, it is found after the quarantine's detection delay. */
  void onset(int r, int now) {
    if ((st.flags[r] & (F_QUARANTINED | F_DETECTED)) == F_QUARANTINED) {
      queue.add(now + sim.quarantineDetectionSteps, r, EventQueue.DETECT);
    }
  }

  /**
   * Detects and isolates {@code r} (if infectious, symptomatic and not detected before): it leaves
   * quarantine and the infectious residents, and its confirmation and discharge are scheduled.
   */
  void detect(int r, int now) {
    byte[] flags = st.flags;
    if ((flags[r] & (F_DETECTED | F_ASYMPTOMATIC)) != 0 || st.state[r] == S || st.state[r] == E) {
      return;
    }
    st.flag(r, F_DETECTED | F_ISOLATED);
    st.removeActive(r);
    if ((flags[r] & F_QUARANTINED) != 0) {
      st.unflag(r, F_QUARANTINED | F_FACILITY);
      tally.quarantinedNow--;
    }
    tally.isolatedNow++;
    queue.add(now + sim.confirmationSteps, r, EventQueue.CONFIRM);
    queue.add(now + sim.isolationSteps, r, EventQueue.DISCHARGE);
  }

  /** Confirms {@code r} and, on days contacts are traced, queues its contacts' quarantine. */
  void confirm(int r, int now) {
    tally.confirmed(now);
    st.confirm(r, now);
    if (t.traces[t.policyDay(now >> 1)]) {
      trace(r, now);
    }
  }

  /**
   * Quarantines {@code r} from step {@code now} (unless detected or isolated) for the duration in
   * force that day, extending a running quarantine; a symptomatic case in quarantine is found
   * after the quarantine's detection delay. From the model's facility date (with {@link
   * org.cordon.simulation.disease.QuarantineSetting#FACILITY}) the contact goes to a facility, where
   * it has no household contact; a contact quarantined at home before that date stays at home
   * unless its quarantine is extended on or after it.
   */
  void quarantine(int r, int now) {
    byte[] flags = st.flags;
    if ((flags[r] & (F_DETECTED | F_ISOLATED)) != 0) {
      return;
    }
    if ((flags[r] & F_EVER_QUARANTINED) == 0) {
      st.flag(r, F_EVER_QUARANTINED);
      tally.closeContacts++;
    }
    if ((flags[r] & F_QUARANTINED) == 0) {
      st.flag(r, F_QUARANTINED);
      st.quarantineSeen = true;
      tally.quarantinedNow++;
    }
    if ((now >> 1) >= sim.facilityFromDay) {
      st.flag(r, F_FACILITY);
    }
    st.refresh(r);
    st.quarantineUntil(r, now + sim.quarantineSteps(now >> 1));
    queue.add(st.quarantineEnd[r], r, EventQueue.QUARANTINE_END);
    if (st.state[r] == I) {
      queue.add(now + sim.quarantineDetectionSteps, r, EventQueue.DETECT);
    }
  }

  /** Ends {@code r}'s quarantine at {@code now} if it was not extended since. */
  void quarantineEnd(int r, int now) {
    if ((st.flags[r] & F_QUARANTINED) != 0 && st.quarantineEnd[r] == now) {
      st.unflag(r, F_QUARANTINED | F_FACILITY);
      st.refresh(r);
      tally.quarantinedNow--;
    }
  }

  /** Discharges isolated case {@code r}. */
  void discharge(int r) {
    if ((st.flags[r] & F_ISOLATED) != 0) {
      st.unflag(r, F_ISOLATED);
      tally.isolatedNow--;
    }
  }

  /**
   * Close contacts of a confirmed case: those the core tracer finds under the day's rule (from the
   * rule's lookback before onset to today), and a few residents of its building (the model's
   * contacts outside the household that no register records): a Poisson number with the model's
   * mean, drawn from the building with replacement (at most 4 draws per contact sought), keeping
   * residents of other households present then.
   */
  void trace(int r, int now) {
    int day = now >> 1;
    int when = now + sim.tracingSteps(day);
    int h = t.residentHousehold[r];
    CloseContactRule rule = t.closeContactRule[t.policyDay(day)];
    LocalDate onset = t.start.plusDays(Math.max(0, Math.min(st.onsetStep[r] >> 1, day)));
    TraceResult found0 = t.tracer.closeContacts(r, rule, rule.windowFor(onset, t.start.plusDays(day)));
    for (int i = 0; i < found0.size(); i++) {
      int j = found0.id(i);
      if (j != r && t.arrivalStep[j] <= now) {
        queue.add(when, j, EventQueue.QUARANTINE);
      }
    }
    if (contactsOutsideHousehold == null) {
      return;
    }
    int k = contactsOutsideHousehold.sample(r); // tracing draw 0; the picks use draws 1, 2, ...
    int b = t.residentBuilding[r];
    int from = t.buildingOffsets[b];
    int size = t.buildingOffsets[b + 1] - from;
    int found = 0;
    for (int attempt = 1; found < k && attempt <= 4 * k; attempt++) {
      int j = t.buildingMembers[from + (int) (RandomStreams.uniform(tracingKey, r, attempt) * size)];
      if (t.residentHousehold[j] != h && t.arrivalStep[j] <= now) {
        queue.add(when, j, EventQueue.QUARANTINE);
        found++;
      }
    }
  }

  /**
   * @param r a resident
   * @return whether {@code r}, as a symptomatic case, ever has a fever: one keyed draw per resident
   *     against the febrile share, the same in every variant
   */
  boolean febrile(int r) {
    return RandomStreams.uniform(febrileKey, r, 0) < sim.febrileShare;
  }

  /**
   * @param r a resident
   * @return the days from {@code r}'s symptom onset to its fever's onset, if it ever has fever:
   *     exponential with the model's mean, one keyed draw per resident (the same in every variant)
   */
  double feverOnsetDelay(int r) {
    return -sim.feverOnsetMeanDays * Math.log1p(-RandomStreams.uniform(feverOnsetKey, r, 0));
  }

  /**
   * @param r a symptomatic resident
   * @param s a step at or after its onset
   * @return whether {@code r} has a fever at step {@code s}: it ever has one and it has begun
   *     ({@link #feverOnsetDelay} days after the onset step, or more)
   */
  boolean febrileAt(int r, int s) {
    return febrile(r) && (s - st.onsetStep[r]) >= feverOnsetDelay(r) * PolicyTable.STEPS_PER_DAY;
  }

  /**
   * The survey's temperature checks on the day of step {@code s}: each symptomatic infectious
   * resident not isolated whose fever has begun ({@link #febrileAt}) is found with probability
   * (visit probability × sensitivity), a keyed draw per resident and day; the found are detected
   * after all are drawn. A case without fever (yet) is not found by the survey.
   */
  void survey(int s) {
    int d = s >> 1;
    float[] visit = t.surveyVisit[t.policyDay(d)];
    if (visit == null) {
      return;
    }
    double sensitivity = sim.surveySensitivity;
    int found = 0;
    for (int k = 0; k < st.activeCount; k++) {
      int r = st.active[k];
      if (st.state[r] == I && visit[r] > 0 && febrileAt(r, s)
          && RandomStreams.uniform(surveyKey, r, d) < visit[r] * sensitivity) {
        if (found == scratch.length) {
          scratch = Arrays.copyOf(scratch, found * 2);
        }
        scratch[found++] = r;
      }
    }
    for (int i = 0; i < found; i++) {
      detect(scratch[i], s);
    }
  }
}
