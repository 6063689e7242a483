package org.cordon.community;

import java.util.Arrays;

/**
 * Members of groups (households, buildings, compounds, workplaces) in compressed sparse row
 * form: the members of group {@code g} are {@code members[offsets[g] .. offsets[g + 1])}, sorted
 * by resident id. Immutable; the accessors hand out copies or single values, never the arrays.
 *
 * <p>When every resident is in a group and residents are numbered group by group (as the
 * synthesizer numbers them by household, building and compound), the members are {@code 0, 1, 2,
 * ...} and are not stored: the index keeps only the offsets.
 */
public final class MemberIndex {
  private final int[] offsets;
  /** The members, or {@code null} when they are 0, 1, 2, ... (residents numbered group by group). */
  private final int[] members;

  private MemberIndex(int[] offsets, int[] members) {
    this.offsets = offsets;
    this.members = members;
  }

  /**
   * Builds the index from each resident's group.
   *
   * @param groupOfResident for each resident, its group id or {@link Community#NONE}
   * @param groupCount the number of groups
   * @return the index, members sorted by resident id within each group
   */
  public static MemberIndex of(int[] groupOfResident, int groupCount) {
    int[] offsets = new int[groupCount + 1];
    for (int g : groupOfResident) {
      if (g >= 0) {
        offsets[g + 1]++;
      }
    }
    for (int g = 0; g < groupCount; g++) {
      offsets[g + 1] += offsets[g];
    }
    boolean inOrder = offsets[groupCount] == groupOfResident.length;
    for (int r = 1; inOrder && r < groupOfResident.length; r++) {
      inOrder = groupOfResident[r - 1] <= groupOfResident[r];
    }
    if (inOrder) {
      return new MemberIndex(offsets, null);
    }
    int[] members = new int[offsets[groupCount]];
    int[] fill = Arrays.copyOf(offsets, groupCount);
    for (int r = 0; r < groupOfResident.length; r++) {
      int g = groupOfResident[r];
      if (g >= 0) {
        members[fill[g]++] = r;
      }
    }
    return new MemberIndex(offsets, members);
  }

  /** @return the number of groups */
  public int groupCount() {
    return offsets.length - 1;
  }

  /**
   * @param g a group id, {@code 0 <= g < groupCount()}
   * @return the number of members of group {@code g}
   */
  public int size(int g) {
    return offsets[g + 1] - offsets[g];
  }

  /**
   * @param g a group id
   * @param i an index, {@code 0 <= i < size(g)}
   * @return the {@code i}-th member (by id order) of group {@code g}
   * @throws IndexOutOfBoundsException if {@code i} or {@code g} is out of range
   */
  public int member(int g, int i) {
    if (i < 0 || i >= size(g)) {
      throw new IndexOutOfBoundsException("member " + i + " of group " + g + " of size " + size(g));
    }
    return members == null ? offsets[g] + i : members[offsets[g] + i];
  }

  /**
   * @param g a group id, {@code 0 <= g < groupCount()}
   * @return a copy of the members of group {@code g}, sorted by resident id
   */
  public int[] members(int g) {
    return members == null ? range(offsets[g], offsets[g + 1]) : Arrays.copyOfRange(members, offsets[g], offsets[g + 1]);
  }

  /** @return a copy of the offsets array (length {@code groupCount() + 1}) */
  public int[] offsets() {
    return offsets.clone();
  }

  /** @return a copy of the concatenated members array */
  public int[] flatMembers() {
    return members == null ? range(0, offsets[offsets.length - 1]) : members.clone();
  }

  private static int[] range(int from, int to) {
    int[] a = new int[to - from];
    for (int i = 0; i < a.length; i++) {
      a[i] = from + i;
    }
    return a;
  }
}
