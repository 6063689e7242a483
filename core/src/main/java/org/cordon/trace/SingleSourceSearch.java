package org.cordon.trace;

import java.util.Arrays;
import org.cordon.contact.EncounterLayer;
import org.cordon.contact.GroupLayer;

/**
 * A level-synchronous breadth-first search from one case (or several traced as one), over group
 * memberships and encounters, with per-thread scratch: {@code int[]} epoch stamps for residents
 * and for groups, so nothing is cleared between queries and each group is expanded at most once
 * per query.
 *
 * <p>Why once is enough: a group whose memberships all have no last day ({@link
 * GroupLayer#isOpenEnded(int)}; a first day, like a returnee's arrival, is fine) links every
 * member active in the window to every other, so the first level that reaches it finds all its
 * members. Its first exposure for a member {@code v} is {@code max(window start, earliest start
 * among the group's members on the previous level, v's start)}. A group with a membership that
 * ends (a resident who moved out) is expanded pairwise from each member on the previous level
 * instead, which is exact but costs the group's size per such member.
 *
 * <p>Not thread-safe: one instance per thread.
 */
final class SingleSourceSearch {
  private final Topology t;
  /**
   * Per resident {@code v}, side by side in one cache line: {@code vs[4v]} the epoch stamp,
   * {@code vs[4v+1]} depth << 8 | layer mask and {@code vs[4v+2]} the first exposure, valid when
   * the stamp equals the query's epoch.
   */
  private final int[] vs;
  private final int[] gStamp;
  private final int[] gLevel;
  private final int[] gMinLo;
  private int epoch;
  private final IdSort sorter;

  private IntList frontier;
  private IntList next;
  private final IntList found;
  private final IntList pendingGroups;
  private final IntList pendingOrdinal;

  SingleSourceSearch(Topology t) {
    this.t = t;
    int n = t.residentCount;
    this.vs = new int[4 * n];
    this.gStamp = new int[t.totalGroups];
    this.gLevel = new int[t.totalGroups];
    this.gMinLo = new int[t.totalGroups];
    this.frontier = new IntList(64);
    this.next = new IntList(64);
    this.found = new IntList(64);
    this.pendingGroups = new IntList(16);
    this.pendingOrdinal = new IntList(16);
    this.sorter = new IdSort(n);
  }

  /**
   * @param sources distinct case ids, sorted (all at depth 0)
   * @param maxDepth {@code >= 1}
   * @param layerMask layers that count
   * @param minMinutes minimum encounter minutes
   * @param w1 window start (epoch day or open)
   * @param w2 window end
   */
  TraceResult run(int[] sources, int maxDepth, int layerMask, int minMinutes, int w1, int w2) {
    if (++epoch == 0) {
      Arrays.fill(vs, 0);
      Arrays.fill(gStamp, 0);
      epoch = 1;
    }
    final int ep = epoch;
    frontier.clear();
    found.clear();
    for (int s : sources) {
      vs[4 * s] = ep;
      vs[4 * s + 1] = 0;
      frontier.add(s);
    }
    final boolean encounters = (layerMask & Topology.ENCOUNTER_BIT) != 0;
    final EncounterLayer enc = t.encounters;
    for (int d = 1; d <= maxDepth && frontier.size > 0; d++) {
      next.clear();
      pendingGroups.clear();
      pendingOrdinal.clear();
      int[] fr = frontier.a;
      for (int fi = 0, fn = frontier.size; fi < fn; fi++) {
        int u = fr[fi];
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
              if (gStamp[gg] != ep) {
                gStamp[gg] = ep;
                gLevel[gg] = d;
                gMinLo[gg] = lo;
                pendingGroups.add(g);
                pendingOrdinal.add(ord);
              } else if (gLevel[gg] == d && lo < gMinLo[gg]) {
                gMinLo[gg] = lo;
              }
            } else {
              expandPairwise(gl, g, lo, hi, bit, d, ep);
            }
          }
        }
        if (encounters) {
          for (int i = enc.start(u), ie = enc.end(u); i < ie; i++) {
            int f = enc.firstDay(i);
            if (f <= w2 && enc.lastDay(i) >= w1 && enc.lastsAtLeast(i, minMinutes)) {
              relax(enc.other(i), d, Topology.ENCOUNTER_BIT, Math.max(w1, f), ep);
            }
          }
        }
      }
      int[] pg = pendingGroups.a;
      int[] po = pendingOrdinal.a;
      for (int k = 0, kn = pendingGroups.size; k < kn; k++) {
        int ord = po[k];
        int g = pg[k];
        GroupLayer gl = t.groupLayers[ord];
        int minLo = gMinLo[t.groupBase[ord] + g];
        int bit = 1 << ord;
        for (int i = gl.memberStart(g), ie = gl.memberEnd(g); i < ie; i++) {
          int from = gl.memberFrom(i);
          if (from > w2) {
            continue;
          }
          relax(gl.member(i), d, bit, Math.max(minLo, from), ep);
        }
      }
      IntList swap = frontier;
      frontier = next;
      next = swap;
    }
    return emit(sources);
  }

  private void expandPairwise(GroupLayer gl, int g, int lo, int hi, int bit, int d, int ep) {
    for (int i = gl.memberStart(g), ie = gl.memberEnd(g); i < ie; i++) {
      int f = Math.max(lo, gl.memberFrom(i));
      if (f <= Math.min(hi, gl.memberTo(i))) {
        relax(gl.member(i), d, bit, f, ep);
      }
    }
  }

  private void relax(int v, int d, int bit, int exp, int ep) {
    final int[] a = vs;
    int x = 4 * v;
    if (a[x] != ep) {
      a[x] = ep;
      a[x + 1] = d << 8 | bit;
      a[x + 2] = exp;
      next.add(v);
      found.add(v);
    } else {
      int m = a[x + 1];
      if ((m >>> 8) == d) {
        a[x + 1] = m | bit;
        if (exp < a[x + 2]) {
          a[x + 2] = exp;
        }
      }
    }
  }

  private TraceResult emit(int[] sources) {
    int n = found.size;
    if (n == 0) {
      return TraceResult.empty(sources);
    }
    int[] ids = Arrays.copyOf(found.a, n);
    sorter.sort(ids, n);
    byte[] depths = new byte[n];
    byte[] layers = new byte[n];
    int[] exp = new int[n];
    final int[] a = vs;
    for (int i = 0; i < n; i++) {
      int x = 4 * ids[i];
      int m = a[x + 1];
      depths[i] = (byte) (m >>> 8);
      layers[i] = (byte) m;
      exp[i] = a[x + 2];
    }
    return new TraceResult(sources, ids, depths, layers, exp);
  }
}
