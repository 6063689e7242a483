package org.cordon.simulation.engine;

import java.util.Arrays;

/**
 * The per-resident state of one replicate, in plain arrays shared by its parts ({@link
 * Importation}, {@link CaseFinding}, {@link Transmission}, {@link DailyTally} and the {@link
 * Replicate} loop): the infection state (S, E, P, I, A, R), the case-finding flags, the step a
 * quarantine ends, the step of symptom onset, and the set of infectious residents not isolated
 * (the only residents transmission looks at). Per-replicate scratch state; not thread-safe.
 *
 * <p>Every write that can make a resident's entry differ from zero goes through a method here
 * ({@link #infect}, {@link #set}, {@link #flag}, {@link #quarantineUntil}, {@link #onset}, {@link
 * #confirm}, {@link #addActive}), which records the resident the first time it is dirtied when
 * the state is <em>tracked</em> ({@link #tracked}): then {@link #reset()} zeroes only those
 * residents, and a thread reuses the arrays for its next replicate ({@link ReplicateArena})
 * instead of allocating and zeroing about 30 bytes a resident for each of a comparison's many
 * short replicates (a fifth of {@code cordon compare}'s time). Writes that only clear bits
 * ({@link #unflag}) or change an already infected resident need no record, but go through the
 * same methods. Untracked (the default, and at a million residents) a touch is one null check.
 */
final class ResidentState {
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
  /** In quarantine in a facility: no household contact (with {@link #F_QUARANTINED}). */
  static final int F_FACILITY = 32;

  /** {@link #infector} of an infected returnee, infected before arrival. */
  static final int INFECTOR_IMPORT = -1;
  /**
   * {@link #infector} of a local infection outside the household: the group's pressure infected
   * it, and the engine does not attribute it to one member (that would cost a scan of the group).
   */
  static final int INFECTOR_GROUP = -2;

  /** Infection state per resident: {@link #S} .. {@link #R}. */
  final byte[] state;
  /** Case-finding flags per resident: {@code F_*}. */
  final byte[] flags;
  /** The step a resident's current quarantine ends. */
  final int[] quarantineEnd;
  /** The step of a resident's symptom onset (once infected). */
  final int[] onsetStep;
  /**
   * Who infected a resident (once infected): a resident id for a household infection (the
   * infectious household member drawn in proportion to infectiousness), {@link #INFECTOR_IMPORT}
   * or {@link #INFECTOR_GROUP}.
   */
  final int[] infector;
  /** The {@link org.cordon.contact.Layer#ordinal()} of a resident's infection, -1 for an import. */
  final byte[] layer;
  /** The step of a resident's infection (once infected; before the first step for some imports). */
  final int[] infectionStep;
  /** The step a resident was confirmed, plus one; 0 if not (yet) confirmed. */
  final int[] confirmedStepPlusOne;
  /**
   * Whether any resident has been quarantined ({@link #F_QUARANTINED}, and so {@link #F_FACILITY})
   * in this replicate: until then the transmission step need not read the flags of its candidates.
   */
  boolean quarantineSeen;
  /**
   * Infectious residents not isolated, in {@code active[0, activeCount)}. Grows with the list (a
   * replicate of a controlled outbreak has a few dozen at most, and allocating one slot per
   * resident in each of the many short replicates of a comparison cost more than the run).
   */
  int[] active = new int[16];
  int activeCount;
  /**
   * Per {@code active[k]}: what the pressure sums need of it ({@link #code}: asymptomatic,
   * presymptomatic, quarantined, in a facility), beside the list so the sums read no per-resident
   * byte (two scattered reads per active resident a step at a million residents). Kept current by
   * {@link #refresh}, which every change of the state or flags of a resident that may be active
   * calls.
   */
  byte[] activeCode = new byte[16];
  /** Per resident: its position in {@link #active} plus one, 0 if not there (no fill needed). */
  private final int[] activePosPlusOne;
  /** The residents confirmed, in order of first confirmation ({@link #confirm}). */
  private int[] confirmed = new int[16];
  private int confirmedCount;
  /**
   * The groups of {@code active[k]} at {@code activeGroups[GROUPS * k + i]} (household, building,
   * compound, workplace), kept beside the list so the transmission step reads them in order
   * instead of one scattered read per layer; filled once {@link #attachGroups} is called. Grows
   * with the list.
   */
  int[] activeGroups = new int[0];
  /** The number of group ids per active resident in {@link #activeGroups}. */
  static final int GROUPS = 4;
  private int[][] groupsOf; // per layer slot: resident -> group; null until attached

  /** With {@link #tracked}: the residents dirtied since the last {@link #reset()}; else null. */
  private final DirtyResidents dirty;

  /**
   * An untracked state (for one replicate: nothing records the residents written).
   *
   * @param residents the number of residents
   */
  ResidentState(int residents) {
    this(residents, false);
  }

  /**
   * @param residents the number of residents
   * @param tracked whether to record the residents written, so {@link #reset()} can zero only them
   */
  ResidentState(int residents, boolean tracked) {
    state = new byte[residents];
    flags = new byte[residents];
    quarantineEnd = new int[residents];
    onsetStep = new int[residents];
    infector = new int[residents];
    layer = new byte[residents];
    infectionStep = new int[residents];
    confirmedStepPlusOne = new int[residents];
    activePosPlusOne = new int[residents];
    dirty = tracked ? new DirtyResidents(residents) : null;
  }

  /** @return whether this state records the residents written ({@link #reset()} works) */
  boolean tracked() {
    return dirty != null;
  }

  /** Records {@code r} as dirtied, if tracked. */
  private void touch(int r) {
    if (dirty != null) {
      dirty.add(r);
    }
  }

  /**
   * The residents dirtied since the last reset, for the other per-replicate parts to restore
   * theirs ({@link ReplicateArena}); null if there were too many to list (then restore all).
   *
   * @return a copy, or null
   */
  int[] touched() {
    if (dirty == null) {
      throw new IllegalStateException("untracked state");
    }
    return dirty.list();
  }

  /**
   * Returns this state to that of a new one: zeroes the residents dirtied since the last reset
   * (or every array, if too many were), and empties the infectious and confirmed lists.
   *
   * @throws IllegalStateException if the state is not tracked
   */
  void reset() {
    if (dirty == null) {
      throw new IllegalStateException("untracked state");
    }
    int[] touched = dirty.list();
    if (touched == null) {
      Arrays.fill(state, (byte) 0);
      Arrays.fill(flags, (byte) 0);
      Arrays.fill(quarantineEnd, 0);
      Arrays.fill(onsetStep, 0);
      Arrays.fill(infector, 0);
      Arrays.fill(layer, (byte) 0);
      Arrays.fill(infectionStep, 0);
      Arrays.fill(confirmedStepPlusOne, 0);
      Arrays.fill(activePosPlusOne, 0);
    } else {
      for (int r : touched) {
        state[r] = 0;
        flags[r] = 0;
        quarantineEnd[r] = 0;
        onsetStep[r] = 0;
        infector[r] = 0;
        layer[r] = 0;
        infectionStep[r] = 0;
        confirmedStepPlusOne[r] = 0;
        activePosPlusOne[r] = 0;
      }
    }
    dirty.clear();
    activeCount = 0;
    confirmedCount = 0;
    quarantineSeen = false;
    groupsOf = null;
    activeGroups = new int[0];
  }

  /** @return whether every per-resident array is as in a new state, and the lists empty (for tests) */
  boolean isClean() {
    for (int r = 0; r < state.length; r++) {
      if ((state[r] | flags[r] | quarantineEnd[r] | onsetStep[r] | infector[r] | layer[r] | infectionStep[r]
          | confirmedStepPlusOne[r] | activePosPlusOne[r]) != 0) {
        return false;
      }
    }
    return activeCount == 0 && confirmedCount == 0 && !quarantineSeen
        && (dirty == null || dirty.isEmpty());
  }

  /**
   * Infects {@code r}: state {@link #E}, who infected it, in which layer, at which step.
   *
   * @param r a resident
   * @param by as {@link #infector}
   * @param layerOrdinal as {@link #layer}
   * @param step as {@link #infectionStep}
   */
  void infect(int r, int by, int layerOrdinal, int step) {
    touch(r);
    state[r] = E;
    infector[r] = by;
    layer[r] = (byte) layerOrdinal;
    infectionStep[r] = step;
  }

  /** Sets the infection state of {@code r} to {@code s}. */
  void set(int r, byte s) {
    touch(r);
    state[r] = s;
  }

  /** Sets the flags {@code f} of {@code r}. */
  void flag(int r, int f) {
    touch(r);
    flags[r] |= f;
  }

  /** Clears the flags {@code f} of {@code r} (a clear dirties nothing new). */
  void unflag(int r, int f) {
    flags[r] &= ~f;
  }

  /** Sets the step the quarantine of {@code r} ends. */
  void quarantineUntil(int r, int step) {
    touch(r);
    quarantineEnd[r] = step;
  }

  /** Sets the step of symptom onset of {@code r}. */
  void onset(int r, int step) {
    touch(r);
    onsetStep[r] = step;
  }

  /**
   * Records the confirmation of {@code r} at step {@code now}, if it is its first.
   *
   * @param r a resident
   * @param now the step
   */
  void confirm(int r, int now) {
    if (confirmedStepPlusOne[r] != 0) {
      return;
    }
    touch(r);
    confirmedStepPlusOne[r] = now + 1;
    if (confirmedCount == confirmed.length) {
      confirmed = Arrays.copyOf(confirmed, 2 * confirmedCount);
    }
    confirmed[confirmedCount++] = r;
  }

  /** @return the residents confirmed so far, in order of first confirmation (a copy) */
  int[] confirmed() {
    return Arrays.copyOf(confirmed, confirmedCount);
  }

  /**
   * Sets {@link #quarantineSeen} if some resident is quarantined now: for a state set up before its
   * transmission step is made (case finding sets it as it quarantines).
   */
  void noteQuarantines() {
    for (byte f : flags) {
      if ((f & (F_QUARANTINED | F_FACILITY)) != 0) {
        quarantineSeen = true;
        return;
      }
    }
  }

  boolean has(int r, int flag) {
    return (flags[r] & flag) != 0;
  }

  /** {@link #activeCode} bit: the resident is presymptomatic ({@link #P}). */
  static final int C_PRESYMPTOMATIC = 64;

  /**
   * @param r a resident
   * @return its flags {@link #F_ASYMPTOMATIC}, {@link #F_QUARANTINED} and {@link #F_FACILITY}, and
   *     {@link #C_PRESYMPTOMATIC} if its state is {@link #P}
   */
  byte code(int r) {
    return (byte) (flags[r] & (F_ASYMPTOMATIC | F_QUARANTINED | F_FACILITY) | (state[r] == P ? C_PRESYMPTOMATIC : 0));
  }

  /** Updates {@link #activeCode} of {@code r} after its state or flags changed, if it is active. */
  void refresh(int r) {
    int p = activePosPlusOne[r] - 1;
    if (p >= 0) {
      activeCode[p] = code(r);
    }
  }

  /** @return whether every active resident's {@link #activeCode} is current (for tests) */
  boolean codesCurrent() {
    for (int k = 0; k < activeCount; k++) {
      if (activeCode[k] != code(active[k])) {
        return false;
      }
    }
    return true;
  }

  /** Adds {@code r} to the infectious residents. */
  void addActive(int r) {
    touch(r);
    if (activeCount == active.length) {
      active = Arrays.copyOf(active, Math.min(activePosPlusOne.length, 2 * activeCount));
      activeCode = Arrays.copyOf(activeCode, active.length);
    }
    activePosPlusOne[r] = activeCount + 1;
    activeCode[activeCount] = code(r);
    if (groupsOf != null) {
      putGroups(activeCount, r);
    }
    active[activeCount++] = r;
  }

  /**
   * Keeps the groups of each infectious resident beside the list from now on (and fills them for
   * those already in it).
   *
   * @param household resident to household
   * @param building resident to building
   * @param compound resident to compound
   * @param workplace resident to workplace (-1 for none)
   */
  void attachGroups(int[] household, int[] building, int[] compound, int[] workplace) {
    groupsOf = new int[][] {household, building, compound, workplace};
    activeGroups = new int[GROUPS * Math.max(16, activeCount)];
    for (int k = 0; k < activeCount; k++) {
      putGroups(k, active[k]);
    }
  }

  private void putGroups(int k, int r) {
    int x = GROUPS * k;
    if (x + GROUPS > activeGroups.length) {
      activeGroups = Arrays.copyOf(activeGroups, Math.min(GROUPS * activePosPlusOne.length, 2 * activeGroups.length + GROUPS));
    }
    int[] g = activeGroups;
    int[][] of = groupsOf;
    g[x] = of[0][r];
    g[x + 1] = of[1][r];
    g[x + 2] = of[2][r];
    g[x + 3] = of[3][r];
  }

  /** Removes {@code r} from the infectious residents, if it is one. */
  void removeActive(int r) {
    int p = activePosPlusOne[r] - 1;
    if (p < 0) {
      return;
    }
    int last = active[--activeCount];
    active[p] = last;
    activeCode[p] = activeCode[activeCount];
    activePosPlusOne[last] = p + 1;
    activePosPlusOne[r] = 0;
    if (groupsOf != null) {
      System.arraycopy(activeGroups, GROUPS * activeCount, activeGroups, GROUPS * p, GROUPS);
    }
  }

  /** @return whether {@code r} is among the infectious residents */
  boolean isActive(int r) {
    return activePosPlusOne[r] != 0;
  }
}
