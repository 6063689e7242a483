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
 * <p>Held in primitive arrays; the accessors by index cost an array read. Immutable.
 */
public final class TraceResult {
  private static final int[] NONE = new int[0];

  private final int[] sources;
  private final int[] ids;
  private final byte[] depths;
  private final byte[] layers;
  private final int[] firstExposure;

  TraceResult(int[] sources, int[] ids, byte[] depths, byte[] layers, int[] firstExposure) {
    this.sources = sources;
    this.ids = ids;
    this.depths = depths;
    this.layers = layers;
    this.firstExposure = firstExposure;
  }

  static TraceResult empty(int[] sources) {
    return new TraceResult(sources, NONE, new byte[0], new byte[0], NONE);
  }

  /** One contact, as a value. */
  public record Contact(int id, int depth, Set<Layer> layers, Optional<LocalDate> firstExposure) {}

  /** @return the case traced (the first one when several were traced together) */
  public int source() {
    return sources[0];
  }

  /** @return a copy of the cases traced, sorted */
  public int[] sources() {
    return sources.clone();
  }

  /** @return the number of contacts */
  public int size() {
    return ids.length;
  }

  /** @return whether no contact was found */
  public boolean isEmpty() {
    return ids.length == 0;
  }

  /**
   * @param i an index, {@code 0 <= i < size()}
   * @return the resident id of the {@code i}-th contact (ascending in {@code i})
   */
  public int id(int i) {
    return ids[i];
  }

  /**
   * @param i an index, {@code 0 <= i < size()}
   * @return the depth of the {@code i}-th contact, {@code >= 1}
   */
  public int depth(int i) {
    return depths[i];
  }

  /**
   * @param i an index, {@code 0 <= i < size()}
   * @return the layers of the {@code i}-th contact as a bitmask ({@link Layer#bit()})
   */
  public int layerMask(int i) {
    return layers[i];
  }

  /**
   * @param i an index, {@code 0 <= i < size()}
   * @return the layers of the {@code i}-th contact
   */
  public Set<Layer> layers(int i) {
    return Layer.fromMask(layers[i]);
  }

  /**
   * @param i an index, {@code 0 <= i < size()}
   * @return the first exposure of the {@code i}-th contact as an epoch day, {@link
   *     DayWindow#OPEN_START} when the window and the memberships have no first day
   */
  public int firstExposureDay(int i) {
    return firstExposure[i];
  }

  /**
   * @param i an index, {@code 0 <= i < size()}
   * @return the first exposure of the {@code i}-th contact, empty when it has no first day
   */
  public Optional<LocalDate> firstExposure(int i) {
    return DayWindow.date(firstExposure[i]);
  }

  /** @return a copy of the contact ids, ascending */
  public int[] ids() {
    return ids.clone();
  }

  /**
   * @param id a resident id
   * @return the index of that contact, or a negative number when it is not a contact
   */
  public int indexOf(int id) {
    return Arrays.binarySearch(ids, id);
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
    for (byte x : depths) {
      if (x == d) {
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
        return new Contact(ids[i], depths[i], layers(i), firstExposure(i));
      }

      @Override
      public int size() {
        return ids.length;
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
    return Arrays.equals(sources, t.sources)
        && Arrays.equals(ids, t.ids)
        && Arrays.equals(depths, t.depths)
        && Arrays.equals(layers, t.layers)
        && Arrays.equals(firstExposure, t.firstExposure);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(sources) + Arrays.hashCode(ids);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("TraceResult[sources=").append(Arrays.toString(sources)).append(", contacts=[");
    for (int i = 0; i < ids.length && i < 20; i++) {
      sb.append(i == 0 ? "" : ", ").append(ids[i]).append('/').append(depths[i]).append(Layer.fromMask(layers[i]));
      firstExposure(i).ifPresent(d -> sb.append('@').append(d));
    }
    return sb.append(ids.length > 20 ? ", ...]]" : "]]").toString();
  }
}
