package org.cordon.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cordon.contact.EncounterLayer;
import org.cordon.contact.GroupLayer;

/**
 * Multi-source breadth-first search (MS-BFS, Then et al., VLDB 2015) for up to 64 cases at once:
 * one bit per case in a {@code long} per resident ({@code seen}, {@code frontier}, {@code next})
 * and per group ({@code done}: the cases that already expanded it), so a workplace reached by
 * many cases is scanned once per level for all of them, with word-wide operations.
 *
 * <p>Per (case, contact) the depth, layers and first exposure are kept in a slot of 64 packed
 * {@code long}s per reached resident ({@code exposure << 32 | depth << 8 | layers}). Groups with a
 * membership that ends are expanded pairwise, as in {@link SingleSourceSearch}. Results equal
 * those of {@link SingleSourceSearch} for each case.
 *
 * <p>Not thread-safe: one instance per thread. Cleared after each batch through touched lists.
 */
final class MultiSourceSearch {
  private static final long EMPTY = Long.MIN_VALUE;

  private final Topology t;
  private final long[] seen;
  private final long[] frontier;
  private final long[] next;
  private final int[] slotOf;
  private final long[] gDone;
  private final long[] gPending;
  private long[] slots = new long[64 * 64];
  private int slotCount;
  private final int[] minLo = new int[64];

  private final IntList frontierList = new IntList(256);
  private final IntList nextList = new IntList(256);
  private final IntList touched = new IntList(256);
  private final IntList slotted = new IntList(256);
  private final IntList touchedGroups = new IntList(64);
  private final IntList pendingGroups = new IntList(64);
  private final IntList pendingOrdinal = new IntList(64);

  MultiSourceSearch(Topology t) {
    this.t = t;
    int n = t.residentCount;
    seen = new long[n];
    frontier = new long[n];
    next = new long[n];
    slotOf = new int[n];
    Arrays.fill(slotOf, -1);
    gDone = new long[t.totalGroups];
    gPending = new long[t.totalGroups];
  }

  List<TraceResult> run(int[] batch, int maxDepth, int layerMask, int minMinutes, int w1, int w2) {
    int k = batch.length;
    frontierList.clear();
    for (int b = 0; b < k; b++) {
      int s = batch[b];
      if (seen[s] == 0) {
        touched.add(s);
        frontierList.add(s);
      }
      seen[s] |= 1L << b;
      frontier[s] |= 1L << b;
    }
    final boolean encounters = (layerMask & Topology.ENCOUNTER_BIT) != 0;
    final EncounterLayer enc = t.encounters;
    for (int d = 1; d <= maxDepth && frontierList.size > 0; d++) {
      nextList.clear();
      pendingGroups.clear();
      pendingOrdinal.clear();
      int[] fr = frontierList.a;
      for (int fi = 0, fn = frontierList.size; fi < fn; fi++) {
        int u = fr[fi];
        long f = frontier[u];
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
              expandPairwise(gl, g, lo, hi, f, bit, d);
            }
          }
        }
        if (encounters) {
          for (int i = enc.start(u), ie = enc.end(u); i < ie; i++) {
            int first = enc.firstDay(i);
            if (first <= w2 && enc.lastDay(i) >= w1 && enc.lastsAtLeast(i, minMinutes)) {
              int v = enc.other(i);
              long nb = f & ~seen[v];
              if (nb != 0) {
                record(v, nb, d, Topology.ENCOUNTER_BIT, Math.max(w1, first));
              }
            }
          }
        }
      }
      int[] pg = pendingGroups.a;
      int[] po = pendingOrdinal.a;
      for (int q = 0, qn = pendingGroups.size; q < qn; q++) {
        expandOpen(po[q], pg[q], d, w1, w2);
      }
      // advance the level
      for (int fi = 0, fn = frontierList.size; fi < fn; fi++) {
        frontier[fr[fi]] = 0;
      }
      int[] nx = nextList.a;
      for (int i = 0, nn = nextList.size; i < nn; i++) {
        int v = nx[i];
        seen[v] |= next[v];
        frontier[v] = next[v];
        next[v] = 0;
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

  private void expandOpen(int ord, int g, int d, int w1, int w2) {
    GroupLayer gl = t.groupLayers[ord];
    int gg = t.groupBase[ord] + g;
    long m = gPending[gg];
    gPending[gg] = 0;
    if (gDone[gg] == 0) {
      touchedGroups.add(gg);
    }
    gDone[gg] |= m;
    int start = gl.memberStart(g);
    int end = gl.memberEnd(g);
    for (long bits = m; bits != 0; bits &= bits - 1) {
      minLo[Long.numberOfTrailingZeros(bits)] = Integer.MAX_VALUE;
    }
    for (int i = start; i < end; i++) {
      long fu = frontier[gl.member(i)] & m;
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
    int bit = 1 << ord;
    for (int i = start; i < end; i++) {
      int from = gl.memberFrom(i);
      if (from > w2) {
        continue;
      }
      int v = gl.member(i);
      long nb = m & ~seen[v];
      if (nb != 0) {
        recordEach(v, nb, d, bit, Math.max(w1, from));
      }
    }
  }

  /** Like {@link #record} but the exposure is {@code max(minLo[b], loV)} for each bit. */
  private void recordEach(int v, long nb, int d, int layerBit, int loV) {
    int slot = slotFor(v);
    long nv = next[v];
    if (nv == 0) {
      nextList.add(v);
    }
    next[v] = nv | nb;
    for (long bits = nb; bits != 0; bits &= bits - 1) {
      int b = Long.numberOfTrailingZeros(bits);
      update(slot + b, (nv & (1L << b)) != 0, d, layerBit, Math.max(minLo[b], loV));
    }
  }

  private void expandPairwise(GroupLayer gl, int g, int lo, int hi, long f, int bit, int d) {
    for (int i = gl.memberStart(g), ie = gl.memberEnd(g); i < ie; i++) {
      int from = Math.max(lo, gl.memberFrom(i));
      if (from <= Math.min(hi, gl.memberTo(i))) {
        int v = gl.member(i);
        long nb = f & ~seen[v];
        if (nb != 0) {
          record(v, nb, d, bit, from);
        }
      }
    }
  }

  private void record(int v, long nb, int d, int layerBit, int exp) {
    int slot = slotFor(v);
    long nv = next[v];
    if (nv == 0) {
      nextList.add(v);
    }
    next[v] = nv | nb;
    for (long bits = nb; bits != 0; bits &= bits - 1) {
      int b = Long.numberOfTrailingZeros(bits);
      update(slot + b, (nv & (1L << b)) != 0, d, layerBit, exp);
    }
  }

  private void update(int idx, boolean present, int d, int layerBit, int exp) {
    if (!present) {
      slots[idx] = ((long) exp << 32) | (d << 8) | layerBit;
    } else {
      long x = slots[idx];
      int e = (int) (x >> 32);
      slots[idx] = ((long) Math.min(e, exp) << 32) | ((x & 0xFFFFFFFFL) | layerBit);
    }
  }

  private int slotFor(int v) {
    int s = slotOf[v];
    if (s >= 0) {
      return s;
    }
    s = slotCount * 64;
    if (s + 64 > slots.length) {
      slots = Arrays.copyOf(slots, slots.length * 2);
    }
    Arrays.fill(slots, s, s + 64, EMPTY);
    slotCount++;
    slotOf[v] = s;
    slotted.add(v);
    if (seen[v] == 0) {
      touched.add(v);
    }
    return s;
  }

  private List<TraceResult> emit(int[] batch) {
    int k = batch.length;
    int[] count = new int[k];
    int n = slotted.size;
    int[] vs = Arrays.copyOf(slotted.a, n);
    Arrays.sort(vs);
    for (int v : vs) {
      int s = slotOf[v];
      for (int b = 0; b < k; b++) {
        if (slots[s + b] != EMPTY) {
          count[b]++;
        }
      }
    }
    int[][] ids = new int[k][];
    byte[][] depths = new byte[k][];
    byte[][] layers = new byte[k][];
    int[][] exps = new int[k][];
    for (int b = 0; b < k; b++) {
      ids[b] = new int[count[b]];
      depths[b] = new byte[count[b]];
      layers[b] = new byte[count[b]];
      exps[b] = new int[count[b]];
    }
    int[] fill = new int[k];
    for (int v : vs) {
      int s = slotOf[v];
      for (int b = 0; b < k; b++) {
        long x = slots[s + b];
        if (x != EMPTY) {
          int i = fill[b]++;
          ids[b][i] = v;
          depths[b][i] = (byte) (x >>> 8);
          layers[b][i] = (byte) x;
          exps[b][i] = (int) (x >> 32);
        }
      }
    }
    List<TraceResult> out = new ArrayList<>(k);
    for (int b = 0; b < k; b++) {
      out.add(new TraceResult(new int[] {batch[b]}, ids[b], depths[b], layers[b], exps[b]));
    }
    return out;
  }

  private void clear() {
    int[] tv = touched.a;
    for (int i = 0, n = touched.size; i < n; i++) {
      int v = tv[i];
      seen[v] = 0;
      frontier[v] = 0;
      next[v] = 0;
      slotOf[v] = -1;
    }
    touched.clear();
    slotted.clear();
    slotCount = 0;
    int[] tg = touchedGroups.a;
    for (int i = 0, n = touchedGroups.size; i < n; i++) {
      gDone[tg[i]] = 0;
    }
    touchedGroups.clear();
  }
}
