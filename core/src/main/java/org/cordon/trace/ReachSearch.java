package org.cordon.trace;

import java.util.Arrays;
import org.cordon.contact.EncounterLayer;
import org.cordon.contact.GroupLayer;

/**
 * Which cases reach which, within k steps: a reachability-only multi-source breadth-first search
 * (MS-BFS, Then et al., VLDB 2015) for up to 64 sources at once, one bit per source in a {@code
 * long} per resident ({@code seen}, {@code frontier}, {@code next}, side by side) and per group
 * ({@code done}, {@code pending}). It follows the same links as {@link SingleSourceSearch} (the
 * same window and duration rules, open-ended groups expanded once per source, other groups
 * pairwise) but keeps no depth, layer or exposure: what {@link ContactTracer#clusters} needs.
 *
 * <p>Not thread-safe: one instance per thread. Cleared after each batch through touched lists.
 */
final class ReachSearch {
  private static final int SEEN = 0;
  private static final int FRONTIER = 1;
  private static final int NEXT = 2;
  private static final int STRIDE = 3;

  private final Topology t;
  private long[] st = new long[0];
  private final long[] gDone;
  private final long[] gPending;
  private final IntList frontier = new IntList(256);
  private final IntList next = new IntList(256);
  private final IntList touched = new IntList(256);
  private final IntList touchedGroups = new IntList(64);
  private final IntList pendingGroups = new IntList(64);

  ReachSearch(Topology t) {
    this.t = t;
    gDone = new long[t.totalGroups];
    gPending = new long[t.totalGroups];
  }

  /**
   * @param sources up to 64 distinct cases; bit {@code b} is {@code sources[b]}
   * @param targets residents whose reachers are wanted
   * @param out for each target, the bits of the sources that reach it within {@code maxDepth}
   *     steps (a source does not reach itself at depth 0)
   */
  void reachers(int[] sources, int maxDepth, int layerMask, int minMinutes, int w1, int w2, int[] targets, long[] out) {
    if (st.length == 0) {
      st = new long[STRIDE * t.residentCount]; // made on the first use
    }
    frontier.clear();
    for (int b = 0; b < sources.length; b++) {
      int x = STRIDE * sources[b];
      if (st[x + SEEN] == 0) {
        touched.add(sources[b]);
        frontier.add(sources[b]);
      }
      st[x + SEEN] |= 1L << b;
      st[x + FRONTIER] |= 1L << b;
    }
    final boolean encounters = (layerMask & Topology.ENCOUNTER_BIT) != 0;
    final EncounterLayer enc = t.encounters;
    for (int d = 1; d <= maxDepth && frontier.size > 0; d++) {
      next.clear();
      pendingGroups.clear();
      int[] fr = frontier.a;
      for (int fi = 0, fn = frontier.size; fi < fn; fi++) {
        int u = fr[fi];
        long f = st[STRIDE * u + FRONTIER];
        for (int ord : t.groupOrdinals) {
          if ((layerMask >>> ord & 1) == 0) {
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
                  pendingGroups.add(ord);
                  pendingGroups.add(g);
                }
                gPending[gg] |= p;
              }
            } else {
              for (int i = gl.memberStart(g), ie = gl.memberEnd(g); i < ie; i++) {
                if (Math.max(lo, gl.memberFrom(i)) <= Math.min(hi, gl.memberTo(i))) {
                  reach(gl.member(i), f);
                }
              }
            }
          }
        }
        if (encounters) {
          for (int i = enc.start(u), ie = enc.end(u); i < ie; i++) {
            if (enc.firstDay(i) <= w2 && enc.lastDay(i) >= w1 && enc.lastsAtLeast(i, minMinutes)) {
              reach(enc.other(i), f);
            }
          }
        }
      }
      int[] pg = pendingGroups.a;
      for (int k = 0, kn = pendingGroups.size; k < kn; k += 2) {
        int ord = pg[k];
        int g = pg[k + 1];
        GroupLayer gl = t.groupLayers[ord];
        int gg = t.groupBase[ord] + g;
        long m = gPending[gg];
        gPending[gg] = 0;
        if (gDone[gg] == 0) {
          touchedGroups.add(gg);
        }
        gDone[gg] |= m;
        for (int i = gl.memberStart(g), ie = gl.memberEnd(g); i < ie; i++) {
          if (gl.memberFrom(i) <= w2) {
            reach(gl.member(i), m);
          }
        }
      }
      for (int fi = 0, fn = frontier.size; fi < fn; fi++) {
        st[STRIDE * fr[fi] + FRONTIER] = 0;
      }
      int[] nx = next.a;
      for (int i = 0, nn = next.size; i < nn; i++) {
        int x = STRIDE * nx[i];
        long m = st[x + NEXT];
        st[x + SEEN] |= m;
        st[x + FRONTIER] = m;
        st[x + NEXT] = 0;
      }
      frontier.a = next.a;
      frontier.size = next.size;
      next.a = fr;
      next.size = 0;
    }
    for (int i = 0; i < targets.length; i++) {
      out[i] = st[STRIDE * targets[i] + SEEN];
    }
    for (int b = 0; b < sources.length; b++) {
      int i = Arrays.binarySearch(targets, sources[b]);
      if (i >= 0) {
        out[i] &= ~(1L << b);
      }
    }
    clear();
  }

  /** Marks the bits of {@code bits} not yet seen at {@code v} as reached on this level. */
  private void reach(int v, long bits) {
    int x = STRIDE * v;
    long nb = bits & ~st[x + SEEN];
    if (nb == 0) {
      return;
    }
    long nv = st[x + NEXT];
    if (nv == 0) {
      if (st[x + SEEN] == 0) {
        touched.add(v);
      }
      next.add(v);
    }
    st[x + NEXT] = nv | nb;
  }

  private void clear() {
    int[] tv = touched.a;
    for (int i = 0, m = touched.size; i < m; i++) {
      int x = STRIDE * tv[i];
      st[x + SEEN] = 0;
      st[x + FRONTIER] = 0;
      st[x + NEXT] = 0;
    }
    touched.clear();
    int[] tg = touchedGroups.a;
    for (int i = 0, m = touchedGroups.size; i < m; i++) {
      gDone[tg[i]] = 0;
    }
    touchedGroups.clear();
  }
}
