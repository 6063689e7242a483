package org.cordon.contact;

/**
 * The memberships of one group layer (households, buildings, compounds, workplaces or the whole
 * community), in compressed sparse row form both ways, never expanded into pairs.
 *
 * <p>Group → members: the memberships of group {@code g} are the indices {@code i} in {@code
 * [memberStart(g), memberEnd(g))}; {@link #member(int) member(i)} is the resident, sorted by
 * resident id within the group, and {@link #memberFrom(int)}, {@link #memberTo(int)} the days
 * (inclusive epoch days, {@link DayWindow#OPEN_START}/{@link DayWindow#OPEN_END} when open) the
 * membership is valid. Member → groups: the memberships of resident {@code r} are the indices
 * {@code j} in {@code [groupStart(r), groupEnd(r))}, with {@link #group(int) group(j)}, {@link
 * #groupFrom(int)} and {@link #groupTo(int)}, sorted by group id.
 *
 * <p>The accessors read the internal arrays without copying or bounds checks beyond the array's,
 * so an engine can loop over them as fast as over its own arrays:
 *
 * <pre>{@code
 * GroupLayer households = graph.layer(Layer.HOUSEHOLD);
 * for (int g = 0; g < households.groupCount(); g++) {
 *   for (int i = households.memberStart(g), end = households.memberEnd(g); i < end; i++) {
 *     if (households.isMemberActive(i, day)) { infectiousInGroup += infected[households.member(i)] ? 1 : 0; }
 *   }
 * }
 * }</pre>
 *
 * <p>Memory: one {@code int} per membership each way plus the offsets, and one more each way for
 * first days and for last days, each left out when no membership has one (returnees' arrivals
 * give first days; last days are rare), so Jinsha's layers take 2 {@code int}s a membership each
 * way.
 * Immutable and thread-safe.
 */
public final class GroupLayer {
  private final Layer layer;
  private final int[] memberOffsets;
  private final int[] members;
  private final int[] memberFrom;
  private final int[] memberTo;
  private final int[] groupOffsets;
  private final int[] groups;
  private final int[] groupFrom;
  private final int[] groupTo;
  private final boolean[] openEnded;

  /**
   * Builds the layer from a list of memberships; package-private, made by {@link ContactGraphBuilder}.
   *
   * @param count number of memberships in the arrays
   */
  GroupLayer(
      Layer layer,
      int groupCount,
      int residentCount,
      int[] group,
      int[] resident,
      int[] from,
      int[] to,
      int count) {
    this.layer = layer;
    boolean anyFrom = false;
    boolean anyTo = false;
    for (int k = 0; k < count; k++) {
      anyFrom |= from[k] != DayWindow.OPEN_START;
      anyTo |= to[k] != DayWindow.OPEN_END;
    }
    // order memberships by (resident, then input order): counting sort by resident
    int[] byResident = countingSort(resident, count, residentCount, identity(count));
    // stable counting sort by group of that order: within a group sorted by resident
    int[] byGroup = countingSort(group, count, groupCount, byResident);
    this.memberOffsets = offsets(group, count, groupCount);
    this.members = new int[count];
    this.memberFrom = anyFrom ? new int[count] : null;
    this.memberTo = anyTo ? new int[count] : null;
    this.openEnded = new boolean[groupCount];
    java.util.Arrays.fill(openEnded, true);
    for (int i = 0; i < count; i++) {
      int k = byGroup[i];
      members[i] = resident[k];
      if (anyFrom) {
        memberFrom[i] = from[k];
      }
      if (anyTo) {
        memberTo[i] = to[k];
        if (to[k] != DayWindow.OPEN_END) {
          openEnded[group[k]] = false;
        }
      }
    }
    // resident -> groups, sorted by group: stable sort by resident of the group order
    int[] byResidentThenGroup = countingSort(resident, count, residentCount, byGroup);
    this.groupOffsets = offsets(resident, count, residentCount);
    this.groups = new int[count];
    this.groupFrom = anyFrom ? new int[count] : null;
    this.groupTo = anyTo ? new int[count] : null;
    for (int j = 0; j < count; j++) {
      int k = byResidentThenGroup[j];
      groups[j] = group[k];
      if (anyFrom) {
        groupFrom[j] = from[k];
      }
      if (anyTo) {
        groupTo[j] = to[k];
      }
    }
  }

  private static int[] identity(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }

  private static int[] offsets(int[] key, int count, int keyCount) {
    int[] off = new int[keyCount + 1];
    for (int k = 0; k < count; k++) {
      off[key[k] + 1]++;
    }
    for (int g = 0; g < keyCount; g++) {
      off[g + 1] += off[g];
    }
    return off;
  }

  /** Stable counting sort of the indices {@code order} by {@code key[index]}. */
  private static int[] countingSort(int[] key, int count, int keyCount, int[] order) {
    int[] fill = offsets(key, count, keyCount);
    int[] out = new int[count];
    for (int i = 0; i < count; i++) {
      int k = order[i];
      out[fill[key[k]]++] = k;
    }
    return out;
  }

  /** @return the layer these memberships belong to */
  public Layer layer() {
    return layer;
  }

  /** @return the number of groups (some may be empty) */
  public int groupCount() {
    return memberOffsets.length - 1;
  }

  /** @return the number of residents the layer was built for */
  public int residentCount() {
    return groupOffsets.length - 1;
  }

  /** @return the total number of memberships */
  public int membershipCount() {
    return members.length;
  }

  /**
   * @param g a group id
   * @return the first membership index of group {@code g}
   */
  public int memberStart(int g) {
    return memberOffsets[g];
  }

  /**
   * @param g a group id
   * @return one past the last membership index of group {@code g}
   */
  public int memberEnd(int g) {
    return memberOffsets[g + 1];
  }

  /**
   * @param g a group id
   * @return the number of memberships of group {@code g}
   */
  public int size(int g) {
    return memberOffsets[g + 1] - memberOffsets[g];
  }

  /**
   * @param i a membership index in group → members order, {@code memberStart(g) <= i < memberEnd(g)}
   * @return the resident of membership {@code i} (group → members order)
   */
  public int member(int i) {
    return members[i];
  }

  /**
   * @param i a membership index in group → members order, {@code memberStart(g) <= i < memberEnd(g)}
   * @return the first valid day of membership {@code i} (group → members order)
   */
  public int memberFrom(int i) {
    return memberFrom == null ? DayWindow.OPEN_START : memberFrom[i];
  }

  /**
   * @param i a membership index in group → members order, {@code memberStart(g) <= i < memberEnd(g)}
   * @return the last valid day of membership {@code i} (group → members order)
   */
  public int memberTo(int i) {
    return memberTo == null ? DayWindow.OPEN_END : memberTo[i];
  }

  /**
   * @param i a membership index in group → members order, {@code memberStart(g) <= i < memberEnd(g)}
   * @param day an epoch day
   * @return whether membership {@code i} (group → members order) is valid on epoch day {@code day}
   */
  public boolean isMemberActive(int i, int day) {
    return (memberFrom == null || day >= memberFrom[i]) && (memberTo == null || day <= memberTo[i]);
  }

  /**
   * @param r a resident id
   * @return the first membership index of resident {@code r}
   */
  public int groupStart(int r) {
    return groupOffsets[r];
  }

  /**
   * @param r a resident id
   * @return one past the last membership index of resident {@code r}
   */
  public int groupEnd(int r) {
    return groupOffsets[r + 1];
  }

  /**
   * @param j a membership index in member → groups order, {@code groupStart(r) <= j < groupEnd(r)}
   * @return the group of membership {@code j} (member → groups order)
   */
  public int group(int j) {
    return groups[j];
  }

  /**
   * @param j a membership index in member → groups order, {@code groupStart(r) <= j < groupEnd(r)}
   * @return the first valid day of membership {@code j} (member → groups order)
   */
  public int groupFrom(int j) {
    return groupFrom == null ? DayWindow.OPEN_START : groupFrom[j];
  }

  /**
   * @param j a membership index in member → groups order, {@code groupStart(r) <= j < groupEnd(r)}
   * @return the last valid day of membership {@code j} (member → groups order)
   */
  public int groupTo(int j) {
    return groupTo == null ? DayWindow.OPEN_END : groupTo[j];
  }

  /** @return whether any membership of the layer has a first or last day */
  public boolean hasValidityIntervals() {
    return memberFrom != null || memberTo != null;
  }

  /**
   * @param g a group id
   * @return whether no membership of group {@code g} has a last day (a first day, such as a
   *     returnee's arrival, is allowed): tracing then expands the group once per query
   */
  public boolean isOpenEnded(int g) {
    return openEnded[g];
  }

  /** @return approximate bytes held by this layer's arrays */
  public long sizeInBytes() {
    long ints = memberOffsets.length + groupOffsets.length + 2L * members.length;
    if (memberFrom != null) {
      ints += 2L * members.length;
    }
    if (memberTo != null) {
      ints += 2L * members.length;
    }
    return 4 * ints + openEnded.length;
  }
}
