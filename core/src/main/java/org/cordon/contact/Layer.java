package org.cordon.contact;

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

  /** @return whether contacts in this layer stay inside one compound */
  public boolean withinCompound() {
    return this == HOUSEHOLD || this == BUILDING || this == COMPOUND;
  }
}
