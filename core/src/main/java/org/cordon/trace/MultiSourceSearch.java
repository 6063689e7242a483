package org.cordon.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cordon.contact.EncounterLayer;
import org.cordon.contact.GroupLayer;
import org.cordon.contact.Layer;

/**
 * Multi-source breadth-first search (MS-BFS, Then et al., VLDB 2015) for up to 64 cases at once:
 * one bit per case in a {@code long} per resident ({@code seen}, {@code frontier}, {@code next})
 * and per group ({@code done}: the cases that already expanded it), so a workplace reached by
 * many cases is scanned once per level for all of them, with word-wide operations.
 *
 * <p>What each (case, contact) pair needs beyond reachability is kept in bit planes too: one
 * {@code long} per resident per chosen layer (the cases that reached it through that layer), one
 * per bit of the depth, and {@code early} (the cases whose first exposure is the window's first
 * day, the common case). A resident's words sit side by side in one array (8 or 16 {@code long}s
 * a resident, one or two cache lines), so reaching a resident costs one cache miss, not ten. Only "late" exposures (after the window's first day, e.g. through a returnee who
 * arrived during the window) are stored per pair, in a slot of one {@code long} per case, made for
 * a resident on its first late exposure. Groups with a membership that ends are expanded pairwise,
 * as in {@link SingleSourceSearch}. Results equal those of {@link SingleSourceSearch} for each case.
 *
 * <p>Not thread-safe: one instance per thread. Cleared after each batch through touched lists.
 */
final class MultiSourceSearch {
  private static final int SEEN = 0;
  private static final int FRONTIER = 1;
  private static final int NEXT = 2;
  private static final int EARLY = 3;
  private static final int PLANES = 4;
  /** Deepest query this search answers; deeper ones go to the single-source search. */
  static final int MAX_DEPTH = 63;

  private final Topology t;
  private final int n;
  /** Per resident, {@code stride} words: seen, frontier, next, early, layer planes, depth planes. */
  private long[] state = new long[0];
  private int stride;
  /** Word offset of each layer's plane by ordinal, -1 when not chosen. */
  private final int[] planeOf = new int[Layer.COUNT];
  private int depthBase;
  private int depthPlanes;
  private final int[] slotOf;
  private final long[] gDone;
  private final long[] gPending;
  private int[] slots = new int[64 * 64];
  private long[] pairs = new long[1024];
  private int slotWidth;
  private int slotCount;
  private final int[] minLo = new int[64];
  private final IdSort sorter;
  private int w1;

  private final IntList frontierList = new IntList(256);
  private final IntList nextList = new IntList(256);
  private final IntList touched = new IntList(256);
  private final IntList touchedGroups = new IntList(64);
  private final IntList pendingGroups = new IntList(64);
  private final IntList pendingOrdinal = new IntList(64);

  MultiSourceSearch(Topology t) {
    this.t = t;
    this.n = t.residentCount;
    slotOf = new int[n];
    Arrays.fill(slotOf, -1);
    gDone = new long[t.totalGroups];
    gPending = new long[t.totalGroups];
    sorter = new IdSort(n);
  }

  /**
   * Whether a quarter or more of the batch's cases share one of their own groups (in the chosen
   * layers) with another case of the batch: the sign that MS-BFS will share scans.
   */
  boolean sharesGroups(int[] batch, int layerMask) {
    int shared = 0;
    touchedGroups.clear();
    for (int c : batch) {
      boolean any = false;
      for (int ord : t.groupOrdinals) {
        if ((layerMask >>> ord & 1) == 0) {
          continue;
        }
        GroupLayer gl = t.groupLayers[ord];
        int base = t.groupBase[ord];
        for (int j = gl.groupStart(c), je = gl.groupEnd(c); j < je; j++) {
          int gg = base + gl.group(j);
          if (gPending[gg] == 0) {
            gPending[gg] = 1;
            touchedGroups.add(gg);
          } else {
            any = true;
          }
        }
      }
      if (any) {
        shared++;
      }
    }
    for (int i = 0; i < touchedGroups.size; i++) {
      gPending[touchedGroups.a[i]] = 0;
    }
    touchedGroups.clear();
    return 4 * shared >= batch.length;
  }

  private void layout(int layerMask, int maxDepth) {
    int words = PLANES;
    for (int l = 0; l < Layer.COUNT; l++) {
      planeOf[l] = (layerMask >>> l & 1) != 0 ? words++ : -1;
    }
    depthBase = words;
    depthPlanes = 32 - Integer.numberOfLeadingZeros(maxDepth);
    words += depthPlanes;
    int s = words <= 8 ? 8 : 16;
    if (s != stride || state.length == 0) {
      stride = s;
      state = new long[n * s];
    }
  }

  List<TraceResult> run(int[] batch, int maxDepth, int layerMask, int minMinutes, int w1, int w2) {
    layout(layerMask, maxDepth);
    final long[] st = state;
    final int sw = stride;
    int k = batch.length;
    this.w1 = w1;
    slotWidth = k;
    frontierList.clear();
    for (int b = 0; b < k; b++) {
      int s = batch[b];
      int x = s * sw;
      if (st[x + SEEN] == 0) {
        touched.add(s);
        frontierList.add(s);
      }
      st[x + SEEN] |= 1L << b;
      st[x + FRONTIER] |= 1L << b;
    }
    final boolean encounters = (layerMask & Topology.ENCOUNTER_BIT) != 0;
    final EncounterLayer enc = t.encounters;
    final int encPlane = planeOf[Layer.ENCOUNTER.ordinal()];
    for (int d = 1; d <= maxDepth && frontierList.size > 0; d++) {
      nextList.clear();
      pendingGroups.clear();
      pendingOrdinal.clear();
      int[] fr = frontierList.a;
      for (int fi = 0, fn = frontierList.size; fi < fn; fi++) {
        int u = fr[fi];
        long f = st[u * sw + FRONTIER];
        for (int ord : t.groupOrdinals) {
          int bit = 1 << ord;
          if ((layerMask & bit) == 0) {
            continue;
          }
          GroupLayer gl = t.groupLayers[ord];
          int base = t.groupBase[ord];
          for (int j = gl.groupStart(u), je = gl.groupEnd(u); j < je; j++) {
            int lo = Math.max(w1, gl.groupFrom(j));
            int hi = Math.min(w2, gl.groupTo(j));
            if (lo > hi) {
              continue;
            }
            int g = gl.group(j);
            if (gl.isOpenEnded(g)) {
              int gg = base + g;
              long p = f & ~gDone[gg];
              if (p != 0) {
                if (gPending[gg] == 0) {
                  pendingGroups.add(g);
                  pendingOrdinal.add(ord);
                }
                gPending[gg] |= p;
              }
            } else {
              expandPairwise(gl, g, lo, hi, f, planeOf[ord]);
            }
          }
        }
        if (encounters) {
          for (int i = enc.start(u), ie = enc.end(u); i < ie; i++) {
            int first = enc.firstDay(i);
            if (first <= w2 && enc.lastDay(i) >= w1 && enc.lastsAtLeast(i, minMinutes)) {
              int v = enc.other(i);
              long nb = f & ~st[v * sw + SEEN];
              if (nb != 0) {
                reach(v, nb, encPlane);
                channel(v, nb, Math.max(w1, first));
              }
            }
          }
        }
      }
      int[] pg = pendingGroups.a;
      int[] po = pendingOrdinal.a;
      for (int q = 0, qn = pendingGroups.size; q < qn; q++) {
        expandOpen(po[q], pg[q], w2);
      }
      // advance the level: record depth d in the depth planes
      for (int fi = 0, fn = frontierList.size; fi < fn; fi++) {
        st[fr[fi] * sw + FRONTIER] = 0;
      }
      int[] nx = nextList.a;
      for (int i = 0, nn = nextList.size; i < nn; i++) {
        int x = nx[i] * sw;
        long m = st[x + NEXT];
        st[x + SEEN] |= m;
        st[x + FRONTIER] = m;
        st[x + NEXT] = 0;
        for (int p = 0; p < depthPlanes; p++) {
          if ((d >>> p & 1) != 0) {
            st[x + depthBase + p] |= m;
          }
        }
      }
      frontierList.a = nextList.a;
      frontierList.size = nextList.size;
      nextList.a = fr;
      nextList.size = 0;
    }
    List<TraceResult> out = emit(batch);
    clear();
    return out;
  }

  /** Marks the new bits {@code nb} of {@code v} as reached on this level through a layer. */
  private void reach(int v, long nb, int plane) {
    long[] st = state;
    int x = v * stride;
    long nv = st[x + NEXT];
    if (nv == 0) {
      if (st[x + SEEN] == 0) {
        touched.add(v);
      }
      nextList.add(v);
    }
    st[x + NEXT] = nv | nb;
    st[x + plane] |= nb;
  }

  /** A channel with the same exposure for all bits {@code nb}. */
  private void channel(int v, long nb, int exposure) {
    if (exposure == w1) {
      state[v * stride + EARLY] |= nb;
    } else {
      for (long bits = nb; bits != 0; bits &= bits - 1) {
        late(v, Long.numberOfTrailingZeros(bits), exposure);
      }
    }
  }

  private void late(int v, int b, int exposure) {
    int s = slotOf[v];
    if (s < 0) {
      s = slotCount * slotWidth;
      if (s + slotWidth > slots.length) {
        slots = Arrays.copyOf(slots, Math.max(slots.length * 2, s + slotWidth));
      }
      Arrays.fill(slots, s, s + slotWidth, Integer.MAX_VALUE);
      slotCount++;
      slotOf[v] = s;
    }
    if (exposure < slots[s + b]) {
      slots[s + b] = exposure;
    }
  }

  private void expandOpen(int ord, int g, int w2) {
    GroupLayer gl = t.groupLayers[ord];
    final long[] st = state;
    final int sw = stride;
    int gg = t.groupBase[ord] + g;
    long m = gPending[gg];
    gPending[gg] = 0;
    if (gDone[gg] == 0) {
      touchedGroups.add(gg);
    }
    gDone[gg] |= m;
    int start = gl.memberStart(g);
    int end = gl.memberEnd(g);
    // the earliest start, per case, among the group's members on the previous level
    long lateCases = 0;
    if (gl.hasValidityIntervals()) {
      for (long bits = m; bits != 0; bits &= bits - 1) {
        minLo[Long.numberOfTrailingZeros(bits)] = Integer.MAX_VALUE;
      }
      for (int i = start; i < end; i++) {
        long fu = st[gl.member(i) * sw + FRONTIER] & m;
        int from = gl.memberFrom(i);
        if (fu != 0 && from <= w2) {
          int lo = Math.max(w1, from);
          for (long bits = fu; bits != 0; bits &= bits - 1) {
            int b = Long.numberOfTrailingZeros(bits);
            if (lo < minLo[b]) {
              minLo[b] = lo;
            }
          }
        }
      }
      for (long bits = m; bits != 0; bits &= bits - 1) {
        int b = Long.numberOfTrailingZeros(bits);
        if (minLo[b] != w1) {
          lateCases |= 1L << b;
        }
      }
    }
    int plane = planeOf[ord];
    for (int i = start; i < end; i++) {
      int from = gl.memberFrom(i);
      if (from > w2) {
        continue;
      }
      int v = gl.member(i);
      long nb = m & ~st[v * sw + SEEN];
      if (nb == 0) {
        continue;
      }
      reach(v, nb, plane);
      if (from <= w1) {
        st[v * sw + EARLY] |= nb & ~lateCases;
        for (long bits = nb & lateCases; bits != 0; bits &= bits - 1) {
          int b = Long.numberOfTrailingZeros(bits);
          late(v, b, minLo[b]);
        }
      } else {
        for (long bits = nb; bits != 0; bits &= bits - 1) {
          int b = Long.numberOfTrailingZeros(bits);
          late(v, b, Math.max(minLo[b], from));
        }
      }
    }
  }

  private void expandPairwise(GroupLayer gl, int g, int lo, int hi, long f, int plane) {
    for (int i = gl.memberStart(g), ie = gl.memberEnd(g); i < ie; i++) {
      int from = Math.max(lo, gl.memberFrom(i));
      if (from <= Math.min(hi, gl.memberTo(i))) {
        int v = gl.member(i);
        long nb = f & ~state[v * stride + SEEN];
        if (nb != 0) {
          reach(v, nb, plane);
          channel(v, nb, from);
        }
      }
    }
  }

  private List<TraceResult> emit(int[] batch) {
    final long[] st = state;
    final int sw = stride;
    int k = batch.length;
    for (int b = 0; b < k; b++) {
      st[batch[b] * sw + SEEN] &= ~(1L << b); // leaves, for every resident, the cases that reached it
    }
    int m = touched.size;
    int[] vs = Arrays.copyOf(touched.a, m);
    sorter.sort(vs, m);
    int[] count = new int[k];
    for (int v : vs) {
      for (long bits = st[v * sw + SEEN]; bits != 0; bits &= bits - 1) {
        count[Long.numberOfTrailingZeros(bits)]++;
      }
    }
    // pass 1: one packed long per pair (v << 17 | early << 16 | depth << 8 | layers), grouped by
    // case through prefix sums: 64 sequential write streams rather than 4 arrays x 64 cases
    int[] fill = new int[k + 1];
    for (int b = 0; b < k; b++) {
      fill[b + 1] = fill[b] + count[b];
    }
    int total = fill[k];
    if (pairs.length < total) {
      pairs = new long[Math.max(total, pairs.length * 2)];
    }
    final long[] pr = pairs;
    int lc = 0;
    int[] chosen = new int[Layer.COUNT];
    for (int l = 0; l < Layer.COUNT; l++) {
      if (planeOf[l] >= 0) {
        chosen[lc++] = l;
      }
    }
    long[] planes = new long[lc];
    long[] dplanes = new long[depthPlanes];
    for (int v : vs) {
      int x = v * sw;
      long reached = st[x + SEEN];
      if (reached == 0) {
        continue;
      }
      long e = st[x + EARLY];
      // the common case: every case reached v at the same depth, through the same layers, early
      boolean uniform = (e & reached) == reached;
      int lm = 0;
      for (int c = 0; c < lc; c++) {
        long y = st[x + planeOf[chosen[c]]] & reached;
        planes[c] = y;
        if (y == reached) {
          lm |= 1 << chosen[c];
        } else if (y != 0) {
          uniform = false;
        }
      }
      int depth = 0;
      for (int p = 0; p < depthPlanes; p++) {
        long y = st[x + depthBase + p] & reached;
        dplanes[p] = y;
        if (y == reached) {
          depth |= 1 << p;
        } else if (y != 0) {
          uniform = false;
        }
      }
      long vv = (long) v << 17;
      if (uniform) {
        long packed = vv | 1L << 16 | depth << 8 | lm;
        for (long bits = reached; bits != 0; bits &= bits - 1) {
          pr[fill[Long.numberOfTrailingZeros(bits)]++] = packed;
        }
        continue;
      }
      for (long bits = reached; bits != 0; bits &= bits - 1) {
        int b = Long.numberOfTrailingZeros(bits);
        int pm = 0;
        for (int c = 0; c < lc; c++) {
          pm |= (int) (planes[c] >>> b & 1) << chosen[c];
        }
        int pd = 0;
        for (int p = 0; p < depthPlanes; p++) {
          pd |= (int) (dplanes[p] >>> b & 1) << p;
        }
        pr[fill[b]++] = vv | (e >>> b & 1) << 16 | pd << 8 | pm;
      }
    }
    // pass 2: per case, unpack its run of pairs into the result arrays
    List<TraceResult> out = new ArrayList<>(k);
    int from = 0;
    for (int b = 0; b < k; b++) {
      int c = count[b];
      int[] ids = new int[c];
      byte[] depths = new byte[c];
      byte[] layers = new byte[c];
      int[] exps = new int[c];
      for (int i = 0; i < c; i++) {
        long x = pr[from + i];
        int v = (int) (x >>> 17);
        ids[i] = v;
        depths[i] = (byte) (x >>> 8);
        layers[i] = (byte) x;
        exps[i] = (x & 1L << 16) != 0 ? w1 : slots[slotOf[v] + b];
      }
      from += c;
      out.add(new TraceResult(new int[] {batch[b]}, ids, depths, layers, exps));
    }
    return out;
  }

  private void clear() {
    final long[] st = state;
    final int sw = stride;
    int[] tv = touched.a;
    for (int i = 0, m = touched.size; i < m; i++) {
      int v = tv[i];
      Arrays.fill(st, v * sw, v * sw + sw, 0L);
      slotOf[v] = -1;
    }
    touched.clear();
    slotCount = 0;
    int[] tg = touchedGroups.a;
    for (int i = 0, m = touchedGroups.size; i < m; i++) {
      gDone[tg[i]] = 0;
    }
    touchedGroups.clear();
  }
}
