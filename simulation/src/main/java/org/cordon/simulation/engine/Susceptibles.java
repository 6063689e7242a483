package org.cordon.simulation.engine;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Who can still be infected, in one read per candidate: a bit per resident ({@link #open}), set
 * while the resident is susceptible and present, and per household member slot ({@link #bySlot},
 * in {@code householdMembers} order, so a household's members sit side by side) the step a
 * susceptible member arrives ({@link PolicyTable#arrivalStep}), or {@link #INFECTED} once it is
 * infected (locally or as an import: {@code Transmission#infected}). The transmission step reads
 * them instead of the infection state and the arrival step (two more scattered reads per
 * candidate). The bits take an eighth of a byte a resident, so at a million residents the sweeps'
 * candidate reads hit the cache (an int per resident, 4 MB, did not: about a seventh of the step);
 * returnees' bits are set as they arrive ({@link #arrive}). Quarantine is not folded in: it comes
 * and goes; a replicate in which nobody was ever quarantined ({@link
 * ResidentState#quarantineSeen}) skips that read too. Per-replicate state; not thread-safe.
 */
final class Susceptibles {
  /** The value of a slot once its member is infected: after every step. */
  static final int INFECTED = Integer.MAX_VALUE;

  /** Per household member slot: its member's arrival step while susceptible, else {@link #INFECTED}. */
  final int[] bySlot;
  private final int[] slotOf;
  /** Bit {@code r}: resident {@code r} is susceptible and has arrived by the last {@link #arrive} step. */
  private final long[] present;
  /** The returnees arriving after the start, by step; their steps and member slots beside them. */
  private final int[] arrivals;
  private final int[] arrivalSteps;
  private final int[] arrivalSlots;
  private int arrived;
  private final PolicyTable table;

  /**
   * Returns to the state of a new replicate ({@link ReplicateArena}): the presence bits and the
   * arrivals from the start, and the slots of the residents dirtied since the last reset (only an
   * infection writes a slot) from the table's.
   *
   * @param dirtied the residents dirtied ({@link ResidentState#touched()}), or null to copy all
   */
  void restore(int[] dirtied) {
    System.arraycopy(table.presentFromStart, 0, present, 0, present.length);
    arrived = 0;
    if (dirtied == null) {
      System.arraycopy(table.memberArrivalStep, 0, bySlot, 0, bySlot.length);
      return;
    }
    for (int r : dirtied) {
      int m = slotOf[r];
      bySlot[m] = table.memberArrivalStep[m];
    }
  }

  /** @param t the table: arrival steps, returnees' arrival order and household member slots */
  Susceptibles(PolicyTable t) {
    table = t;
    bySlot = t.memberArrivalStep.clone();
    slotOf = t.memberSlot;
    present = t.presentFromStart.clone();
    arrivals = t.arrivalOrder;
    arrivalSteps = t.arrivalOrderStep;
    arrivalSlots = t.arrivalOrderSlot;
  }

  /** @return whether the slots, bits and arrivals are those of a new replicate (for tests) */
  boolean isClean() {
    return arrived == 0 && Arrays.equals(bySlot, table.memberArrivalStep) && Arrays.equals(present, table.presentFromStart);
  }

  /**
   * @param arrivalStep each resident's arrival step (0: present from the start)
   * @return a bit per resident present from the start
   */
  static long[] presentFromStart(int[] arrivalStep) {
    long[] bits = new long[(arrivalStep.length + 63) >>> 6];
    for (int r = 0; r < arrivalStep.length; r++) {
      if (arrivalStep[r] <= 0) {
        bits[r >>> 6] |= 1L << r;
      }
    }
    return bits;
  }

  /**
   * @param returnees the residents who arrive
   * @param arrivalStep each resident's arrival step ({@link PolicyTable#NEVER}: never)
   * @return the returnees who arrive after the start, by arrival step (then id)
   */
  static int[] arrivalOrder(int[] returnees, int[] arrivalStep) {
    return Arrays.stream(returnees)
        .filter(r -> arrivalStep[r] > 0 && arrivalStep[r] != PolicyTable.NEVER)
        .boxed()
        .sorted(Comparator.<Integer>comparingInt(r -> arrivalStep[r]).thenComparingInt(r -> r))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /**
   * Marks the residents arriving by step {@code s} present, those not already infected (an
   * infected returnee is infected at its arrival, before the step's transmission). Steps come in
   * order; some may be left out (the transmission step calls it only when someone is infectious):
   * the bits are the same at the next call.
   */
  void arrive(int s) {
    while (arrived < arrivals.length && arrivalSteps[arrived] <= s) {
      int k = arrived++;
      if (bySlot[arrivalSlots[k]] != INFECTED) {
        int r = arrivals[k];
        present[r >>> 6] |= 1L << r;
      }
    }
  }

  /** @return whether resident {@code r} is susceptible and present (as of the last {@link #arrive} step) */
  boolean open(int r) {
    return (present[r >>> 6] & 1L << r) != 0;
  }

  /**
   * Marks resident {@code r} infected.
   *
   * @return its household member slot
   */
  int infected(int r) {
    present[r >>> 6] &= ~(1L << r);
    int m = slotOf[r];
    bySlot[m] = INFECTED;
    return m;
  }
}
