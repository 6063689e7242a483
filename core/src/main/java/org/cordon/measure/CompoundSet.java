package org.cordon.measure;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

/**
 * Which compounds (小区) a measure applies to: all of them or a list of ids.
 *
 * @param all whether every compound of the community is meant
 * @param ids the compound ids when not {@code all}; empty when {@code all}
 */
public record CompoundSet(boolean all, ImmutableSortedSet<Integer> ids) {
  /**
   * @throws NullPointerException if {@code ids} is null
   * @throws IllegalArgumentException if {@code all} comes with ids
   */
  public CompoundSet {
    Objects.requireNonNull(ids, "ids");
    if (all && !ids.isEmpty()) {
      throw new IllegalArgumentException("all compounds takes no ids: " + ids);
    }
  }

  /** @return every compound */
  public static CompoundSet allCompounds() {
    return new CompoundSet(true, ImmutableSortedSet.of());
  }

  /**
   * @param ids compound ids
   * @return those compounds
   */
  public static CompoundSet of(Collection<Integer> ids) {
    return new CompoundSet(false, ImmutableSortedSet.copyOf(ids));
  }

  /**
   * @param ids compound ids
   * @return those compounds
   */
  public static CompoundSet of(int... ids) {
    return of(Arrays.stream(ids).boxed().toList());
  }

  /**
   * @param compound a compound id
   * @return whether the set contains it
   */
  public boolean contains(int compound) {
    return all || ids.contains(compound);
  }
}
