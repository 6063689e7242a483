package org.cordon.simulation.engine;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.cordon.trace.CloseContactRule;
import org.cordon.trace.TraceResult;
import org.cordon.contact.Layer;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.engine.RandomStreams.Purpose;

/**
 * One replicate's mutable state and its step loop. Per-resident state lives in primitive arrays;
 * the community and policy arrays are shared read-only. Each half-day step: (1) due events
 * (phase changes, detection, confirmation, quarantine), (2) in the DAYTIME band the survey's
 * temperature checks, (3) transmission: the infectious residents add their infectiousness to the
 * pressure of each group they belong to, then each touched group draws its new infections among
 * its members by geometric skipping (only hit members are looked at), so the cost follows the
 * number of infectious residents, not the population.
 */
final class Replicate {
  static final byte S = 0;
  static final byte E = 1;
  static final byte P = 2;
  static final byte I = 3;
  static final byte A = 4;
  static final byte R = 5;

  static final int F_ISOLATED = 1;
  static final int F_QUARANTINED = 2;
  static final int F_DETECTED = 4;
  static final int F_EVER_QUARANTINED = 8;
  static final int F_ASYMPTOMATIC = 16;

  static final int EV_TO_P = 0;
  static final int EV_ONSET = 1;
  static final int EV_RECOVER = 2;
  static final int EV_DETECT = 3;
  static final int EV_CONFIRM = 4;
  static final int EV_QUARANTINE = 5;
  static final int EV_QUARANTINE_END = 6;
  static final int EV_DISCHARGE = 7;
  static final int EV_ARRIVE = 8;

  private final PolicyTable t;
  private final Simulation sim;
  private final long nhKey;
  private final long cfKey;
  private final long surveyKey;
  private final long tracingKey;
  private final long importKey;
  private final SplittableRandom rng;
  private final int steps;

  private final byte[] state;
  private final byte[] flags;
  private final int[] quarantineEnd;
  private final int[] onsetStep;
  private final int[] activePos;
  private final int[] active;
  private int activeCount;
  private final EventQueue queue;
  private final NaturalHistory.Course course = new NaturalHistory.Course();
  private final int[] pendingStep = new int[4];
  private final int[] pendingType = new int[4];

  private final GroupPressure households;
  private final GroupPressure buildings;
  private final GroupPressure compounds;
  private final GroupPressure workplaces;
  private double presymptomatic;
  private final byte[] hhHadInfection;
  private int[] scratch = new int[64];

  private final int[] newInfections;
  private final int[] newImported;
  private final int[] newConfirmed;
  private final int[] quarantinedSeries;
  private final int[] isolatedSeries;
  private final int[] closeContactSeries;
  private final int[] byLayer = new int[Layer.values().length];
  private final int[] byCompound;
  private int quarantinedNow;
  private int isolatedNow;
  private int closeContacts;
  private int householdInfections;
  private int householdContacts;

  Replicate(Simulation sim, long seed, int replicate) {
    this.sim = sim;
    this.t = sim.table();
    this.nhKey = RandomStreams.stream(seed, replicate, Purpose.NATURAL_HISTORY);
    this.cfKey = RandomStreams.stream(seed, replicate, Purpose.CASE_FINDING);
    this.surveyKey = RandomStreams.stream(seed, replicate, Purpose.SURVEY);
    this.tracingKey = RandomStreams.stream(seed, replicate, Purpose.TRACING);
    this.importKey = RandomStreams.stream(seed, replicate, Purpose.IMPORT);
    this.rng = RandomStreams.generator(RandomStreams.stream(seed, replicate, Purpose.TRANSMISSION));
    int n = t.residentHousehold.length;
    this.steps = t.days * PolicyTable.STEPS_PER_DAY;
    state = new byte[n];
    flags = new byte[n];
    quarantineEnd = new int[n];
    onsetStep = new int[n];
    activePos = new int[n];
    java.util.Arrays.fill(activePos, -1);
    active = new int[n];
    queue = new EventQueue(steps);
    households = new GroupPressure(t.householdOffsets.length - 1);
    hhHadInfection = new byte[t.householdOffsets.length - 1];
    buildings = new GroupPressure(t.buildingOffsets.length - 1);
    compounds = new GroupPressure(t.compounds);
    workplaces = new GroupPressure(t.workplaceOffsets.length - 1);
    byCompound = new int[t.compounds];
    newInfections = new int[t.days];
    newImported = new int[t.days];
    newConfirmed = new int[t.days];
    quarantinedSeries = new int[t.days];
    isolatedSeries = new int[t.days];
    closeContactSeries = new int[t.days];
  }

  RunResult run() {
    seedImports();
    for (int s = 0; s < steps; s++) {
      processEvents(s);
      if ((s & 1) == 0) {
        survey(s);
      }
      if (activeCount > 0) {
        transmit(s);
      }
      if ((s & 1) == 1) {
        int d = s >> 1;
        quarantinedSeries[d] = quarantinedNow;
        isolatedSeries[d] = isolatedNow;
        closeContactSeries[d] = closeContacts;
      }
    }
    return new RunResult(
        t.start, newInfections, newImported, newConfirmed, quarantinedSeries, isolatedSeries,
        closeContactSeries, householdInfections, householdContacts, byLayer, byCompound, presymptomatic);
  }

  // ---- importation -------------------------------------------------------------------------

  private void seedImports() {
    var imports = sim.parameters().imports();
    for (int r : t.returnees) {
      double share = imports.shareInfected(t.community.returneeOriginOf(r));
      if (share > 0 && RandomStreams.uniform(importKey, r, 0) < share) {
        queue.add(t.arrivalStep[r], r, EV_ARRIVE);
      }
    }
  }

  private void arrive(int r, int now) {
    double arrivalDay = t.dayIndex(t.community.arrivalDateOf(r));
    double infection = arrivalDay - RandomStreams.uniform(importKey, r, 1) * sim.parameters().imports().exposureDays();
    int d = now >> 1;
    newImported[d]++;
    infect(r, now, infection, -1);
  }

  // ---- infection and its course ------------------------------------------------------------

  private static int stepOf(double time) {
    double s = Math.floor(time * PolicyTable.STEPS_PER_DAY);
    return s > Integer.MAX_VALUE / 2 ? Integer.MAX_VALUE / 2 : (int) Math.max(s, Integer.MIN_VALUE / 2);
  }

  /** Infects {@code r} at step {@code now}; {@code layer} is -1 for an import. */
  private void infect(int r, int now, double time, int layer) {
    state[r] = E;
    newInfections[now >> 1]++;
    byCompound[t.residentCompound[r]]++;
    int h = t.residentHousehold[r];
    if (layer >= 0) {
      byLayer[layer]++;
      if (layer == Layer.HOUSEHOLD.ordinal()) {
        householdInfections++;
      }
    }
    if (hhHadInfection[h] == 0) {
      hhHadInfection[h] = 1;
      int present = 0;
      for (int i = t.householdOffsets[h]; i < t.householdOffsets[h + 1]; i++) {
        if (t.arrivalStep[t.householdMembers[i]] <= now) {
          present++;
        }
      }
      householdContacts += Math.max(0, present - 1);
    }
    sim.history().draw(nhKey, cfKey, r, time, course);
    if (course.asymptomatic) {
      flags[r] |= F_ASYMPTOMATIC;
    }
    int local = layer >= 0 ? now + 1 : Integer.MIN_VALUE;
    int sp = Math.max(local, stepOf(course.infectious));
    int so = Math.max(sp, stepOf(course.onset));
    int sr = Math.max(Math.max(so, local) + 1, stepOf(course.recovery));
    onsetStep[r] = so;
    int n = 0;
    n = pend(n, sp, EV_TO_P);
    n = pend(n, so, EV_ONSET);
    n = pend(n, sr, EV_RECOVER);
    if (!course.asymptomatic) {
      n = pend(n, Math.max(so, stepOf(course.detection)), EV_DETECT);
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
    switch (type) {
      case EV_TO_P:
        if (state[r] == E) {
          state[r] = P;
          if ((flags[r] & F_ISOLATED) == 0) {
            addActive(r);
          }
        }
        break;
      case EV_ONSET:
        if (state[r] == P) {
          boolean asym = (flags[r] & F_ASYMPTOMATIC) != 0;
          state[r] = asym ? A : I;
          if (!asym && (flags[r] & (F_QUARANTINED | F_DETECTED)) == F_QUARANTINED) {
            queue.add(now + sim.quarantineDetectionSteps, r, EV_DETECT);
          }
        }
        break;
      case EV_RECOVER:
        if (state[r] == P || state[r] == I || state[r] == A) {
          state[r] = R;
          removeActive(r);
        }
        break;
      case EV_DETECT:
        detect(r, now);
        break;
      case EV_CONFIRM:
        newConfirmed[now >> 1]++;
        if (t.traces[now >> 1]) {
          trace(r, now);
        }
        break;
      case EV_QUARANTINE:
        quarantine(r, now);
        break;
      case EV_QUARANTINE_END:
        if ((flags[r] & F_QUARANTINED) != 0 && quarantineEnd[r] == now) {
          flags[r] &= ~F_QUARANTINED;
          quarantinedNow--;
        }
        break;
      case EV_DISCHARGE:
        if ((flags[r] & F_ISOLATED) != 0) {
          flags[r] &= ~F_ISOLATED;
          isolatedNow--;
        }
        break;
      case EV_ARRIVE:
        arrive(r, now);
        break;
      default:
        throw new IllegalStateException("event type " + type);
    }
  }

  private void detect(int r, int now) {
    if ((flags[r] & (F_DETECTED | F_ASYMPTOMATIC)) != 0 || state[r] == S || state[r] == E) {
      return;
    }
    flags[r] |= F_DETECTED | F_ISOLATED;
    removeActive(r);
    if ((flags[r] & F_QUARANTINED) != 0) {
      flags[r] &= ~F_QUARANTINED;
      quarantinedNow--;
    }
    isolatedNow++;
    queue.add(now + sim.confirmationSteps, r, EV_CONFIRM);
    queue.add(now + sim.isolationSteps, r, EV_DISCHARGE);
  }

  private void quarantine(int r, int now) {
    if ((flags[r] & (F_DETECTED | F_ISOLATED)) != 0) {
      return;
    }
    if ((flags[r] & F_EVER_QUARANTINED) == 0) {
      flags[r] |= F_EVER_QUARANTINED;
      closeContacts++;
    }
    if ((flags[r] & F_QUARANTINED) == 0) {
      flags[r] |= F_QUARANTINED;
      quarantinedNow++;
    }
    quarantineEnd[r] = now + sim.quarantineSteps(now >> 1);
    queue.add(quarantineEnd[r], r, EV_QUARANTINE_END);
    if (state[r] == I) {
      queue.add(now + sim.quarantineDetectionSteps, r, EV_DETECT);
    }
  }

  /**
   * Close contacts of a confirmed case: those the core tracer finds under the day's rule (from the
   * rule's lookback before onset to today), and a few residents of its building (the model's
   * contacts outside the household that no register records).
   */
  private void trace(int r, int now) {
    int day = now >> 1;
    int when = now + sim.tracingSteps(day);
    int h = t.residentHousehold[r];
    CloseContactRule rule = t.closeContactRule[day];
    LocalDate onset = t.start.plusDays(Math.max(0, Math.min(onsetStep[r] >> 1, day)));
    TraceResult found0 = t.tracer.closeContacts(r, rule, rule.windowFor(onset, t.start.plusDays(day)));
    for (int i = 0; i < found0.size(); i++) {
      int j = found0.id(i);
      if (j != r && t.arrivalStep[j] <= now) {
        queue.add(when, j, EV_QUARANTINE);
      }
    }
    double mean = sim.parameters().caseFinding().contactsOutsideHousehold();
    if (mean <= 0) {
      return;
    }
    // Poisson count by inversion on a keyed draw
    double u = RandomStreams.uniform(tracingKey, r, 0);
    double p = Math.exp(-mean);
    double cdf = p;
    int k = 0;
    while (u > cdf && k < 1000) {
      k++;
      p *= mean / k;
      cdf += p;
    }
    int b = t.residentBuilding[r];
    int from = t.buildingOffsets[b];
    int size = t.buildingOffsets[b + 1] - from;
    int found = 0;
    for (int attempt = 1; found < k && attempt <= 4 * k; attempt++) {
      int j = t.buildingMembers[from + (int) (RandomStreams.uniform(tracingKey, r, attempt) * size)];
      if (t.residentHousehold[j] != h && t.arrivalStep[j] <= now) {
        queue.add(when, j, EV_QUARANTINE);
        found++;
      }
    }
  }

  private void addActive(int r) {
    activePos[r] = activeCount;
    active[activeCount++] = r;
  }

  private void removeActive(int r) {
    int p = activePos[r];
    if (p < 0) {
      return;
    }
    int last = active[--activeCount];
    active[p] = last;
    activePos[last] = p;
    activePos[r] = -1;
  }

  // ---- survey ------------------------------------------------------------------------------

  private void survey(int s) {
    int d = s >> 1;
    float[] visit = t.surveyVisit[d];
    if (visit == null) {
      return;
    }
    double sensitivity = sim.surveySensitivity;
    int found = 0;
    for (int k = 0; k < activeCount; k++) {
      int r = active[k];
      if (state[r] == I && visit[r] > 0
          && RandomStreams.uniform(surveyKey, r, d) < visit[r] * sensitivity) {
        if (found == scratch.length) {
          scratch = java.util.Arrays.copyOf(scratch, found * 2);
        }
        scratch[found++] = r;
      }
    }
    for (int i = 0; i < found; i++) {
      detect(scratch[i], s);
    }
  }

  // ---- transmission ------------------------------------------------------------------------

  private void transmit(int s) {
    final boolean day = (s & 1) == 0;
    final int base = s * t.compounds;
    final double relA = sim.parameters().disease().asymptomaticRelativeInfectiousness();
    households.reset();
    buildings.reset();
    compounds.reset();
    workplaces.reset();
    double community = 0;
    double communityPre = 0;
    for (int k = 0; k < activeCount; k++) {
      int r = active[k];
      double w = (flags[r] & F_ASYMPTOMATIC) != 0 ? relA : 1.0;
      if (w == 0) {
        continue; // a non-infectious asymptomatic case (relative infectiousness 0) touches no group
      }
      double pre = state[r] == P ? w : 0; // for the presymptomatic share of transmission
      households.add(t.residentHousehold[r], w, pre);
      if ((flags[r] & F_QUARANTINED) != 0) {
        continue;
      }
      int c = t.residentCompound[r];
      buildings.add(t.residentBuilding[r], w, pre);
      compounds.add(c, w, pre);
      double out = t.outside[base + c];
      int wp = t.residentWorkplace[r];
      if (day && wp >= 0 && out > 0) {
        workplaces.add(wp, w * out, pre * out);
      }
      community += w * out;
      communityPre += pre * out;
    }
    final double dayShare = day ? 1 - sim.nightShare : sim.nightShare;
    // households: density dependent, half the contacts in each band
    double hhRate = sim.householdRate * 0.5;
    for (int i = 0; i < households.count(); i++) {
      int h = households.group(i);
      double p = 1.0 - Math.exp(-hhRate * households.pressure(h));
      double preShare = households.presymptomaticShare(h);
      households.clear(h);
      for (int m = t.householdOffsets[h]; m < t.householdOffsets[h + 1]; m++) {
        int j = t.householdMembers[m];
        if (state[j] == S && t.arrivalStep[j] <= s && rng.nextDouble() < p) {
          presymptomatic += preShare;
          infect(j, s, (s + 0.5) / PolicyTable.STEPS_PER_DAY, Layer.HOUSEHOLD.ordinal());
        }
      }
    }
    double bRate = sim.buildingRate * dayShare;
    for (int i = 0; i < buildings.count(); i++) {
      int b = buildings.group(i);
      double pressure = buildings.pressure(b);
      double preShare = buildings.presymptomaticShare(b);
      buildings.clear(b);
      int from = t.buildingOffsets[b];
      int size = t.buildingOffsets[b + 1] - from;
      double lambda = bRate * t.withinBuilding[base + t.buildingCompound[b]] * pressure / size;
      sweep(t.buildingMembers, from, size, lambda, s, Layer.BUILDING, false, base, preShare);
    }
    double cRate = sim.compoundRate * dayShare;
    for (int i = 0; i < compounds.count(); i++) {
      int c = compounds.group(i);
      double pressure = compounds.pressure(c);
      double preShare = compounds.presymptomaticShare(c);
      compounds.clear(c);
      int from = t.compoundOffsets[c];
      int size = t.compoundOffsets[c + 1] - from;
      double lambda = cRate * t.withinCompound[base + c] * pressure / size;
      sweep(t.compoundMembers, from, size, lambda, s, Layer.COMPOUND, false, base, preShare);
    }
    double wRate = sim.workplaceRate;
    for (int i = 0; i < workplaces.count(); i++) {
      int wp = workplaces.group(i);
      double pressure = workplaces.pressure(wp);
      double preShare = workplaces.presymptomaticShare(wp);
      workplaces.clear(wp);
      int from = t.workplaceOffsets[wp];
      int size = t.workplaceOffsets[wp + 1] - from;
      sweep(t.workplaceMembers, from, size, wRate * pressure / size, s, Layer.WORKPLACE, true, base, preShare);
    }
    if (community > 0) {
      double k = sim.communityRate * dayShare * t.publicPlaces[s] * community / sim.residents;
      if (k > 0) {
        for (int c = 0; c < t.compounds; c++) {
          double out = t.outside[base + c];
          if (out > 0) {
            int from = t.compoundOffsets[c];
            sweep(t.compoundMembers, from, t.compoundOffsets[c + 1] - from, k * out, s, Layer.COMMUNITY, false, base,
                communityPre / community);
          }
        }
      }
    }
  }

  /**
   * Each member of {@code members[from, from + size)} is hit with probability {@code 1 -
   * exp(-lambda)}; hits are found by geometric skipping. A hit susceptible, present, not
   * quarantined member is infected; with {@code thin}, only with the further probability that
   * scales the rate by its compound's outside factor.
   */
  private void sweep(int[] members, int from, int size, double lambda, int s, Layer layer, boolean thin, int base,
      double preShare) {
    if (!(lambda > 0) || size <= 0) {
      return;
    }
    double p = 1.0 - Math.exp(-lambda);
    double logq = -lambda; // log(1 - p)
    double time = (s + 0.5) / PolicyTable.STEPS_PER_DAY;
    int i = -1;
    while (true) {
      double g = Math.floor(Math.log(1.0 - rng.nextDouble()) / logq);
      if (g >= size - 1 - i) {
        return;
      }
      i += 1 + (int) g;
      int j = members[from + i];
      if (state[j] != S || (flags[j] & F_QUARANTINED) != 0 || t.arrivalStep[j] > s) {
        continue;
      }
      if (thin) {
        double f = t.outside[base + t.residentCompound[j]];
        if (f < 1 && rng.nextDouble() * p >= 1.0 - Math.exp(-lambda * f)) {
          continue;
        }
      }
      presymptomatic += preShare;
      infect(j, s, time, layer.ordinal());
    }
  }
}
