package org.cordon.trace;

import java.util.Arrays;
import org.cordon.contact.EncounterLayer;
import org.cordon.contact.GroupLayer;
import org.cordon.contact.Layer;

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
 * <p>The reached residents go into one queue in the order found (the sources first), so each
 * level's frontier is a range of it. The result is written into one packed array ({@link
 * TraceResult}): ids in order from a bitmap scan when the answer is dense (a bit per resident,
 * cleared as it is read), from a radix sort otherwise.
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
  /** Per global group {@code gg}: {@code gs[3gg]} stamp, {@code +1} level, {@code +2} earliest start. */
  private final int[] gs;
  private int epoch;
  private final IdSort sorter;
  /** One bit per resident, all zero between queries. */
  private final long[] bits;
  /** The sources, then every reached resident in the order found. */
  private int[] q = new int[256];
  private int size;
  private int[] pending = new int[32];
  private final int[][] ordsByMask = new int[1 << Layer.COUNT][];

  SingleSourceSearch(Topology t) {
    this.t = t;
    int n = t.residentCount;
    this.vs = new int[4 * n];
    this.gs = new int[3 * t.totalGroups];
    this.bits = new long[(n + 63) >>> 6];
    this.sorter = new IdSort(n);
  }

  /**
   * @param source a case id (at depth 0)
   * @param maxDepth {@code >= 1}
   * @param layerMask layers that count
   * @param minMinutes minimum encounter minutes
   * @param w1 window start (epoch day or open)
   * @param w2 window end
   */
  TraceResult run(int source, int maxDepth, int layerMask, int minMinutes, int w1, int w2) {
    int ep = nextEpoch();
    q[0] = source;
    vs[4 * source] = ep;
    vs[4 * source + 1] = 0;
    size = 1;
    search(1, maxDepth, layerMask, minMinutes, w1, w2, ep);
    int n = size - 1;
    return n == 0 ? TraceResult.empty(new int[] {source}) : new TraceResult(source, emit(1, n), n);
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
    int ep = nextEpoch();
    int ns = sources.length;
    ensure(ns);
    for (int i = 0; i < ns; i++) {
      int s = sources[i];
      q[i] = s;
      vs[4 * s] = ep;
      vs[4 * s + 1] = 0;
    }
    size = ns;
    search(ns, maxDepth, layerMask, minMinutes, w1, w2, ep);
    int n = size - ns;
    return n == 0 ? TraceResult.empty(sources) : new TraceResult(sources, emit(ns, n), n);
  }

  private int nextEpoch() {
    if (++epoch == 0) {
      Arrays.fill(vs, 0);
      Arrays.fill(gs, 0);
      epoch = 1;
    }
    return epoch;
  }

  private int[] ords(int layerMask) {
    int[] o = ordsByMask[layerMask & ((1 << Layer.COUNT) - 1)];
    if (o == null) {
      int[] all = new int[t.groupOrdinals.length];
      int k = 0;
      for (int ord : t.groupOrdinals) {
        if ((layerMask >>> ord & 1) != 0) {
          all[k++] = ord;
        }
      }
      o = Arrays.copyOf(all, k);
      ordsByMask[layerMask & ((1 << Layer.COUNT) - 1)] = o;
    }
    return o;
  }

  private void search(int ns, int maxDepth, int layerMask, int minMinutes, int w1, int w2, int ep) {
    final int[] ords = ords(layerMask);
    final boolean encounters = (layerMask & Topology.ENCOUNTER_BIT) != 0;
    final EncounterLayer enc = t.encounters;
    final int[] g3 = gs;
    int head = 0;
    int tail = ns;
    for (int d = 1; d <= maxDepth && head < tail; d++) {
      int np = 0;
      for (int fi = head; fi < tail; fi++) {
        int u = q[fi];
        for (int ord : ords) {
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
              int x = 3 * (base + g);
              if (g3[x] != ep) {
                g3[x] = ep;
                g3[x + 1] = d;
                g3[x + 2] = lo;
                if (np + 2 > pending.length) {
                  pending = Arrays.copyOf(pending, pending.length * 2);
                }
                pending[np++] = g;
                pending[np++] = ord;
              } else if (g3[x + 1] == d && lo < g3[x + 2]) {
                g3[x + 2] = lo;
              }
            } else {
              expandPairwise(gl, g, lo, hi, 1 << ord, d, ep);
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
      for (int k = 0; k < np; k += 2) {
        int g = pending[k];
        int ord = pending[k + 1];
        expandOpen(t.groupLayers[ord], g, g3[3 * (t.groupBase[ord] + g) + 2], 1 << ord, d, w2, ep);
      }
      head = tail;
      tail = size;
    }
  }

  /** Reaches every member of an open-ended group that is present by {@code w2}. */
  private void expandOpen(GroupLayer gl, int g, int minLo, int bit, int d, int w2, int ep) {
    int i0 = gl.memberStart(g);
    int ie = gl.memberEnd(g);
    ensure(size + ie - i0);
    final int[] a = vs;
    final int[] qq = q;
    final int db = d << 8 | bit;
    int sz = size;
    for (int i = i0; i < ie; i++) {
      int from = gl.memberFrom(i);
      if (from > w2) {
        continue;
      }
      int v = gl.member(i);
      int x = v << 2;
      int e = Math.max(minLo, from);
      if (a[x] != ep) {
        a[x] = ep;
        a[x + 1] = db;
        a[x + 2] = e;
        qq[sz++] = v;
      } else {
        int m = a[x + 1];
        if ((m >>> 8) == d) {
          a[x + 1] = m | bit;
          if (e < a[x + 2]) {
            a[x + 2] = e;
          }
        }
      }
    }
    size = sz;
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
      ensure(size + 1);
      q[size++] = v;
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

  private void ensure(int capacity) {
    if (capacity > q.length) {
      q = Arrays.copyOf(q, Math.max(capacity, q.length * 2));
    }
  }

  /** The {@code n} residents found after the {@code ns} sources, sorted, packed with their state. */
  private int[] emit(int ns, int n) {
    int[] out = new int[3 * n];
    final int[] qq = q;
    if (n < 32) {
      // insertion sort: close-contact answers have a handful of ids
      for (int i = 0; i < n; i++) {
        int v = qq[ns + i];
        int k = i;
        while (k > 0 && out[k - 1] > v) {
          out[k] = out[k - 1];
          k--;
        }
        out[k] = v;
      }
    } else if (bits.length <= 8 * n) {
      final long[] b = bits;
      for (int i = ns, e = ns + n; i < e; i++) {
        int v = qq[i];
        b[v >>> 6] |= 1L << v;
      }
      int k = 0;
      for (int w = 0; w < b.length; w++) {
        long x = b[w];
        if (x != 0) {
          b[w] = 0;
          int hi = w << 6;
          do {
            out[k++] = hi | Long.numberOfTrailingZeros(x);
            x &= x - 1;
          } while (x != 0);
        }
      }
    } else {
      System.arraycopy(qq, ns, out, 0, n);
      sorter.sort(out, n);
    }
    final int[] a = vs;
    for (int i = 0; i < n; i++) {
      int x = out[i] << 2;
      out[n + i] = a[x + 1];
      out[2 * n + i] = a[x + 2];
    }
    return out;
  }
}
