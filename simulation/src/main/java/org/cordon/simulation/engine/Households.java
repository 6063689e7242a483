package org.cordon.simulation.engine;

/**
 * The household layer of one replicate's transmission step, one record of {@link #STRIDE} longs
 * (32 bytes) per household, so that adding an infectious member's weight and drawing the
 * household's infections each touch one record, not a record and a pressure slot apart: the
 * step's pressure and its presymptomatic part (raw {@code double} bits), the household's compound
 * and at least its number of susceptible members (its size less each infection the step drew;
 * imports are not counted, so it never falls below the true count), and its first and end member
 * slots in {@code householdMembers}. Also the list of households touched this step, in first-touched
 * order (as {@link GroupPressure} keeps for the other layers). Per-replicate scratch state; not
 * thread-safe.
 */
final class Households {
  /** Longs per household record. */
  static final int STRIDE = 4;
  private static final long LOW = 0xFFFF_FFFFL;

  private final long[] rec;
  private final int[] touched;
  private int count;

  /**
   * @param records the table's household records ({@link PolicyTable#householdRecords}: first
   *     slot, end slot, compound, size per household)
   */
  Households(int[] records) {
    int n = records.length / PolicyTable.HOUSEHOLD_RECORD;
    rec = new long[STRIDE * n];
    touched = new int[n];
    for (int h = 0, y = 0; h < n; h++, y += PolicyTable.HOUSEHOLD_RECORD) {
      int x = STRIDE * h;
      rec[x + 2] = (records[y + 3] & LOW) | (long) records[y + 2] << 32;
      rec[x + 3] = (records[y] & LOW) | (long) records[y + 1] << 32;
    }
  }

  /** Forgets which households were touched; their pressure must already be cleared. */
  void reset() {
    count = 0;
  }

  /**
   * Adds an infectious member's weight to household {@code h}, if it has a susceptible member
   * left (one with none would draw nothing).
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

  /** @return at least the number of susceptible members of household {@code h} */
  int susceptible(int h) {
    return (int) rec[STRIDE * h + 2];
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
    return (int) (rec[STRIDE * h + 3] >>> 32);
  }

  /** Counts an infection of a susceptible member of household {@code h}. */
  void infected(int h) {
    rec[STRIDE * h + 2]--; // the count is at least 1: the member was susceptible
  }
}
