package org.cordon.simulation.engine;

/**
 * The household layer of one replicate's transmission step: one record of {@link #STRIDE} longs
 * (32 bytes) per household, and the step's touched households in a list of their own, so that
 * adding an infectious member's weight touches one record, and drawing a household that infects
 * nobody touches no record at all.
 *
 * <p>The record:
 *
 * <ol>
 *   <li>the step it was last touched (high half) and its entry in the touched list (low half);
 *   <li value="3">the household's compound (high half) and which members are not yet infected (low
 *       half): for a household of at most {@value #SMALL} members a bit per member slot (bit
 *       {@code i}: slot {@code first + i}), for a larger one their number;
 *   <li>its first member slot in {@code householdMembers} (low half) and, in the high half, the
 *       step from which all its members are present (the latest arrival step, saturated) shifted
 *       left by 5, with its size in the low 5 bits when it is small (0 when it is large).
 * </ol>
 *
 * <p>The touched list, in first-touched order (as {@link GroupPressure} keeps for the other
 * layers): per entry the household, the step's pressure and its presymptomatic part, and a copy of
 * the record's last two longs taken at the first touch. The draws read the entries in order (one
 * sequential pass); the copy stays exact for the draw, as nothing infects a member of a household
 * between the sums and its own draw. At a million residents the households' records do not fit in
 * the cache, and reading each touched household's record a second time for its draw was about a
 * sixth of the step; an entry is a stamp away from stale, so nothing is cleared either.
 *
 * <p>Every infection, local or imported, is counted ({@link #infected}), so "no member left" is
 * exact. A small household whose members have all arrived is drawn from its bits alone ({@link
 * #openAt}); others read the per-slot arrival steps ({@link Susceptibles#bySlot}). Per-replicate
 * scratch state; not thread-safe.
 */
final class Households {
  /** Longs per household record. */
  static final int STRIDE = 4;
  /** The largest household whose members are kept as bits. */
  static final int SMALL = 31;
  private static final long LOW = 0xFFFF_FFFFL;
  private static final int MAX_FROM = (1 << 27) - 1;

  /** Longs per touched-list entry: pressure, presymptomatic part, record's third and fourth long. */
  private static final int ENTRY = 4;

  private final long[] rec;
  private final int[] offsets;
  private int[] touched = new int[16];
  private long[] entries = new long[ENTRY * 16];
  private int count;
  /** The current step's stamp (records whose high half of the first long differs are untouched). */
  private long stamp;

  /**
   * @param t the table: household member slots and the records before a replicate starts ({@link
   *     PolicyTable#householdRecords}, copied)
   */
  Households(PolicyTable t) {
    offsets = t.householdOffsets;
    rec = t.householdRecords.clone();
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

  /** Forgets which households were touched, and their pressure: a new step. */
  void reset() {
    count = 0;
    stamp++;
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
    long open = a[x + 2];
    if ((int) open == 0) {
      return;
    }
    long tag = a[x];
    if (tag >>> 32 != stamp) { // first touch this step: a new entry, the sums start at 0 + w
      int i = count++;
      if (i == touched.length) {
        touched = java.util.Arrays.copyOf(touched, 2 * i);
        entries = java.util.Arrays.copyOf(entries, ENTRY * 2 * i);
      }
      a[x] = stamp << 32 | i;
      touched[i] = h;
      int e = ENTRY * i;
      entries[e] = Double.doubleToRawLongBits(0.0 + w);
      entries[e + 1] = Double.doubleToRawLongBits(0.0 + pre);
      entries[e + 2] = open;
      entries[e + 3] = a[x + 3];
      return;
    }
    int e = ENTRY * (int) tag;
    final long[] en = entries;
    en[e] = Double.doubleToRawLongBits(Double.longBitsToDouble(en[e]) + w);
    en[e + 1] = Double.doubleToRawLongBits(Double.longBitsToDouble(en[e + 1]) + pre);
  }

  /** @return the number of households touched since {@link #reset()} */
  int count() {
    return count;
  }

  /** @return the {@code i}-th household touched */
  int group(int i) {
    return touched[i];
  }

  /** @return the pressure on the {@code i}-th household touched */
  double pressureAt(int i) {
    return Double.longBitsToDouble(entries[ENTRY * i]);
  }

  /** @return the presymptomatic share of the {@code i}-th touched household's pressure */
  double presymptomaticShareAt(int i) {
    int e = ENTRY * i;
    return Double.longBitsToDouble(entries[e + 1]) / Double.longBitsToDouble(entries[e]);
  }

  /** @return whether the {@code i}-th household touched had a member not yet infected when touched */
  boolean anyLeftAt(int i) {
    return (int) entries[ENTRY * i + 2] != 0;
  }

  /** @return the compound of the {@code i}-th household touched */
  int compoundAt(int i) {
    return (int) (entries[ENTRY * i + 2] >>> 32);
  }

  /** @return the first member slot of the {@code i}-th household touched */
  int firstAt(int i) {
    return (int) entries[ENTRY * i + 3];
  }

  /** @return the end (exclusive) of the {@code i}-th touched household's member slots */
  int endAt(int i) {
    return end(touched[i], entries[ENTRY * i + 3]);
  }

  /** As {@link #open}, for the {@code i}-th household touched, as it was when touched. */
  long openAt(int i, int s) {
    int e = ENTRY * i;
    return open(entries[e + 2], entries[e + 3], s);
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
    return open(rec[x + 2], rec[x + 3], s);
  }

  private static long open(long openCompound, long firstFrom, int s) {
    int hi = (int) (firstFrom >>> 32);
    return (hi & 31) != 0 && s >= hi >>> 5 ? openCompound & LOW : -1;
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
    return end(h, rec[STRIDE * h + 3]);
  }

  private int end(int h, long firstFrom) {
    int size = (int) (firstFrom >>> 32) & 31;
    return size != 0 ? (int) firstFrom + size : offsets[h + 1];
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
