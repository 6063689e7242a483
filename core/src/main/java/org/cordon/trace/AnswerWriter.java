package org.cordon.trace;

import java.util.Arrays;

/**
 * Writes the answer of a {@link SingleSourceSearch} from its queue as one packed, id-sorted array
 * ({@link TraceResult}), and clears the search's {@code seen} bitmap as it reads it.
 *
 * <p>For a dense answer each queue entry's place is its rank in the {@code seen} bitmap (a prefix
 * popcount per word), so the queue is read in order and nothing per resident is read back; it is
 * held narrow, 8 bytes a contact ({@link TraceResult#entry}), when the query's days allow (almost
 * always: {@link Topology#narrowBase}), else written as a sparse one. A sparse answer is sorted
 * (insertion for a handful of ids, radix otherwise) and each id's state read back through its
 * queue position. A sparse result is written into reused scratch and copied out ({@link
 * Arrays#copyOf} does not zero first); a dense one straight into an array of its size (zeroed by
 * the allocation, which brings its lines into the cache before the writes, and whose zero entries
 * tell the places not written yet: measured level with scratch, a {@code -1} fill and a copy, and
 * it needs no scratch of the answer's size; NOTES.md, fifth round). Held narrow, the answer is
 * two thirds of the cold memory and of the writes (NOTES.md, sixth round).
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

  private final Topology topology;

  /**
   * @param m an answer's contacts (or more)
   * @param words the words of a bitmap of all residents
   * @return whether the answer is written dense (each contact placed by its rank in the bitmap)
   *     and held narrow when its days allow: at least {@link #SHORT} contacts, one in 512 residents
   */
  static boolean isDense(int m, int words) {
    return m >= SHORT && words <= 8 * m;
  }

  /** @param t the topology searched (its resident count, and its days for a narrow answer) */
  AnswerWriter(Topology t) {
    this.topology = t;
    this.sorter = new IdSort(t.residentCount);
    this.rank = new int[(t.residentCount + 63) >>> 6];
  }

  /**
   * Writes the answer and leaves the queue's {@code seen} and {@code last} bitmaps all zero.
   *
   * @param r the search's queue: the sources, then at least one contact; the entries from {@link
   *     ReachQueue#levelStart} on are the last level's when {@link ReachQueue#lastLevel}, marked in
   *     {@link ReachQueue#last} only, coded from {@link ReachQueue#lastBase} and repeated when
   *     found more than once (merged here)
   * @param sources the sorted sources when several were traced together, else {@code null}
   * @param source the source (the first one when several)
   * @param maxDepth the query's depth
   * @param w1 the query's window start (epoch day or open)
   * @param w2 the query's window end
   * @return the answer
   */
  TraceResult write(ReachQueue r, int[] sources, int source, int maxDepth, int w1, int w2) {
    return write(r, sources, source, maxDepth, w1, w2, null, 0);
  }

  /**
   * {@link #write(ReachQueue, int[], int, int, int, int)} with contacts found by other searches
   * merged in ({@link SharedHops}): the smaller depth kept, and at the same depth the layers or-ed
   * and the earliest exposure. A dense answer places each part's contacts at their ranks (in id
   * order, so its writes go forward); a sparse one appends them to the queue's last level first.
   *
   * @param parts parts whose entries are coded from the query's {@link Topology#narrowBase}, or
   *     {@code null}
   * @param np how many of {@code parts}
   */
  TraceResult write(ReachQueue r, int[] sources, int source, int maxDepth, int w1, int w2,
      FoundPart[] parts, int np) {
    final int ns = sources == null ? 1 : sources.length;
    final long[] seen = r.seen;
    int m = r.size - ns;
    for (int j = 0; j < np; j++) {
      m += parts[j].n;
    }
    if (isDense(m, seen.length)) {
      // narrow when the query's entries code (only a dense answer asks: close contacts, the
      // simulation's queries, are sparse)
      long base = codeBase(r, maxDepth, w1, w2);
      if (base != Long.MIN_VALUE) {
        int[] out = dense(r, ns, r.lastLevel ? r.levelStart : r.size, (int) base, parts, np, source);
        return new TraceResult(sources, source, out, out.length / 2, true, (int) base);
      }
    }
    if (np > 0) {
      int partBase = (int) codeBase(r, maxDepth, w1, w2); // the parts' (SharedHops checks it codes)
      for (int j = 0; j < np; j++) {
        r.appendFound(parts[j].id, parts[j].en, parts[j].n, source, partBase);
      }
    }
    final int[] q = r.q;
    final int[] qm = r.qm;
    final int[] qe = r.qe;
    int size = r.size;
    final int ls = r.lastLevel ? r.levelStart : size;
    m = size - ns;
    if (packed.length < 3 * m) {
      packed = new int[Math.max(3 * m, 2 * packed.length)];
    }
    final int[] out = packed;
    if (ls < size) {
      r.decodeLastLevel();
      size = mergeLast(r, ls);
    }
    int n = size - ns;
    for (int i = 0; i < size; i++) {
      seen[q[i] >>> 6] = 0;
    }
    if (n < SHORT) {
      // insertion sort of the entries: close-contact answers have a handful of ids
      for (int i = 0; i < n; i++) {
        int v = q[ns + i];
        int mk = qm[ns + i];
        int x = qe[ns + i];
        int k = i;
        while (k > 0 && out[k - 1] > v) {
          out[k] = out[k - 1];
          out[n + k] = out[n + k - 1];
          out[2 * n + k] = out[2 * n + k - 1];
          k--;
        }
        out[k] = v;
        out[n + k] = mk;
        out[2 * n + k] = x;
      }
    } else {
      final int[] pos = r.pos;
      System.arraycopy(q, ns, out, 0, n);
      sorter.sort(out, n);
      for (int i = 0; i < n; i++) {
        int p = pos[out[i]];
        out[n + i] = qm[p];
        out[2 * n + i] = qe[p];
      }
    }
    return new TraceResult(sources, source, Arrays.copyOf(out, 3 * n), n, false, 0);
  }

  /**
   * @return the day coded 1 in the query's entries ({@link TraceResult#entry}): its last level's,
   *     coded by the search from the same query ({@link ReachQueue#lastBase}), else its {@link
   *     Topology#narrowBase}; {@link Long#MIN_VALUE} when they do not code (the depth does not fit
   *     an entry, or the days span too many)
   */
  private long codeBase(ReachQueue r, int maxDepth, int w1, int w2) {
    return r.lastLevel ? r.lastBase : maxDepth < 256 ? topology.narrowBase(w1, w2) : Long.MIN_VALUE;
  }

  /**
   * A dense answer, held narrow: each entry's place is its rank in the bitmap of reached residents
   * (the last level's or-ed in, and {@code last} cleared as it is read), so nothing per resident
   * is read back. A last-level entry whose place is still zero (every written entry is not) is
   * the first found (written), one whose place has an entry a repeat (merged into it). This
   * replaces clearing the entry's {@code last} bit: that read-modify-write of a word shared by
   * consecutive ids chained each entry to the one before through a store
   * (benchmarks/results/issue23-trace/NOTES.md, fifth round). The parts' contacts are marked in
   * the bitmap first and placed the same way, after the queue's, merged at any depth ({@link
   * TraceResult#combine}: a part's contact may be nearer the case than the search found it); the
   * queue's own repeats are all on its last level, at one depth ({@link TraceResult#merge}).
   *
   * @param base the day coded 1 ({@link TraceResult#entry})
   * @param parts contacts found by other searches ({@link SharedHops}), or {@code null}
   * @param np how many of {@code parts}
   * @param source the case, left out of the parts
   * @return {@code 2n} ints, the ids and the entries
   */
  private int[] dense(ReachQueue r, int ns, int ls, int base, FoundPart[] parts, int np, int source) {
    final int[] q = r.q;
    final int[] qm = r.qm;
    final int[] qe = r.qe;
    final long[] b = r.seen;
    final long[] lb = r.last;
    final int size = r.size;
    for (int j = 0; j < np; j++) {
      final int[] ids = parts[j].id;
      for (int i = 0, e = parts[j].n; i < e; i++) {
        b[ids[i] >>> 6] |= 1L << ids[i];
      }
    }
    for (int i = 0; i < ns; i++) {
      b[q[i] >>> 6] &= ~(1L << q[i]);
    }
    final int[] rk = rank;
    int acc = 0;
    if (ls < size) {
      for (int w = 0; w < b.length; w++) {
        rk[w] = acc;
        long x = b[w] | lb[w];
        b[w] = x;
        lb[w] = 0L;
        acc += Long.bitCount(x);
      }
    } else {
      for (int w = 0; w < b.length; w++) {
        rk[w] = acc;
        acc += Long.bitCount(b[w]);
      }
    }
    final int n = acc;
    final int[] out = new int[2 * n];
    for (int i = ns; i < ls; i++) {
      int v = q[i];
      int w = v >>> 6;
      int k = rk[w] + Long.bitCount(b[w] & ((1L << v) - 1));
      out[k] = v;
      out[n + k] = TraceResult.entry(qm[i], qe[i], base);
    }
    for (int i = ls; i < size; i++) {
      int v = q[i];
      int w = v >>> 6;
      int k = rk[w] + Long.bitCount(b[w] & ((1L << v) - 1));
      int x = qm[i]; // coded from base by the search (ReachQueue#lastLevel)
      int o = out[n + k];
      if (o == 0) {
        out[k] = v;
        out[n + k] = x;
      } else {
        out[n + k] = TraceResult.merge(o, x); // a repeat on the last level: the same depth
      }
    }
    for (int j = 0; j < np; j++) {
      final int[] ids = parts[j].id;
      final int[] en = parts[j].en;
      for (int i = 0, e = parts[j].n; i < e; i++) {
        int v = ids[i];
        if (v == source) {
          continue;
        }
        int w = v >>> 6;
        int k = rk[w] + Long.bitCount(b[w] & ((1L << v) - 1));
        int o = out[n + k];
        out[k] = v;
        out[n + k] = o == 0 ? en[i] : TraceResult.combine(o, en[i]);
      }
    }
    Arrays.fill(b, 0L);
    return out;
  }

  /**
   * Merges the repeated last-level entries of a sparse answer in place (the first of each kept,
   * the layers or-ed into it and the earliest exposure kept), writing {@code pos} for the kept
   * ones and clearing their {@code last} bits. An entry of a part found by another search ({@link
   * ReachQueue#appendFound}) may repeat a contact found nearer or further: the smaller depth wins.
   *
   * @return the queue length after merging
   */
  private static int mergeLast(ReachQueue r, int ls) {
    final int[] q = r.q;
    final int[] qm = r.qm;
    final int[] qe = r.qe;
    final long[] lb = r.last;
    final int[] pos = r.pos;
    int j = ls;
    for (int i = ls, e = r.size; i < e; i++) {
      int v = q[i];
      int w = v >>> 6;
      long bit = 1L << v;
      if ((lb[w] & bit) != 0) {
        lb[w] &= ~bit;
        pos[v] = j;
        q[j] = v;
        qm[j] = qm[i];
        qe[j] = qe[i];
        j++;
      } else {
        int p = pos[v];
        int dp = qm[p] >>> 8;
        int di = qm[i] >>> 8;
        if (di < dp) {
          qm[p] = qm[i];
          qe[p] = qe[i];
        } else if (di == dp) {
          qm[p] |= qm[i];
          qe[p] = Math.min(qe[p], qe[i]);
        }
      }
    }
    return j;
  }
}
