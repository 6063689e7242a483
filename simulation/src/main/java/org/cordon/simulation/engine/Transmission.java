package org.cordon.simulation.engine;

import static org.cordon.simulation.engine.ResidentState.F_ASYMPTOMATIC;
import static org.cordon.simulation.engine.ResidentState.F_FACILITY;
import static org.cordon.simulation.engine.ResidentState.F_QUARANTINED;

import java.util.SplittableRandom;
import org.cordon.contact.Layer;

/**
 * Transmission in one half-day step: the infectious residents not isolated add their
 * infectiousness to the pressure of each group they belong to (household always; building,
 * compound, workplace and community unless quarantined; outside the compound scaled by the
 * compound's outside factor), then each touched group draws its new infections among its members
 * by geometric skipping (only hit members are looked at), each group's rate scaled by its layer's factor
 * for its compound (the receiving resident's compound for workplace and community), so the cost follows the number of
 * infectious residents, not the population. The only part of the engine that reads the contact
 * factors of the {@link PolicyTable} (past its last day, in a run followed to its end, those of the
 * last day). A contact quarantined in a facility ({@link ResidentState#F_FACILITY}) has no
 * household contact either. Per-replicate state; not thread-safe.
 */
final class Transmission {
  final PolicyTable t;
  private final Simulation sim;
  final ResidentState st;
  private final SplittableRandom rng;
  private final GeometricSkip skip;
  private final InfectionSink sink;
  /** Who in a household infected a member ({@link HouseholdInfector}). */
  final HouseholdInfector infectors;
  private final double relA;
  /** The household layer: each household's record and this step's pressure ({@link Households}). */
  final Households households;
  final GroupPressure buildings;
  final GroupPressure compounds;
  final GroupPressure workplaces;
  /**
   * Who is still susceptible and present from which step, per resident and per household member
   * slot, so a member or candidate costs one read: marked here at each infection this step draws,
   * and by the replicate at each import.
   */
  final Susceptibles susceptibles;
  private double presymptomatic;
  private int policyStep; // of the step being drawn
  // the step's rates and sums, set by pressures(s)
  private int base;
  double community;
  double communityPre;
  private double hhRate;
  private int hf;
  private double bRate;
  private int bf;
  private double cRate;
  private int cf;
  private double wRate;
  private int pf;
  private double pRate;
  /** The keyed-draw step, or null with the sequential draws. */
  private final KeyedDraws keyed;

  /**
   * For residents whose state was set up before (tests): residents not susceptible are counted
   * off as infected, and quarantines already set are noted.
   *
   * @param sim the simulation (rates and factors)
   * @param st the replicate's residents
   * @param rng the replicate's {@link RandomStreams.Purpose#TRANSMISSION} generator
   * @param sink receives each new infection
   * @param infectorKey the replicate's {@link RandomStreams.Purpose#INFECTOR} stream
   * @param stream the key of {@code rng}'s stream, which keys the groups' generators with {@link
   *     Simulation#withKeyedDraws(int) keyed draws}
   */
  Transmission(Simulation sim, ResidentState st, SplittableRandom rng, InfectionSink sink, long infectorKey, long stream) {
    this(sim, ReplicateArena.around(sim.table(), st), rng, sink, infectorKey, stream, true);
  }

  /** As the constructor, on {@code arena}'s new residents (none infected or quarantined): no scan. */
  static Transmission ofNewResidents(Simulation sim, ReplicateArena arena, SplittableRandom rng, InfectionSink sink,
      long infectorKey, long stream) {
    return new Transmission(sim, arena, rng, sink, infectorKey, stream, false);
  }

  private Transmission(Simulation sim, ReplicateArena arena, SplittableRandom rng, InfectionSink sink,
      long infectorKey, long stream, boolean setUp) {
    this.t = sim.table();
    this.sim = sim;
    this.st = arena.st;
    this.rng = rng;
    this.skip = GeometricSkip.of(rng);
    this.sink = sink;
    this.relA = sim.parameters().disease().asymptomaticRelativeInfectiousness();
    households = arena.households;
    infectors = new HouseholdInfector(t, st, households, infectorKey, relA);
    buildings = arena.buildings;
    compounds = arena.compounds;
    workplaces = arena.workplaces;
    susceptibles = arena.susceptibles;
    if (setUp) {
      for (int r = 0; r < st.state.length; r++) {
        if (st.state[r] != ResidentState.S) {
          infected(r);
        }
      }
      st.noteQuarantines();
    }
    st.attachGroups(t.residentHousehold, t.residentBuilding, t.residentCompound, t.residentWorkplace);
    keyed = sim.stepThreads > 0 ? new KeyedDraws(this, stream, sim.stepPool) : null;
  }

  /**
   * @return the expected number of infections so far caused by presymptomatic residents (each
   *     infection counts the presymptomatic share of its group's pressure)
   */
  double presymptomatic() {
    return presymptomatic;
  }

  /** @return with keyed draws, the number of groups the last step drew (its tasks); else 0 */
  int keyedTasks() {
    return keyed == null ? 0 : keyed.tasks();
  }

  /** Draws the new infections of step {@code s}. */
  void step(int s) {
    if (st.activeCount == 0) {
      return; // nobody reads who is present until a step with infectious residents: arrive then
    }
    susceptibles.arrive(s);
    pressures(s);
    if (keyed != null) {
      keyed.draw(s);
      return;
    }
    final byte[] flags = st.flags;
    final int[] openFrom = susceptibles.bySlot;
    final boolean noQuarantine = !st.quarantineSeen;
    for (int i = 0; i < households.count(); i++) {
      int h = households.group(i);
      if (!households.anyLeft(h)) {
        households.clear(h); // nobody left to infect: no draw
        continue;
      }
      double pressure = households.pressure(h);
      double p = householdProbability(h, pressure);
      double preShare = households.presymptomaticShare(h);
      households.clear(h);
      final int first = households.first(h);
      long open = households.open(h, s);
      if (open >= 0) { // small, everyone present: its bits are the susceptible members, in slot order
        for (long bits = open; bits != 0; bits &= bits - 1) {
          int m = first + Long.numberOfTrailingZeros(bits);
          if ((noQuarantine || (flags[t.householdMembers[m]] & F_FACILITY) == 0) && rng.nextDouble() < p) {
            infectInHousehold(h, m, s, pressure, preShare);
          }
        }
        continue;
      }
      for (int m = first, to = households.end(h); m < to; m++) {
        if (openFrom[m] > s) {
          continue; // infected, or not yet arrived
        }
        if ((noQuarantine || (flags[t.householdMembers[m]] & F_FACILITY) == 0) && rng.nextDouble() < p) {
          infectInHousehold(h, m, s, pressure, preShare);
        }
      }
    }
    for (int i = 0; i < buildings.count(); i++) {
      int b = buildings.group(i);
      double pressure = buildings.pressure(b);
      double preShare = buildings.presymptomaticShare(b);
      buildings.clear(b);
      int from = t.buildingOffsets[b];
      int size = t.buildingOffsets[b + 1] - from;
      sweep(t.buildingMembers, from, size, buildingLambda(b, pressure, size), s, Layer.BUILDING, false, preShare,
          t.buildingCompound[b]);
    }
    for (int i = 0; i < compounds.count(); i++) {
      int c = compounds.group(i);
      double pressure = compounds.pressure(c);
      double preShare = compounds.presymptomaticShare(c);
      compounds.clear(c);
      int from = t.compoundOffsets[c];
      int size = t.compoundOffsets[c + 1] - from;
      sweep(t.compoundMembers, from, size, compoundLambda(c, pressure, size), s, Layer.COMPOUND, false, preShare, c);
    }
    for (int i = 0; i < workplaces.count(); i++) {
      int wp = workplaces.group(i);
      double pressure = workplaces.pressure(wp);
      double preShare = workplaces.presymptomaticShare(wp);
      workplaces.clear(wp);
      int from = t.workplaceOffsets[wp];
      int size = t.workplaceOffsets[wp + 1] - from;
      sweep(t.workplaceMembers, from, size, workplaceLambda(pressure, size), s, Layer.WORKPLACE, true, preShare, -1);
    }
    if (community > 0) {
      for (int c = 0; c < t.compounds; c++) {
        double out = t.outside[base + c];
        if (out > 0) {
          int from = t.compoundOffsets[c];
          sweep(t.compoundMembers, from, t.compoundOffsets[c + 1] - from, communityLambda(c, out), s, Layer.COMMUNITY,
              false, communityPre / community, c);
        }
      }
    }
  }

  /** Infects the member in slot {@code m} of household {@code h}, drawn at step {@code s}. */
  private void infectInHousehold(int h, int m, int s, double pressure, double preShare) {
    int j = t.householdMembers[m];
    presymptomatic += preShare;
    households.infected(h, m);
    susceptibles.infected(j);
    sink.infect(j, s, (s + 0.5) / PolicyTable.STEPS_PER_DAY, Layer.HOUSEHOLD.ordinal(), infectors.of(h, j, pressure), null,
        h, households.compound(h));
  }

  /**
   * Marks {@code j} infected (locally or as an import): no longer a candidate of any group, and
   * counted off its household's members left.
   */
  void infected(int j) {
    infected(j, t.residentHousehold[j]);
  }

  private void infected(int j, int h) {
    households.infected(h, susceptibles.infected(j));
  }

  /**
   * Adds each infectious resident's weight to its groups' pressure for step {@code s}, and sets
   * the step's rates. Each group's sum is taken in active-list order in both draw modes (with
   * keyed draws on a pool, households on one thread and the other layers on another), so the sums
   * are the same whatever the thread count.
   */
  private void pressures(int s) {
    final boolean day = (s & 1) == 0;
    final int ps = t.policyStep(s); // the step whose factors are in force
    policyStep = ps;
    base = ps * t.compounds;
    households.reset();
    buildings.reset();
    compounds.reset();
    workplaces.reset();
    if (keyed != null && keyed.parallel()) {
      // one thread per part, each in active-list order: the same sums as on one thread
      keyed.inParallel(() -> sum(day, true, false), () -> sum(day, false, true));
    } else {
      sum(day, true, true);
    }
    // the band's share of the day, times the period's factor on the non-household rates
    final double dayShare = (day ? 1 - sim.nightShare : sim.nightShare) * sim.periodFactor(s);
    // households: density dependent, half the contacts in each band
    hhRate = sim.householdRate * 0.5;
    hf = t.factorBase(ps, Layer.HOUSEHOLD);
    bRate = sim.buildingRate * dayShare;
    bf = t.factorBase(ps, Layer.BUILDING);
    cRate = sim.compoundRate * dayShare;
    cf = t.factorBase(ps, Layer.COMPOUND);
    wRate = sim.workplaceRate * sim.periodFactor(s);
    // public places: the community layer's factor of the compound reached, and its boundary leakage
    pf = t.factorBase(ps, Layer.COMMUNITY);
    pRate = sim.communityRate * dayShare;
  }

  /**
   * Adds each active resident's weight to its household's pressure (with {@code inHouseholds}) and
   * to its other groups' and the community's (with {@code outside}), in active-list order.
   */
  private void sum(boolean day, boolean inHouseholds, boolean outside) {
    final byte[] codes = st.activeCode; // asymptomatic, presymptomatic, quarantined, facility of active[k]
    final int base = this.base;
    double community = 0;
    double communityPre = 0;
    final int[] active = st.active;
    final int[] groups = st.activeGroups; // household, building, compound, workplace of active[k]
    for (int k = 0; k < st.activeCount; k++) {
      int code = codes[k];
      int x = ResidentState.GROUPS * k;
      double w = (code & F_ASYMPTOMATIC) != 0 ? relA : 1.0;
      if (w == 0 || sim.firstGenerationOnly && st.infector[active[k]] != ResidentState.INFECTOR_IMPORT) {
        continue; // a non-infectious asymptomatic case (relative infectiousness 0) touches no group
      }
      double pre = (code & ResidentState.C_PRESYMPTOMATIC) != 0 ? w : 0; // the presymptomatic share of transmission
      if (inHouseholds && (code & F_FACILITY) == 0) {
        households.add(groups[x], w, pre); // not if no member is susceptible: it would draw nothing
      }
      if (!outside || (code & F_QUARANTINED) != 0) {
        continue;
      }
      int c = groups[x + 2];
      buildings.add(groups[x + 1], w, pre);
      compounds.add(c, w, pre);
      double out = t.outside[base + c];
      int wp = groups[x + 3];
      if (day && wp >= 0 && out > 0) {
        workplaces.add(wp, w * out, pre * out);
      }
      community += w * out;
      communityPre += pre * out;
    }
    if (outside) {
      this.community = community;
      this.communityPre = communityPre;
    }
  }

  /** @return the chance that a member of household {@code h} is infected at that pressure this step */
  double householdProbability(int h, double pressure) {
    return 1.0 - Math.exp(-hhRate * t.factor[hf + households.compound(h)] * pressure);
  }

  double buildingLambda(int b, double pressure, int size) {
    return bRate * t.factor[bf + t.buildingCompound[b]] * pressure / size;
  }

  double compoundLambda(int c, double pressure, int size) {
    return cRate * t.factor[cf + c] * pressure / size;
  }

  double workplaceLambda(double pressure, int size) {
    return wRate * pressure / size;
  }

  double communityLambda(int c, double out) {
    double k = pRate * t.factor[pf + c] * community / sim.residents;
    return k * out;
  }

  /**
   * @return whether {@code j} can be infected outside its household at step {@code s}, the step
   *     being drawn: present, susceptible and not quarantined
   */
  boolean open(int j, int s) {
    return susceptibles.open(j) && (!st.quarantineSeen || (st.flags[j] & F_QUARANTINED) == 0);
  }

  /**
   * @return the factor a workplace hit on {@code j} is thinned by: its compound's outside factor
   *     times the layer's factor of that compound
   */
  double thinFactor(int j, Layer layer) {
    int c = t.residentCompound[j];
    return t.outside[base + c] * t.factor[t.factorBase(policyStep, layer) + c];
  }

  /**
   * Records infection of {@code j} (outside its household, or in it) as drawn at step {@code s}:
   * the presymptomatic share, the household's susceptible count, and the sink; {@code course}:
   * {@code j}'s course drawn ahead (null: the sink draws it).
   */
  void infect(int j, int s, double time, int layer, int infector, double preShare, NaturalHistory.Course course) {
    infect(j, t.residentHousehold[j], t.residentCompound[j], s, time, layer, infector, preShare, course);
  }

  /** As above, {@code j} living in household {@code h} and compound {@code c}. */
  private void infect(int j, int h, int c, int s, double time, int layer, int infector, double preShare,
      NaturalHistory.Course course) {
    presymptomatic += preShare;
    infected(j, h);
    sink.infect(j, s, time, layer, infector, course, h, c);
  }

  /** @return the sink's course sampler, or null ({@link InfectionSink#courses()}) */
  NaturalHistory.Draws courses() {
    return sink.courses();
  }

  /**
   * Each member of {@code members[from, from + size)} is hit with probability {@code 1 -
   * exp(-lambda)}; hits are found by geometric skipping. A hit susceptible, present, not
   * quarantined member is infected; with {@code thin}, only with the further probability that
   * scales the rate by its compound's outside factor and the layer's factor of that compound.
   * {@code compound} is every member's compound (a building's, a compound's), or -1 (a workplace's
   * members live in several).
   */
  private void sweep(int[] members, int from, int size, double lambda, int s, Layer layer, boolean thin,
      double preShare, int compound) {
    if (!(lambda > 0) || size <= 0) {
      return;
    }
    double p = 1.0 - Math.exp(-lambda);
    double time = (s + 0.5) / PolicyTable.STEPS_PER_DAY;
    int i = -1;
    while (true) {
      double g = skip.next(lambda);
      if (g >= size - 1 - i) {
        return;
      }
      i += 1 + (int) g;
      int j = members[from + i];
      if (!open(j, s)) {
        continue;
      }
      if (thin) {
        double f = thinFactor(j, layer);
        if (f < 1 && rng.nextDouble() * p >= 1.0 - Math.exp(-lambda * f)) {
          continue;
        }
      }
      infect(j, t.residentHousehold[j], compound >= 0 ? compound : t.residentCompound[j], s, time, layer.ordinal(),
          ResidentState.INFECTOR_GROUP, preShare, null);
    }
  }
}
