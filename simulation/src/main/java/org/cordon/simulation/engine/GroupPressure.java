package org.cordon.simulation.engine;

/**
 * The infection pressure one time step puts on the groups of one layer (households, buildings,
 * compounds or workplaces): the summed infectiousness of each group's infectious members, the
 * presymptomatic part of it, and the list of groups touched, so the step visits only those.
 * A group's two sums sit side by side ({@code sums[2g]}, {@code sums[2g + 1]}), so adding to a
 * group touches one cache line, not two. Per-replicate scratch state; not thread-safe.
 */
final class GroupPressure {
  /** Per group {@code g}: the pressure at {@code 2g}, its presymptomatic part at {@code 2g + 1}. */
  private final double[] sums;
  private final int[] touched;
  private int count;

  /** @param groups the number of groups in the layer */
  GroupPressure(int groups) {
    sums = new double[2 * groups];
    touched = new int[groups];
  }

  /** @return whether no group has pressure and none is touched (for tests) */
  boolean isClean() {
    return count == 0 && java.util.Arrays.stream(sums).allMatch(x -> x == 0);
  }

  /** Forgets which groups were touched; their pressure must already be cleared. */
  void reset() {
    count = 0;
  }

  /**
   * Adds an infectious member's weight to group {@code g}.
   *
   * @param g the group
   * @param w its infectiousness, {@code > 0}
   * @param pre the presymptomatic part of {@code w}
   */
  void add(int g, double w, double pre) {
    final double[] a = sums;
    int x = 2 * g;
    if (a[x] == 0) {
      touched[count++] = g;
    }
    a[x] += w;
    a[x + 1] += pre;
  }

  /** @return the number of groups touched since {@link #reset()} */
  int count() {
    return count;
  }

  /** @return the {@code i}-th group touched */
  int group(int i) {
    return touched[i];
  }

  /** @return the pressure on group {@code g} */
  double pressure(int g) {
    return sums[2 * g];
  }

  /** @return the presymptomatic share of group {@code g}'s pressure */
  double presymptomaticShare(int g) {
    return sums[2 * g + 1] / sums[2 * g];
  }

  /** Clears group {@code g}'s pressure once its infections are drawn. */
  void clear(int g) {
    sums[2 * g] = 0;
    sums[2 * g + 1] = 0;
  }
}
