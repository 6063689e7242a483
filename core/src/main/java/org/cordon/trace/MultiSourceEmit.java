package org.cordon.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cordon.contact.Layer;

/**
 * Turns the bit planes of a finished {@link MultiSourceSearch} batch into one {@link
 * TraceResult} per case: the reached residents in id order, then one packed {@code long} per
 * (case, contact) pair grouped by case through prefix sums, then each case's run unpacked into
 * its result. A resident reached by every case at the same depth, through the same layers and
 * early (the common case) is encoded once for all of them. Not thread-safe: one per search.
 */
final class MultiSourceEmit {
  private final IdSort sorter;
  private long[] pairs = new long[1024];

  /** @param residents residents of the community */
  MultiSourceEmit(int residents) {
    sorter = new IdSort(residents);
  }

  /**
   * @param st the search's per-resident words, {@code sw} a resident
   * @param touched the residents with state, in any order
   * @return one result per case of {@code batch}
   */
  List<TraceResult> emit(long[] st, int sw, int[] planeOf, int depthBase, int depthPlanes, IntList touched,
      LateExposures lates, int w1, int[] batch) {
    int k = batch.length;
    for (int b = 0; b < k; b++) {
      st[batch[b] * sw + MultiSourceSearch.SEEN] &= ~(1L << b); // leaves, for every resident, the cases that reached it
    }
    int m = touched.size;
    int[] vs = Arrays.copyOf(touched.a, m);
    sorter.sort(vs, m);
    int[] count = new int[k];
    for (int v : vs) {
      for (long bits = st[v * sw + MultiSourceSearch.SEEN]; bits != 0; bits &= bits - 1) {
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
      long reached = st[x + MultiSourceSearch.SEEN];
      if (reached == 0) {
        continue;
      }
      long e = st[x + MultiSourceSearch.EARLY];
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
    // pass 2: per case, unpack its run of pairs into its packed result
    List<TraceResult> out = new ArrayList<>(k);
    int from = 0;
    for (int b = 0; b < k; b++) {
      int c = count[b];
      int[] packed = new int[3 * c];
      for (int i = 0; i < c; i++) {
        long x = pr[from + i];
        int v = (int) (x >>> 17);
        packed[i] = v;
        packed[c + i] = (int) (x & 0xFFFF);
        packed[2 * c + i] = (x & 1L << 16) != 0 ? w1 : lates.get(v, b);
      }
      from += c;
      out.add(c == 0 ? TraceResult.empty(new int[] {batch[b]}) : new TraceResult(batch[b], packed, c));
    }
    return out;
  }

}
