package org.cordon.trace;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cordon.contact.DayWindow;
import org.cordon.contact.Layer;

/**
 * The contacts found by one trace, sorted by resident id: for each, its depth (1 for a direct
 * contact, 2 for a contact of a contact, ...), the layers through which it was reached at that
 * depth, and its first day of exposure in the window (the earliest day on which it was in
 * contact with someone one step nearer the case).
 *
 * <p>Held in one packed {@code int} array; the accessors by index cost an array read. Immutable.
 * A dense answer (its contacts at least one in 512 of the residents, and at least 32) is held in 8
 * bytes a contact, its depth, layers and first exposure in one {@code int} ({@link #entry}), when
 * the days the query can meet span fewer than 65,535 (always, but for memberships or encounters
 * that start centuries apart); any other in 12. A fresh answer is cold memory, so its size is a
 * good part of a deep query's cost (benchmarks/results/issue23-trace/NOTES.md, sixth round).
 */
public final class TraceResult {
  private static final int[] NONE = new int[0];
  /** In a narrow entry: the first exposure's code, 0 for {@link DayWindow#OPEN_START}. */
  private static final int CODE = 0xFFFF;
  /** The largest code of a day: a narrow answer's days span at most this many. */
  static final int MAX_CODE = CODE;

  /** The sources when several were traced together, else {@code null} (then {@link #source}). */
  private final int[] sources;
  private final int source;
  private final int n;
  /**
   * The ids in {@code [0, n)}, then, when {@link #narrow}, one {@link #entry} per contact in
   * {@code [n, 2n)}; else {@code depth << 8 | layer mask} in {@code [n, 2n)} and the first
   * exposures in {@code [2n, 3n)}.
   */
  private final int[] packed;
  /** Whether the entries are {@link #entry}s, 8 bytes a contact in all. */
  private final boolean narrow;
  /** In a narrow answer, the day coded 1 (a day {@code x} is coded {@code x - dayBase + 1}). */
  private final int dayBase;

  /**
   * @param sources the sorted sources (owned by the result), or {@code null} for one, {@code
   *     source}
   * @param packed {@code 2n} ints when {@code narrow}, else {@code 3n}, as documented on the field,
   *     owned by the result
   * @param dayBase the day coded 1 in a narrow answer's entries
   */
  TraceResult(int[] sources, int source, int[] packed, int n, boolean narrow, int dayBase) {
    this.sources = sources == null || sources.length == 1 ? null : sources;
    this.source = source;
    this.packed = packed;
    this.n = n;
    this.narrow = narrow;
    this.dayBase = dayBase;
  }

  /** @return whether the entries are held narrow, 8 bytes a contact (for tests) */
  boolean isNarrow() {
    return narrow;
  }

  static TraceResult empty(int[] sources) {
    return new TraceResult(sources, sources[0], NONE, 0, false, 0);
  }

  /**
   * A narrow answer's entry for one contact: {@code depth << 24 | layer mask << 16 | code}, the
   * code of its first exposure 0 for {@link DayWindow#OPEN_START} and {@code day - dayBase + 1}
   * (at most {@link #MAX_CODE}) for a day, so that the earlier of two exposures has the smaller
   * code ({@link #merge}). Never 0 (the depth is at least 1).
   *
   * @param depthLayers {@code depth << 8 | layer mask}, the depth below 256
   * @param day the first exposure, {@link DayWindow#OPEN_START} or a day coded within {@link
   *     #MAX_CODE} from {@code dayBase}
   */
  static int entry(int depthLayers, int day, int dayBase) {
    // without a branch (a quarter of the exposures at 26,707 are days, the rest open): all ones
    // for OPEN_START (Integer.MIN_VALUE), zero for a day
    int open = (int) (((long) day - Integer.MIN_VALUE - 1) >> 63);
    return depthLayers << 16 | (day - dayBase + 1) & ~open;
  }

  /**
   * @return the entry of a contact found twice at the same depth: the layers of both, the earlier
   *     exposure
   */
  static int merge(int a, int b) {
    return (a | b) & ~CODE | Math.min(a & CODE, b & CODE);
  }

  /**
   * @return the entry of a contact found twice, at any depths: the smaller depth's, and at the
   *     same depth {@link #merge}
   */
  static int combine(int a, int b) {
    int da = a >>> 24;
    int db = b >>> 24;
    return da < db ? a : db < da ? b : merge(a, b);
  }

  /**
   * Copies the contacts as {@link #entry}s coded from {@code base}, each depth {@code shift} more
   * ({@link SharedHops}: a part of a case's answer, one step further from the case when 1).
   *
   * @param base a day base that codes every exposure of the query ({@link Topology#narrowBase})
   */
  void copyEntries(int shift, int base, int[] ids, int[] entries) {
    System.arraycopy(packed, 0, ids, 0, n);
    if (narrow && dayBase == base) {
      if (shift == 0) {
        System.arraycopy(packed, n, entries, 0, n);
      } else {
        for (int i = 0; i < n; i++) {
          entries[i] = packed[n + i] + (shift << 24);
        }
      }
    } else {
      for (int i = 0; i < n; i++) {
        entries[i] = entry((depth(i) + shift) << 8 | layerMask(i), firstExposureDay(i), base);
      }
    }
  }

  /** @return the first exposure coded in a narrow entry, as an epoch day or {@link DayWindow#OPEN_START} */
  static int day(int entry, int dayBase) {
    int c = entry & CODE;
    return c == 0 ? DayWindow.OPEN_START : dayBase + c - 1;
  }

  /** One contact, as a value. */
  public record Contact(int id, int depth, Set<Layer> layers, Optional<LocalDate> firstExposure) {}

  /** @return the case traced (the first one when several were traced together) */
  public int source() {
    return source;
  }

  /** @return a copy of the cases traced, sorted */
  public int[] sources() {
    return sources == null ? new int[] {source} : sources.clone();
  }

  /** @return the number of contacts */
  public int size() {
    return n;
  }

  /** @return whether no contact was found */
  public boolean isEmpty() {
    return n == 0;
  }

  /**
   * @param i an index, {@code 0 <= i < size()}
   * @return the resident id of the {@code i}-th contact (ascending in {@code i})
   */
  public int id(int i) {
    return packed[check(i)];
  }

  private int check(int i) {
    if (i < 0 || i >= n) {
      throw new ArrayIndexOutOfBoundsException("Index " + i + " out of bounds for length " + n);
    }
    return i;
  }

  /**
   * @param i an index, {@code 0 <= i < size()}
   * @return the depth of the {@code i}-th contact, {@code >= 1}
   */
  public int depth(int i) {
    return packed[n + check(i)] >>> (narrow ? 24 : 8);
  }

  /**
   * @param i an index, {@code 0 <= i < size()}
   * @return the layers of the {@code i}-th contact as a bitmask ({@link Layer#bit()})
   */
  public int layerMask(int i) {
    return packed[n + check(i)] >>> (narrow ? 16 : 0) & 0xFF;
  }

  /**
   * @param i an index, {@code 0 <= i < size()}
   * @return the layers of the {@code i}-th contact
   */
  public Set<Layer> layers(int i) {
    return Layer.fromMask(layerMask(i));
  }

  /**
   * @param i an index, {@code 0 <= i < size()}
   * @return the first exposure of the {@code i}-th contact as an epoch day, {@link
   *     DayWindow#OPEN_START} when the window and the memberships have no first day
   */
  public int firstExposureDay(int i) {
    if (narrow) {
      return day(packed[n + check(i)], dayBase);
    }
    return packed[2 * n + check(i)];
  }

  /**
   * @param i an index, {@code 0 <= i < size()}
   * @return the first exposure of the {@code i}-th contact, empty when it has no first day
   */
  public Optional<LocalDate> firstExposure(int i) {
    return DayWindow.date(firstExposureDay(i));
  }

  /** @return a copy of the contact ids, ascending */
  public int[] ids() {
    return Arrays.copyOf(packed, n);
  }

  /**
   * @param id a resident id
   * @return the index of that contact, or a negative number when it is not a contact
   */
  public int indexOf(int id) {
    return Arrays.binarySearch(packed, 0, n, id);
  }

  /**
   * @param id a resident id
   * @return whether it is among the contacts
   */
  public boolean contains(int id) {
    return indexOf(id) >= 0;
  }

  /**
   * @param d a depth, 1 for direct contacts
   * @return the number of contacts at depth {@code d}
   */
  public int countAtDepth(int d) {
    int c = 0;
    int shift = narrow ? 24 : 8;
    for (int i = n; i < 2 * n; i++) {
      if (packed[i] >>> shift == d) {
        c++;
      }
    }
    return c;
  }

  /** @return the contacts as values, in id order (a view; each element is made on access) */
  public List<Contact> contacts() {
    return new AbstractList<>() {
      @Override
      public Contact get(int i) {
        return new Contact(id(i), depth(i), layers(i), firstExposure(i));
      }

      @Override
      public int size() {
        return n;
      }
    };
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TraceResult)) {
      return false;
    }
    TraceResult t = (TraceResult) o;
    if (source != t.source || !Arrays.equals(sources, t.sources) || n != t.n
        || !Arrays.equals(packed, 0, n, t.packed, 0, n)) {
      return false;
    }
    if (narrow == t.narrow && dayBase == t.dayBase) {
      return Arrays.equals(packed, n, narrow ? 2 * n : 3 * n, t.packed, n, t.narrow ? 2 * n : 3 * n);
    }
    for (int i = 0; i < n; i++) {
      if (depth(i) != t.depth(i) || layerMask(i) != t.layerMask(i)
          || firstExposureDay(i) != t.firstExposureDay(i)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 1;
    for (int i = 0; i < n; i++) {
      h = 31 * h + packed[i];
    }
    int hs = sources == null ? 31 + source : Arrays.hashCode(sources);
    return 31 * hs + h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("TraceResult[sources=").append(Arrays.toString(sources())).append(", contacts=[");
    for (int i = 0; i < n && i < 20; i++) {
      sb.append(i == 0 ? "" : ", ").append(id(i)).append('/').append(depth(i)).append(Layer.fromMask(layerMask(i)));
      firstExposure(i).ifPresent(d -> sb.append('@').append(d));
    }
    return sb.append(n > 20 ? ", ...]]" : "]]").toString();
  }
}
