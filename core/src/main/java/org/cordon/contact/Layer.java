package org.cordon.contact;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * A contact layer: a kind of setting in which residents meet.
 *
 * <p>The group layers ({@link #HOUSEHOLD}, {@link #BUILDING}, {@link #COMPOUND}, {@link
 * #WORKPLACE}, {@link #COMMUNITY}) are memberships: everyone in the same group can meet everyone
 * else in it. {@link #ENCOUNTER} holds recorded pairwise meetings with a day interval.
 */
public enum Layer {
  /** Members of the same household (户). */
  HOUSEHOLD,
  /** Residents of the same building (楼栋), stairwells and passages. */
  BUILDING,
  /** Residents of the same compound (小区): courtyards, small shops, gates. */
  COMPOUND,
  /** Workers of the same workplace (单位). */
  WORKPLACE,
  /** The whole community: markets, streets, public places; crossing compound boundaries. */
  COMMUNITY,
  /** Recorded pairwise encounters with a first and last day. */
  ENCOUNTER;

  /** @return whether this layer is stored as group memberships (all but {@link #ENCOUNTER}) */
  public boolean isGroupLayer() {
    return this != ENCOUNTER;
  }

  /** The number of layers. */
  public static final int COUNT = values().length;

  private static final Layer[] VALUES = values();

  /** @return this layer's bit in a layer mask: {@code 1 << ordinal()} */
  public int bit() {
    return 1 << ordinal();
  }

  /**
   * @param layers some layers
   * @return their bitmask ({@link #bit()} of each, or-ed)
   */
  public static int mask(Collection<Layer> layers) {
    int mask = 0;
    for (Layer l : layers) {
      mask |= l.bit();
    }
    return mask;
  }

  /**
   * @param mask a bitmask of layers as made by {@link #mask(Collection)}
   * @return the layers in it, as a new set
   */
  public static Set<Layer> fromMask(int mask) {
    EnumSet<Layer> set = EnumSet.noneOf(Layer.class);
    for (Layer l : VALUES) {
      if ((mask & l.bit()) != 0) {
        set.add(l);
      }
    }
    return set;
  }

  /** @return whether contacts in this layer stay inside one compound */
  public boolean withinCompound() {
    return this == HOUSEHOLD || this == BUILDING || this == COMPOUND;
  }
}
