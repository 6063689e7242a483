package org.cordon.simulation.engine;

/**
 * The household layer of one replicate's transmission step, one record of {@link #STRIDE} longs
 * (32 bytes) per household, so that adding an infectious member's weight and drawing the
 * household's infections each touch one record, not a record, a pressure slot and the members'
 * state apart:
 *
 * <ol>
 *   <li>the step's pressure and (2) its presymptomatic part (raw {@code double} bits);
 *   <li value="3">the household's compound (high half) and which members are not yet infected (low
 *       half): for a household of at most {@value #SMALL} members a bit per member slot (bit
 *       {@code i}: slot {@code first + i}), for a larger one their number;
 *   <li>its first member slot in {@code householdMembers} (low half) and, in the high half, the
 *       step from which all its members are present (the latest arrival step, saturated) shifted
 *       left by 5, with its size in the low 5 bits when it is small (0 when it is large).
 * </ol>
 *
 * <p>Every infection, local or imported, is counted ({@link #infected}), so "no member left" is
 * exact. A small household whose members have all arrived is drawn from its bits alone ({@link
 * #open}); others read the per-slot arrival steps ({@link Susceptibles#bySlot}). Also the list of
 * households touched this step, in first-touched order (as {@link GroupPressure} keeps for the
 * other layers). Per-replicate scratch state; not thread-safe.
 */
final class Households {
  /** Longs per household record. */
  static final int STRIDE = 4;
  /** The largest household whose members are kept as bits. */
  static final int SMALL = 31;
  private static final long LOW = 0xFFFF_FFFFL;
  private static final int MAX_FROM = (1 << 27) - 1;

  private final long[] rec;
  private final long[] template;
  private final int[] offsets;
  private final int[] touched;
  private int count;

  /**
   * @param t the table: household member slots and the records before a replicate starts ({@link
   *     PolicyTable#householdRecords}, copied)
   */
  Households(PolicyTable t) {
    offsets = t.householdOffsets;
    template = t.householdRecords;
    rec = template.clone();
    touched = new int[offsets.length - 1];
  }

  /**
   * Returns the records to those of a new replicate ({@link ReplicateArena}): a record changes only
   * by a member's infection (its pressure is cleared within the step), so the households of the
   * residents dirtied since the last reset are copied back from the table's.
   *
   * @param residentHousehold resident to household
   * @param dirtied the residents dirtied ({@link ResidentState#touched()}), or null to copy all
   */
  void restore(int[] residentHousehold, int[] dirtied) {
    count = 0;
    if (dirtied == null) {
      System.arraycopy(template, 0, rec, 0, rec.length);
      return;
    }
    for (int r : dirtied) {
      int x = STRIDE * residentHousehold[r];
      System.arraycopy(template, x, rec, x, STRIDE);
    }
  }

  /** @return whether the records are the table's and nothing is touched (for tests) */
  boolean isClean() {
    return count == 0 && java.util.Arrays.equals(rec, template);
  }

  /**
   * The records of households before any infection: no pressure, every member not yet infected,
   * compound, first slot, latest arrival step and size.
   *
   * @param offsets household member slots ({@code householdMembers} offsets)
   * @param compound each household's compound
   * @param memberArrivalStep each member slot's arrival step
   * @return {@link #STRIDE} longs per household
   */
  static long[] records(int[] offsets, int[] compound, int[] memberArrivalStep) {
    int n = offsets.length - 1;
    long[] rec = new long[STRIDE * n];
    for (int h = 0; h < n; h++) {
      int first = offsets[h];
      int size = offsets[h + 1] - first;
      int from = 0;
      for (int m = first; m < first + size; m++) {
        from = Math.max(from, Math.min(memberArrivalStep[m], MAX_FROM));
      }
      int open = size <= SMALL ? (int) ((1L << size) - 1) : size;
      int x = STRIDE * h;
      rec[x + 2] = (open & LOW) | (long) compound[h] << 32;
      rec[x + 3] = (first & LOW) | (long) (from << 5 | (size <= SMALL ? size : 0)) << 32;
    }
    return rec;
  }

  /** Forgets which households were touched; their pressure must already be cleared. */
  void reset() {
    count = 0;
  }

  /**
   * Adds an infectious member's weight to household {@code h}, if it has a member not yet
   * infected (one with none would draw nothing).
   *
   * @param h the household
   * @param w its infectiousness, {@code > 0}
   * @param pre the presymptomatic part of {@code w}
   */
  void add(int h, double w, double pre) {
    final long[] a = rec;
    int x = STRIDE * h;
    if ((int) a[x + 2] == 0) {
      return;
    }
    long p = a[x];
    if (p == 0) {
      touched[count++] = h;
    }
    a[x] = Double.doubleToRawLongBits(Double.longBitsToDouble(p) + w);
    a[x + 1] = Double.doubleToRawLongBits(Double.longBitsToDouble(a[x + 1]) + pre);
  }

  /** @return the number of households touched since {@link #reset()} */
  int count() {
    return count;
  }

  /** @return the {@code i}-th household touched */
  int group(int i) {
    return touched[i];
  }

  /** @return the pressure on household {@code h} */
  double pressure(int h) {
    return Double.longBitsToDouble(rec[STRIDE * h]);
  }

  /** @return the presymptomatic share of household {@code h}'s pressure */
  double presymptomaticShare(int h) {
    int x = STRIDE * h;
    return Double.longBitsToDouble(rec[x + 1]) / Double.longBitsToDouble(rec[x]);
  }

  /** Clears household {@code h}'s pressure once its infections are drawn. */
  void clear(int h) {
    rec[STRIDE * h] = 0;
    rec[STRIDE * h + 1] = 0;
  }

  /** @return whether household {@code h} has a member not yet infected */
  boolean anyLeft(int h) {
    return (int) rec[STRIDE * h + 2] != 0;
  }

  /**
   * @param h a household
   * @param s a step
   * @return if {@code h} is small and all its members are present at step {@code s}, a bit per
   *     member slot not yet infected (bit {@code i}: slot {@link #first}{@code + i}), so every set
   *     bit is a susceptible member present; else -1 (read {@link Susceptibles#bySlot})
   */
  long open(int h, int s) {
    int x = STRIDE * h;
    int hi = (int) (rec[x + 3] >>> 32);
    return (hi & 31) != 0 && s >= hi >>> 5 ? rec[x + 2] & LOW : -1;
  }

  /** @return the compound of household {@code h} */
  int compound(int h) {
    return (int) (rec[STRIDE * h + 2] >>> 32);
  }

  /** @return the first member slot of household {@code h} */
  int first(int h) {
    return (int) rec[STRIDE * h + 3];
  }

  /** @return the end (exclusive) of household {@code h}'s member slots */
  int end(int h) {
    long fs = rec[STRIDE * h + 3];
    int size = (int) (fs >>> 32) & 31;
    return size != 0 ? (int) fs + size : offsets[h + 1];
  }

  /**
   * @param h a household
   * @param s a step
   * @return its number of members if it is small and all are present at step {@code s}, else -1
   *     (count them from the slots)
   */
  int allPresent(int h, int s) {
    int hi = (int) (rec[STRIDE * h + 3] >>> 32);
    return (hi & 31) != 0 && s >= hi >>> 5 ? hi & 31 : -1;
  }

  /** Counts the infection of the member in slot {@code m} of household {@code h} (once per member). */
  void infected(int h, int m) {
    int x = STRIDE * h;
    long fs = rec[x + 3];
    if (((int) (fs >>> 32) & 31) != 0) {
      rec[x + 2] &= ~(1L << (m - (int) fs));
    } else {
      rec[x + 2]--;
    }
  }
}
