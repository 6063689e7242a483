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
 */
public final class TraceResult {
  private static final int[] NONE = new int[0];

  /** The sources when several were traced together, else {@code null} (then {@link #source}). */
  private final int[] sources;
  private final int source;
  private final int n;
  /**
   * One packed array of {@code 3n} ints: the ids in {@code [0, n)}, {@code depth << 8 | layer mask}
   * in {@code [n, 2n)} and the first exposures in {@code [2n, 3n)}.
   */
  private final int[] packed;

  /** @param packed {@code 3n} ints as documented on the field, owned by the result */
  TraceResult(int source, int[] packed, int n) {
    this.sources = null;
    this.source = source;
    this.packed = packed;
    this.n = n;
  }

  /** @param sources several sorted sources, owned by the result */
  TraceResult(int[] sources, int[] packed, int n) {
    this.sources = sources.length == 1 ? null : sources;
    this.source = sources[0];
    this.packed = packed;
    this.n = n;
  }

  static TraceResult empty(int[] sources) {
    return new TraceResult(sources, NONE, 0);
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
    return packed[n + check(i)] >>> 8;
  }

  /**
   * @param i an index, {@code 0 <= i < size()}
   * @return the layers of the {@code i}-th contact as a bitmask ({@link Layer#bit()})
   */
  public int layerMask(int i) {
    return packed[n + check(i)] & 0xFF;
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
    for (int i = n; i < 2 * n; i++) {
      if (packed[i] >>> 8 == d) {
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
    return source == t.source
        && Arrays.equals(sources, t.sources)
        && n == t.n
        && Arrays.equals(packed, 0, 3 * n, t.packed, 0, 3 * t.n);
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
