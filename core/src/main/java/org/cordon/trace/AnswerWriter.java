package org.cordon.trace;

import java.util.Arrays;

/**
 * Writes the answer of a {@link SingleSourceSearch} from its queue as one packed, id-sorted array
 * ({@link TraceResult}), and clears the search's {@code seen} bitmap as it reads it.
 *
 * <p>For a dense answer each queue entry's place is its rank in the {@code seen} bitmap (a prefix
 * popcount per word), so the queue is read in order and nothing per resident is read back; a
 * sparse answer is sorted (insertion for a handful of ids, radix otherwise) and each id's state
 * read back through its queue position. The result is written into reused scratch and copied out
 * ({@link Arrays#copyOf} does not zero first, and the random writes of the dense path land in
 * lines already in the cache).
 *
 * <p>Not thread-safe: one instance per search.
 */
final class AnswerWriter {
  /** Answers shorter than this are sorted by insertion, without reading {@code pos}. */
  static final int SHORT = 32;
  private final IdSort sorter;
  /** Per word of {@code seen}: the set bits in the words before it (the dense path's ranks). */
  private final int[] rank;
  private int[] packed = new int[768];

  /** @param residents the number of residents (ids below it) */
  AnswerWriter(int residents) {
    this.sorter = new IdSort(residents);
    this.rank = new int[(residents + 63) >>> 6];
  }

  /**
   * @param q the queue: {@code ns} sources, then the {@code n} contacts
   * @param qm per queue entry, {@code depth << 8 | layer mask}
   * @param qe per queue entry, the first exposure
   * @param pos per reached resident, its queue index (not read when {@code n < SHORT})
   * @param seen one bit per reached resident (sources included); all zero on return
   * @param ns the number of sources
   * @param n the number of contacts, {@code >= 1}
   * @return {@code 3n} ints as {@link TraceResult} holds them
   */
  int[] write(int[] q, int[] qm, int[] qe, int[] pos, long[] seen, int ns, int n) {
    if (packed.length < 3 * n) {
      packed = new int[Math.max(3 * n, 2 * packed.length)];
    }
    final int[] out = packed;
    if (n >= SHORT && seen.length <= 8 * n) {
      final long[] b = seen;
      for (int i = 0; i < ns; i++) {
        b[q[i] >>> 6] &= ~(1L << q[i]);
      }
      final int[] rk = rank;
      int acc = 0;
      for (int w = 0; w < b.length; w++) {
        rk[w] = acc;
        acc += Long.bitCount(b[w]);
      }
      for (int i = ns, e = ns + n; i < e; i++) {
        int v = q[i];
        int w = v >>> 6;
        int k = rk[w] + Long.bitCount(b[w] & ((1L << v) - 1));
        out[k] = v;
        out[n + k] = qm[i];
        out[2 * n + k] = qe[i];
      }
      Arrays.fill(b, 0L);
      return Arrays.copyOf(out, 3 * n);
    }
    for (int i = 0, e = ns + n; i < e; i++) {
      seen[q[i] >>> 6] = 0;
    }
    if (n < SHORT) {
      // insertion sort of the entries: close-contact answers have a handful of ids
      for (int i = 0; i < n; i++) {
        int v = q[ns + i];
        int m = qm[ns + i];
        int x = qe[ns + i];
        int k = i;
        while (k > 0 && out[k - 1] > v) {
          out[k] = out[k - 1];
          out[n + k] = out[n + k - 1];
          out[2 * n + k] = out[2 * n + k - 1];
          k--;
        }
        out[k] = v;
        out[n + k] = m;
        out[2 * n + k] = x;
      }
      return Arrays.copyOf(out, 3 * n);
    }
    System.arraycopy(q, ns, out, 0, n);
    sorter.sort(out, n);
    for (int i = 0; i < n; i++) {
      int p = pos[out[i]];
      out[n + i] = qm[p];
      out[2 * n + i] = qe[p];
    }
    return Arrays.copyOf(out, 3 * n);
  }
}
