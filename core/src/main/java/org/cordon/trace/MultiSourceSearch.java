package org.cordon.trace;

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
 * a resident, one or two cache lines), so reaching a resident costs one cache miss, not ten. Only
 * "late" exposures (after the window's first day) are stored per pair ({@link LateExposures}). Groups with a membership that ends are expanded pairwise,
 * as in {@link SingleSourceSearch}. Results equal those of {@link SingleSourceSearch} for each case.
 *
 * <p>Not thread-safe: one instance per thread. Cleared after each batch through touched lists.
 */
final class MultiSourceSearch {
  static final int SEEN = 0;
  private static final int FRONTIER = 1;
  private static final int NEXT = 2;
  static final int EARLY = 3;
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
  private final LateExposures lates;
  private final long[] gDone;
  private final long[] gPending;
  private final int[] minLo = new int[64];
  private final MultiSourceEmit emitter;
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
    lates = new LateExposures(n);
    gDone = new long[t.totalGroups];
    gPending = new long[t.totalGroups];
    emitter = new MultiSourceEmit(n);
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
    lates.reset(k);
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
    List<TraceResult> out = emitter.emit(state, stride, planeOf, depthBase, depthPlanes, touched, lates, w1, batch);
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
        lates.offer(v, Long.numberOfTrailingZeros(bits), exposure);
      }
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
          lates.offer(v, b, minLo[b]);
        }
      } else {
        for (long bits = nb; bits != 0; bits &= bits - 1) {
          int b = Long.numberOfTrailingZeros(bits);
          lates.offer(v, b, Math.max(minLo[b], from));
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

  private void clear() {
    final long[] st = state;
    final int sw = stride;
    int[] tv = touched.a;
    for (int i = 0, m = touched.size; i < m; i++) {
      int v = tv[i];
      Arrays.fill(st, v * sw, v * sw + sw, 0L);
      lates.clear(v);
    }
    touched.clear();
    int[] tg = touchedGroups.a;
    for (int i = 0, m = touchedGroups.size; i < m; i++) {
      gDone[tg[i]] = 0;
    }
    touchedGroups.clear();
  }
}
