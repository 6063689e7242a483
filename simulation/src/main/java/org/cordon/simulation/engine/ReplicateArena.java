package org.cordon.simulation.engine;

import java.lang.ref.SoftReference;
import java.util.Arrays;

/**
 * The per-resident and per-household arrays of one replicate (its {@link ResidentState}, the
 * household records, the other layers' pressure sums and the {@link Susceptibles}), kept by a
 * thread for its next replicate of the same compiled table. A comparison runs thousands of short
 * controlled replicates of a 26,707-resident community that each touch a few dozen to a few
 * thousand residents; allocating, zeroing and copying about 1.2 MB of arrays for each was about a
 * third of {@code cordon compare}'s time. A reused arena is returned to the state of a new one by
 * resetting only what the last replicate dirtied: the residents its {@link ResidentState} recorded
 * (every writer of per-resident state records through it), their households' records and member
 * slots (only an infection changes those), and the presence bits; the pressure sums are cleared
 * within each step.
 *
 * <p>Bounded: only tables of at most {@link #MAX_RESIDENTS} residents are kept, and a thread keeps
 * at most {@link #KEPT} arenas (one per variant of a comparison) of at most {@link
 * #KEPT_RESIDENTS} residents together, the least recently used dropped first: about 47 bytes a
 * resident each (30 of resident state, the household records, the member slots), so at most about
 * 24 MB a thread; a larger community (a million residents) allocates its arrays afresh as before,
 * untracked, and keeps nothing. A kept arena keeps its table's arrays reachable (its {@link
 * Susceptibles} and household records read them); a thread's arenas are held softly, so a
 * long-lived thread (a server's, or a command line run on one thread) gives them up when the heap
 * runs short or they lie unused. An arena is handed out to one replicate at a time ({@link
 * #acquire} takes it from the thread's cache, {@link #release} resets it and puts it back), and one
 * that is not released (a replicate that failed or was cancelled) is dropped. Not thread-safe; each
 * thread has its own.
 */
final class ReplicateArena {
  /** The largest community whose arrays a thread keeps. */
  static final int MAX_RESIDENTS = 200_000;
  /** The most arenas a thread keeps (a comparison's variants each have their own table). */
  static final int KEPT = 16;
  /** The most residents a thread's kept arenas have together. */
  static final int KEPT_RESIDENTS = 500_000;

  private static final ThreadLocal<SoftReference<ReplicateArena[]>> CACHE = new ThreadLocal<>();

  final ResidentState st;
  final Households households;
  final GroupPressure buildings;
  final GroupPressure compounds;
  final GroupPressure workplaces;
  final Susceptibles susceptibles;
  /** The table the arrays belong to (the cache's key). */
  private final PolicyTable table;
  private final int[] residentHousehold;

  private ReplicateArena(PolicyTable t, ResidentState st) {
    this.st = st;
    this.table = t;
    this.residentHousehold = t.residentHousehold;
    households = new Households(t);
    buildings = new GroupPressure(t.buildingOffsets.length - 1);
    compounds = new GroupPressure(t.compounds);
    workplaces = new GroupPressure(t.workplaceOffsets.length - 1);
    susceptibles = new Susceptibles(t);
  }

  /**
   * New arrays for one replicate around a given state (tests set a state up by hand); never reset.
   *
   * @param t the compiled table
   * @param st the replicate's residents
   * @return the arena
   */
  static ReplicateArena around(PolicyTable t, ResidentState st) {
    return new ReplicateArena(t, st);
  }

  /**
   * A new, tracked arena that can be {@link #reset()} and reused (for tests; replicates take theirs
   * from {@link #acquire}).
   *
   * @param t the compiled table
   * @return the arena
   */
  static ReplicateArena reusable(PolicyTable t) {
    return new ReplicateArena(t, new ResidentState(t.residentHousehold.length, true));
  }

  /**
   * @param t the compiled table
   * @return this thread's kept arena for {@code t} (taken out of the cache until {@link #release}),
   *     a new tracked one if none is kept, or a new untracked one, never kept, for a community of
   *     more than {@link #MAX_RESIDENTS} residents
   */
  static ReplicateArena acquire(PolicyTable t) {
    if (t.residentHousehold.length > MAX_RESIDENTS) {
      return around(t, new ResidentState(t.residentHousehold.length));
    }
    ReplicateArena[] kept = kept();
    for (int i = 0; i < kept.length; i++) {
      ReplicateArena a = kept[i];
      if (a != null && a.table == t) {
        System.arraycopy(kept, i + 1, kept, i, kept.length - i - 1); // the rest move up
        kept[kept.length - 1] = null;
        return a;
      }
    }
    return reusable(t);
  }

  /** @return this thread's kept arenas, most recently used first (a new array once collected) */
  private static ReplicateArena[] kept() {
    SoftReference<ReplicateArena[]> ref = CACHE.get();
    ReplicateArena[] kept = ref == null ? null : ref.get();
    if (kept == null) {
      kept = new ReplicateArena[KEPT];
      CACHE.set(new SoftReference<>(kept));
    }
    return kept;
  }

  /**
   * Resets this arena and keeps it as this thread's most recently used (dropping the least
   * recently used beyond {@link #KEPT}); an untracked arena is dropped.
   */
  void release() {
    if (!st.tracked()) {
      return;
    }
    reset();
    ReplicateArena[] kept = kept();
    System.arraycopy(kept, 0, kept, 1, kept.length - 1);
    kept[0] = this;
    long residents = 0;
    for (int i = 0; i < kept.length; i++) {
      if (kept[i] != null && (residents += kept[i].residentHousehold.length) > KEPT_RESIDENTS) {
        Arrays.fill(kept, i, kept.length, null); // the least recently used beyond the budget
        break;
      }
    }
  }

  /** @return whether every array is in the state of a new replicate's (for tests) */
  boolean isClean() {
    return st.isClean() && households.isClean() && susceptibles.isClean() && buildings.isClean() && compounds.isClean()
        && workplaces.isClean();
  }

  /**
   * Returns every array to the state of a new replicate of the same table.
   *
   * @throws IllegalStateException if the arena is not tracked
   */
  void reset() {
    int[] dirtied = st.touched();
    households.restore(residentHousehold, dirtied);
    susceptibles.restore(dirtied);
    buildings.reset();
    compounds.reset();
    workplaces.reset();
    st.reset();
  }
}
