package org.cordon.contact;

import org.cordon.InvalidInputException;

/**
 * Recorded encounters in compressed sparse row form by resident, each encounter stored in both
 * directions, with its days and minutes beside the edge (time beside the edges, not an edge copy
 * per day).
 *
 * <p>The encounters of resident {@code r} are the indices {@code i} in {@code [start(r),
 * end(r))}: {@link #other(int) other(i)} is the other resident (sorted by id, then by first day),
 * {@link #firstDay(int)} and {@link #lastDay(int)} inclusive epoch days, {@link #minutes(int)}
 * the duration or {@link #UNKNOWN_MINUTES}. Accessors read the arrays without copying. Immutable
 * and thread-safe.
 *
 * <p>An entry's four fields are held side by side (four ints an entry, in one array), so a
 * resident's few encounters are one or two cache lines on one page: held in four parallel arrays,
 * a close-contact query at 1,000,000 residents read four lines on four pages for the same entries
 * (1.13-1.24x slower; benchmarks/results/issue23-trace/NOTES.md, seventh round). Hence at most
 * {@link #MAX_ENCOUNTERS} encounters.
 */
public final class EncounterLayer {
  /** The {@link #minutes(int)} of an encounter whose duration was not recorded. */
  public static final int UNKNOWN_MINUTES = -1;

  /** Ints an entry: other, first day, last day, minutes. */
  private static final int FIELDS = 4;
  /** The most encounters a layer holds: each is two entries of four ints in one Java array. */
  public static final int MAX_ENCOUNTERS = (Integer.MAX_VALUE - 8) / (2 * FIELDS);

  private final int[] offsets;
  /** Entry {@code i}'s other resident, first day, last day and minutes at {@code FIELDS * i + 0..3}. */
  private final int[] entries;

  /** Builds from arrays of {@code count} encounters {@code (a[k], b[k])}; made by the builder. */
  EncounterLayer(int residentCount, int[] a, int[] b, int[] f, int[] l, int[] m, int count) {
    checkCount(count);
    int e = 2 * count;
    int[] owner = new int[e];
    int[] peer = new int[e];
    int[] src = new int[e];
    for (int k = 0; k < count; k++) {
      owner[2 * k] = a[k];
      peer[2 * k] = b[k];
      owner[2 * k + 1] = b[k];
      peer[2 * k + 1] = a[k];
      src[2 * k] = k;
      src[2 * k + 1] = k;
    }
    // order entries by first day (stable), then peer, then owner: owner, peer, first day order
    long[] byDay = new long[e];
    for (int i = 0; i < e; i++) {
      byDay[i] = ((long) f[src[i]] << 32) | i;
    }
    java.util.Arrays.sort(byDay);
    int[] order = new int[e];
    for (int i = 0; i < e; i++) {
      order[i] = (int) byDay[i];
    }
    order = countingSort(peer, residentCount, order);
    order = countingSort(owner, residentCount, order);
    this.offsets = offsets(owner, residentCount);
    this.entries = new int[FIELDS * e];
    for (int i = 0; i < e; i++) {
      int x = order[i];
      int k = src[x];
      int at = FIELDS * i;
      entries[at] = peer[x];
      entries[at + 1] = f[k];
      entries[at + 2] = l[k];
      entries[at + 3] = m[k];
    }
  }

  /**
   * @param count a number of encounters
   * @throws InvalidInputException naming the encounters when there are more than {@link
   *     #MAX_ENCOUNTERS}
   */
  static void checkCount(long count) {
    if (count > MAX_ENCOUNTERS) {
      throw InvalidInputException.argument("encounters",
          "at most " + MAX_ENCOUNTERS + " encounters fit one contact graph, got " + count);
    }
  }

  private static int[] offsets(int[] key, int keyCount) {
    int[] off = new int[keyCount + 1];
    for (int k : key) {
      off[k + 1]++;
    }
    for (int g = 0; g < keyCount; g++) {
      off[g + 1] += off[g];
    }
    return off;
  }

  private static int[] countingSort(int[] key, int keyCount, int[] order) {
    int[] fill = offsets(key, keyCount);
    int[] out = new int[order.length];
    for (int k : order) {
      out[fill[key[k]]++] = k;
    }
    return out;
  }

  /**
   * @return where entry {@code i} starts in {@link #entries}
   * @throws ArrayIndexOutOfBoundsException if {@code i} is negative or so large that its place
   *     would wrap around (beyond it, the array's own check applies)
   */
  private static int at(int i) {
    if (i >>> 29 != 0) {
      throw new ArrayIndexOutOfBoundsException("Index " + i + " out of bounds for encounter entries");
    }
    return FIELDS * i;
  }

  /** @return the number of encounters (each stored twice) */
  public int encounterCount() {
    return entries.length / (2 * FIELDS);
  }

  /**
   * @param r a resident id
   * @return the first index of resident {@code r}'s encounters
   */
  public int start(int r) {
    return offsets[r];
  }

  /**
   * @param r a resident id
   * @return one past the last index of resident {@code r}'s encounters
   */
  public int end(int r) {
    return offsets[r + 1];
  }

  /**
   * @param i an encounter entry index, {@code start(r) <= i < end(r)} for a resident {@code r}
   * @return the other resident of encounter entry {@code i}
   */
  public int other(int i) {
    return entries[at(i)];
  }

  /**
   * @param i an encounter entry index, {@code start(r) <= i < end(r)} for a resident {@code r}
   * @return the first day (epoch day) of encounter entry {@code i}
   */
  public int firstDay(int i) {
    return entries[at(i) + 1];
  }

  /**
   * @param i an encounter entry index, {@code start(r) <= i < end(r)} for a resident {@code r}
   * @return the last day (epoch day, inclusive) of encounter entry {@code i}
   */
  public int lastDay(int i) {
    return entries[at(i) + 2];
  }

  /**
   * @param i an encounter entry index, {@code start(r) <= i < end(r)} for a resident {@code r}
   * @return the minutes of encounter entry {@code i}, or {@link #UNKNOWN_MINUTES}
   */
  public int minutes(int i) {
    return entries[at(i) + 3];
  }

  /**
   * @param i an encounter entry
   * @param minMinutes a minimum duration
   * @return whether the entry lasted at least {@code minMinutes}; an unrecorded duration counts
   *     (the cautious reading for contact tracing)
   */
  public boolean lastsAtLeast(int i, int minMinutes) {
    int m = entries[at(i) + 3];
    return m == UNKNOWN_MINUTES || m >= minMinutes;
  }

  /** @return approximate bytes held by the arrays */
  public long sizeInBytes() {
    return 4L * (offsets.length + (long) entries.length);
  }
}
