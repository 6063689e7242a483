package org.cordon.trace;

import org.cordon.contact.ContactGraph;
import org.cordon.contact.DayWindow;
import org.cordon.contact.EncounterLayer;
import org.cordon.contact.GroupLayer;
import org.cordon.contact.Layer;

/**
 * The graph's layers in arrays for the search loops, one id space over all layers' groups, and
 * (made on the first deep query) each resident's group per layer in one read ({@link #home(int)}).
 */
final class Topology {
  /** Group layers by {@link Layer#ordinal()}, {@code null} for {@link Layer#ENCOUNTER}. */
  final GroupLayer[] groupLayers = new GroupLayer[Layer.COUNT];
  /** The first global group id of each group layer, by ordinal. */
  final int[] groupBase = new int[Layer.COUNT];
  /** The group layers' ordinals, in order. */
  final int[] groupOrdinals;
  final int totalGroups;
  final EncounterLayer encounters;
  final int residentCount;
  /**
   * The group layers in which every group is open-ended and every resident has at most one
   * membership: a resident reached through such a layer has no other group in it, and the one it
   * has was expanded whole on the level that reached it, so the next level need not look it up.
   */
  final int simpleMask;
  static final int ENCOUNTER_BIT = Layer.ENCOUNTER.bit();
  /** In {@link #home(int)}: the resident has no membership in the layer. */
  static final int NONE = -1;
  /** In {@link #home(int)}: the resident's memberships in the layer need the general path. */
  static final int GENERAL = -2;
  /** In {@link #home(int)}: or-ed into the group id of a resident whose membership has a first day. */
  static final int ARRIVAL = 1 << 30;
  /** {@link #home(int)} by layer ordinal, {@code null} until made. */
  private volatile int[][] homes = new int[Layer.COUNT][];
  /** {@link #arrival(int)} by layer ordinal, published before {@link #homes}. */
  private volatile int[][] arrivals = new int[Layer.COUNT][];

  Topology(ContactGraph graph) {
    int total = 0;
    int k = 0;
    int[] ords = new int[Layer.COUNT];
    for (Layer l : Layer.values()) {
      if (l.isGroupLayer()) {
        GroupLayer gl = graph.layer(l);
        groupLayers[l.ordinal()] = gl;
        groupBase[l.ordinal()] = total;
        total += gl.groupCount();
        ords[k++] = l.ordinal();
      }
    }
    this.groupOrdinals = java.util.Arrays.copyOf(ords, k);

    int simple = 0;
    for (int ord : groupOrdinals) {
      if (isSimple(groupLayers[ord])) {
        simple |= 1 << ord;
      }
    }
    this.simpleMask = simple;
    this.totalGroups = total;
    this.encounters = graph.encounters();
    this.residentCount = graph.residentCount();
  }

  /**
   * Each resident's group in a layer in one {@code int} (one read, instead of an offset, a group,
   * a first and a last day from the layer's arrays): the global group id when the resident has
   * exactly one membership in the layer, with no last day, in an open-ended group (the common
   * case), or-ed with {@link #ARRIVAL} when the membership has a first day (a returnee's arrival,
   * then in {@link #arrival(int)}); {@link #NONE} when it has none; {@link #GENERAL} otherwise
   * (several memberships, a last day, a group with ends). Made on the first call for the layer (4
   * bytes a resident, and 4 more when some membership has a first day, shared by every thread), so
   * close-contact queries alone (the simulation's) never pay for it.
   *
   * @param ord a group layer's ordinal
   * @return the resident's entry at index {@code r}
   */
  int[] home(int ord) {
    int[] h = homes[ord];
    if (h == null) {
      synchronized (this) {
        h = homes[ord];
        if (h == null) {
          int[] a = new int[residentCount];
          h = buildHome(ord, a);
          int[][] na = arrivals.clone();
          na[ord] = hasArrival(h) ? a : null;
          arrivals = na;
          int[][] next = homes.clone();
          next[ord] = h;
          homes = next; // published whole through the volatile field
        }
      }
    }
    return h;
  }

  /**
   * @param ord a group layer's ordinal, after {@link #home(int)} for it
   * @return the first day of each resident's membership marked {@link #ARRIVAL} in {@link
   *     #home(int)}, at index {@code r}; {@code null} when none is marked
   */
  int[] arrival(int ord) {
    return arrivals[ord];
  }

  private static boolean hasArrival(int[] home) {
    for (int h : home) {
      if (h >= 0 && (h & ARRIVAL) != 0) {
        return true;
      }
    }
    return false;
  }

  private int[] buildHome(int ord, int[] arrival) {
    GroupLayer gl = groupLayers[ord];
    int base = groupBase[ord];
    int[] h = new int[residentCount];
    for (int r = 0; r < residentCount; r++) {
      int j = gl.groupStart(r);
      int e = gl.groupEnd(r);
      if (j == e) {
        h[r] = NONE;
      } else if (e - j == 1
          && gl.groupTo(j) == DayWindow.OPEN_END
          && gl.isOpenEnded(gl.group(j))
          && base + gl.group(j) < ARRIVAL) {
        h[r] = base + gl.group(j);
        if (gl.groupFrom(j) != DayWindow.OPEN_START) {
          h[r] |= ARRIVAL;
          arrival[r] = gl.groupFrom(j);
        }
      } else {
        h[r] = GENERAL;
      }
    }
    return h;
  }

  private static boolean isSimple(GroupLayer gl) {
    for (int g = 0; g < gl.groupCount(); g++) {
      if (!gl.isOpenEnded(g)) {
        return false;
      }
    }
    for (int r = 0; r < gl.residentCount(); r++) {
      if (gl.groupEnd(r) - gl.groupStart(r) > 1) {
        return false;
      }
    }
    return true;
  }
}
