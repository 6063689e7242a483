package org.cordon.trace;

import org.cordon.contact.ContactGraph;
import org.cordon.contact.DayWindow;
import org.cordon.contact.EncounterLayer;
import org.cordon.contact.GroupLayer;
import org.cordon.contact.Layer;

/**
 * The graph's layers in arrays for the search loops, one id space over all layers' groups, and,
 * made on the first query that needs them, each resident's group per layer in one read ({@link
 * #home(int)}) and its place in a group laid out as a run of consecutive ids ({@link #run(int)}).
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
  /** In {@link #run(int)}: the bits of the resident's place in its group's run of ids. */
  static final int RUN_OFFSET_MASK = (1 << 15) - 1;
  /** In {@link #run(int)}: the shift of the run's length. */
  static final int RUN_SIZE_SHIFT = 15;
  /** In {@link #run(int)}: the run's length, after {@link #RUN_SIZE_SHIFT}; the longest run. */
  static final int RUN_SIZE_MASK = (1 << 14) - 1;
  /**
   * In {@link #run(int)}: some member of the run has a first day ({@link #ARRIVAL}); without it
   * the last level of a deep query reaches the run's new members a bitmap word at a time ({@link
   * RunExpansion#membersLastPlain}).
   */
  static final int RUN_RETURNEES = 1 << 29;
  /** {@link #home(int)} by layer ordinal, {@code null} until made. */
  private volatile int[][] homes = new int[Layer.COUNT][];
  /** {@link #run(int)} by layer ordinal, {@code null} until made. */
  private volatile int[][] runs = new int[Layer.COUNT][];
  /** {@link #arrival(int)} by layer ordinal (made with the first of them), published before them. */
  private volatile int[][] arrivals = new int[Layer.COUNT][];
  /** Per layer ordinal, set before {@link #runs} publishes its run: see {@link #runLaid(int)}. */
  private final boolean[] runLaid = new boolean[Layer.COUNT];
  /** Whether {@link #arrivals} holds the layer's array (which may be {@code null}). */
  private final boolean[] arrivalMade = new boolean[Layer.COUNT];
  /** {@link #firstDays()}, {@code null} until made. */
  private volatile int[] firstDays;

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
          makeArrival(ord);
          h = buildHome(ord);
          int[][] next = homes.clone();
          next[ord] = h;
          homes = next; // published whole through the volatile field
        }
      }
    }
    return h;
  }

  /**
   * Each resident's group in a layer as a run of consecutive ids, in one {@code int}, for
   * close-contact queries (depth 1): a resident's household members are then known from one read,
   * without the layer's offsets, groups, members and days. The entry is the resident's place in
   * the run ({@link #RUN_OFFSET_MASK} bits) and the run's length (from {@link #RUN_SIZE_SHIFT}),
   * or-ed with {@link #ARRIVAL} when the resident's own membership has a first day (in {@link
   * #arrival(int)}) and with {@link #RUN_RETURNEES} when some member's has, when the resident has
   * exactly one membership in the layer, with no last day, in an open-ended group whose members
   * are consecutive ids (at most {@link #RUN_SIZE_MASK}, 16,383) that each have one
   * membership in the layer; {@link #NONE} when it has none; {@link #GENERAL} otherwise. Made on
   * the first call for the layer (4 bytes a resident, and 4 more when some membership has a first
   * day, shared with {@link #home(int)} and by every thread).
   *
   * @param ord a group layer's ordinal
   * @return the resident's entry at index {@code r}
   */
  int[] run(int ord) {
    int[] h = runs[ord];
    if (h == null) {
      synchronized (this) {
        h = runs[ord];
        if (h == null) {
          makeArrival(ord);
          h = buildRun(ord);
          int[][] next = runs.clone();
          next[ord] = h;
          runs = next; // published whole through the volatile field
        }
      }
    }
    return h;
  }

  /**
   * @param ord a group layer's ordinal, after {@link #run(int)} for it
   * @return whether at least half the residents with memberships in the layer are on runs (as
   *     households are in a register), so that a deep query looks their group up in {@link
   *     #run(int)} first
   */
  boolean runLaid(int ord) {
    return runLaid[ord];
  }

  /**
   * @param ord a group layer's ordinal, after {@link #home(int)} or {@link #run(int)} for it
   * @return the first day of each resident's membership marked {@link #ARRIVAL} in {@link
   *     #home(int)} and {@link #run(int)}, at index {@code r}, and {@link DayWindow#OPEN_START}
   *     for every other resident (so that the last level of a deep query takes the later of a
   *     start and a member's day without testing the mark: {@link RunExpansion#membersLast});
   *     {@code null} when none is marked
   */
  int[] arrival(int ord) {
    return arrivals[ord];
  }

  /**
   * The day coded 1 in the entries of a narrow answer ({@link TraceResult#entry}) of a query over
   * the window {@code w1..w2}. A contact's first exposure is {@link DayWindow#OPEN_START}, the
   * window's start, or a first day of a membership or an encounter, and never after the window's
   * end, so its days lie within {@code [w1, max(w1, last first day)]} when the window has a start,
   * and within {@code [first first day, last first day]} when it has none.
   *
   * @return the base, or {@link Long#MIN_VALUE} when those days span {@link TraceResult#MAX_CODE}
   *     days or more (then the answer is held wide)
   */
  long narrowBase(int w1, int w2) {
    int[] fd = firstDays();
    long lo;
    long hi;
    if (w1 != DayWindow.OPEN_START) {
      lo = w1;
      hi = Math.max(lo, fd[1]);
    } else if (fd[0] > fd[1]) {
      return 0; // no day at all: every exposure is OPEN_START
    } else {
      lo = fd[0];
      hi = fd[1];
    }
    hi = Math.min(hi, w2);
    return hi - lo < TraceResult.MAX_CODE ? lo : Long.MIN_VALUE;
  }

  /**
   * @return the earliest and the latest first day (not {@link DayWindow#OPEN_START}) of every
   *     membership and encounter, the first after the second when there is none; made on the first
   *     call (a pass over the memberships and encounters)
   */
  private int[] firstDays() {
    int[] fd = firstDays;
    if (fd == null) {
      int min = Integer.MAX_VALUE;
      int max = Integer.MIN_VALUE;
      for (int ord : groupOrdinals) {
        GroupLayer gl = groupLayers[ord];
        for (int i = 0, e = gl.membershipCount(); i < e; i++) {
          int f = gl.memberFrom(i);
          if (f != DayWindow.OPEN_START) {
            min = Math.min(min, f);
            max = Math.max(max, f);
          }
        }
      }
      for (int i = 0, e = 2 * encounters.encounterCount(); i < e; i++) { // each stored twice
        int f = encounters.firstDay(i);
        if (f != DayWindow.OPEN_START) {
          min = Math.min(min, f);
          max = Math.max(max, f);
        }
      }
      fd = new int[] {min, max};
      firstDays = fd; // the same values whichever thread makes them
    }
    return fd;
  }

  /** Under the lock: the arrival days of the residents with one plain membership with a first day. */
  private void makeArrival(int ord) {
    if (arrivalMade[ord]) {
      return;
    }
    GroupLayer gl = groupLayers[ord];
    int[] a = null;
    for (int r = 0; r < residentCount; r++) {
      int j = gl.groupStart(r);
      if (plain(gl, ord, r) && gl.groupFrom(j) != DayWindow.OPEN_START) {
        if (a == null) {
          a = new int[residentCount];
          java.util.Arrays.fill(a, DayWindow.OPEN_START);
        }
        a[r] = gl.groupFrom(j);
      }
    }
    int[][] na = arrivals.clone();
    na[ord] = a;
    arrivals = na;
    arrivalMade[ord] = true;
  }

  /** One membership in the layer, with no last day, in an open-ended group. */
  private boolean plain(GroupLayer gl, int ord, int r) {
    int j = gl.groupStart(r);
    return gl.groupEnd(r) - j == 1
        && gl.groupTo(j) == DayWindow.OPEN_END
        && gl.isOpenEnded(gl.group(j))
        && groupBase[ord] + gl.group(j) < ARRIVAL;
  }

  private int arrivalBit(GroupLayer gl, int r) {
    return gl.groupFrom(gl.groupStart(r)) != DayWindow.OPEN_START ? ARRIVAL : 0;
  }

  private int[] buildHome(int ord) {
    GroupLayer gl = groupLayers[ord];
    int[] h = new int[residentCount];
    for (int r = 0; r < residentCount; r++) {
      if (gl.groupStart(r) == gl.groupEnd(r)) {
        h[r] = NONE;
      } else if (plain(gl, ord, r)) {
        h[r] = groupBase[ord] + gl.group(gl.groupStart(r)) | arrivalBit(gl, r);
      } else {
        h[r] = GENERAL;
      }
    }
    return h;
  }

  private int[] buildRun(int ord) {
    GroupLayer gl = groupLayers[ord];
    int[] h = new int[residentCount];
    for (int r = 0; r < residentCount; r++) {
      h[r] = gl.groupStart(r) == gl.groupEnd(r) ? NONE : GENERAL;
    }
    for (int g = 0; g < gl.groupCount(); g++) {
      int i0 = gl.memberStart(g);
      int size = gl.memberEnd(g) - i0;
      if (size == 0 || size > RUN_SIZE_MASK) {
        continue;
      }
      int first = gl.member(i0);
      boolean run = true;
      for (int k = 0; k < size && run; k++) {
        int r = gl.member(i0 + k);
        run = r == first + k && plain(gl, ord, r);
      }
      if (run) {
        int any = 0;
        for (int k = 0; k < size; k++) {
          any |= arrivalBit(gl, first + k);
        }
        int returnees = any != 0 ? RUN_RETURNEES : 0;
        for (int k = 0; k < size; k++) {
          h[first + k] = size << RUN_SIZE_SHIFT | k | arrivalBit(gl, first + k) | returnees;
        }
      }
    }
    int on = 0;
    int in = 0;
    for (int e : h) {
      on += e >= 0 ? 1 : 0;
      in += e != NONE ? 1 : 0;
    }
    runLaid[ord] = on > 0 && 2 * on >= in;
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
