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
 * way. Layers of one graph share equal arrays (where every resident has one membership, e.g. the
 * household, building, compound and community layers: the resident offsets and the first days),
 * which {@link #sizeInBytes()} counts in each layer and {@link ContactGraph#sizeInBytes()} once.
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
   * <p>When the memberships come sorted by resident, then group (as the builder lists a community's
   * own memberships), the resident → groups side is the input itself: {@code group}, {@code from}
   * and {@code to} are kept as they are (so they must be {@code count} long and not changed after),
   * and only the group → members side is sorted; when the groups also come in order (residents
   * numbered group by group), that side is the input too ({@code resident} kept as the members).
   * Otherwise both sides are counting-sorted. Every
   * array kept goes through {@code share}, which may hand back an equal array already kept by
   * another layer (layers built together share, e.g., the offsets of residents with one membership).
   *
   * @param from first days, or {@code null} when every membership is open at the start
   * @param to last days, or {@code null} when every membership is open at the end
   * @param count number of memberships in the arrays
   * @param share returns its argument or an equal array
   */
  GroupLayer(
      Layer layer,
      int groupCount,
      int residentCount,
      int[] group,
      int[] resident,
      int[] from,
      int[] to,
      int count,
      java.util.function.UnaryOperator<int[]> share) {
    this.layer = layer;
    boolean anyFrom = false;
    boolean anyTo = false;
    boolean sorted = true;
    boolean groupsInOrder = true;
    for (int k = 0; k < count; k++) {
      anyFrom |= from != null && from[k] != DayWindow.OPEN_START;
      anyTo |= to != null && to[k] != DayWindow.OPEN_END;
      sorted &= k == 0 || resident[k - 1] < resident[k] || resident[k - 1] == resident[k] && group[k - 1] <= group[k];
      groupsInOrder &= k == 0 || group[k - 1] <= group[k];
    }
    boolean adopt = sorted && group.length == count && (from == null || from.length == count)
        && (to == null || to.length == count);
    // residents numbered group by group: the input is the group -> members side too
    boolean adoptMembers = adopt && groupsInOrder && resident.length == count;
    // order memberships by (resident, then input order): counting sort by resident, or the input order
    int[] byResident = adopt ? null : countingSort(resident, count, residentCount, identity(count));
    // stable counting sort by group of that order: within a group sorted by resident
    int[] byGroup = adoptMembers ? null : countingSort(group, count, groupCount, byResident);
    this.memberOffsets = share.apply(offsets(group, count, groupCount));
    int[] members = adoptMembers ? resident : new int[count];
    int[] memberFrom = !anyFrom ? null : adoptMembers ? from : new int[count];
    int[] memberTo = !anyTo ? null : adoptMembers ? to : new int[count];
    this.openEnded = new boolean[groupCount];
    java.util.Arrays.fill(openEnded, true);
    for (int i = 0; i < count; i++) {
      int k = adoptMembers ? i : byGroup[i];
      if (!adoptMembers) {
        members[i] = resident[k];
        if (anyFrom) {
          memberFrom[i] = from[k];
        }
        if (anyTo) {
          memberTo[i] = to[k];
        }
      }
      if (anyTo && to[k] != DayWindow.OPEN_END) {
        openEnded[group[k]] = false;
      }
    }
    this.members = share.apply(members);
    this.memberFrom = anyFrom ? share.apply(memberFrom) : null;
    this.memberTo = anyTo ? share.apply(memberTo) : null;
    this.groupOffsets = share.apply(offsets(resident, count, residentCount));
    if (adopt) {
      // resident -> groups, sorted by group: the input order
      this.groups = share.apply(group);
      this.groupFrom = anyFrom ? share.apply(from) : null;
      this.groupTo = anyTo ? share.apply(to) : null;
      return;
    }
    // resident -> groups, sorted by group: stable sort by resident of the group order
    int[] byResidentThenGroup = countingSort(resident, count, residentCount, byGroup);
    int[] groups = new int[count];
    int[] groupFrom = anyFrom ? new int[count] : null;
    int[] groupTo = anyTo ? new int[count] : null;
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
    this.groups = share.apply(groups);
    this.groupFrom = anyFrom ? share.apply(groupFrom) : null;
    this.groupTo = anyTo ? share.apply(groupTo) : null;
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

  /** Stable counting sort of the indices {@code order} ({@code null}: 0, 1, 2, ...) by {@code key[index]}. */
  private static int[] countingSort(int[] key, int count, int keyCount, int[] order) {
    int[] fill = offsets(key, count, keyCount);
    int[] out = new int[count];
    for (int i = 0; i < count; i++) {
      int k = order == null ? i : order[i];
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

  /** @return the int arrays this layer keeps (some may be shared with other layers of its graph) */
  int[][] arrays() {
    return java.util.stream.Stream.of(memberOffsets, members, memberFrom, memberTo, groupOffsets, groups, groupFrom, groupTo)
        .filter(java.util.Objects::nonNull).toArray(int[][]::new);
  }

  /** @return bytes held by this layer's arrays, counting those shared with other layers too */
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
