package org.cordon.trace;

import java.util.Arrays;
import org.cordon.contact.GroupLayer;

/**
 * The residents a {@link SingleSourceSearch} has reached, laid out for the cache: one bit per
 * resident ({@code seen}, 125 KB at 1,000,000 residents, so it stays in L2) checked on every visit;
 * for reached residents only, the index of their entry in the queue ({@code pos}); and the queue
 * itself, the sources first and then every reached resident in the order found, with what a
 * contact carries (depth, layers, first exposure) next to its id, written sequentially. Each
 * level's frontier is a range of the queue, and a resident met again on the level that found it
 * (through a second layer) is updated in place. Nothing is cleared between queries but the bits
 * that were set ({@link AnswerWriter} clears them as it reads them).
 *
 * <p>Not thread-safe: one instance per search.
 */
final class ReachQueue {
  /** The queue length up to which a close-contact query does not write {@link #pos}. */
  private static final int SHORT = AnswerWriter.SHORT;
  /** One bit per resident: reached in this query. All zero between queries. */
  final long[] seen;
  /**
   * One bit per resident: reached on the last level of a deep query ({@link #startLastLevel()}),
   * where {@code seen} is not set. All zero between queries ({@link AnswerWriter} clears it).
   */
  final long[] last;
  /** Per reached resident (its {@code seen} bit set): the index of its entry in the queue. */
  final int[] pos;
  /** The sources, then every reached resident in the order found. */
  int[] q = new int[256];
  /**
   * Per queue entry: {@code depth << 8 | layer mask}; on the last level of a deep query ({@link
   * #lastLevel}), the contact's {@link TraceResult#entry} coded from {@link #lastBase} instead.
   */
  int[] qm = new int[256];
  /** Per queue entry before the last level of a deep query: the first exposure. */
  int[] qe = new int[256];
  int size;
  /** The first queue index of the level being found. */
  int levelStart;
  /**
   * Whether {@link #pos} holds the queue index of every entry. A close-contact query leaves it
   * unwritten while the queue is short (a repeat is found by scanning the queue, and the writer
   * sorts short answers without it): at 1,000,000 residents each write is a cache miss.
   */
  boolean posWritten;
  /**
   * Whether the level being found is the last of a deep query: it is never expanded, so a
   * resident found on it is marked in {@link #last} and appended, with no {@link #pos} write (at
   * 1,000,000 residents a cache miss per household) and no look-up when it is found again on the
   * level: the repeat is appended too, and {@link AnswerWriter} merges the entries (the layers
   * or-ed, the earliest exposure kept), as the in-place update of an earlier level would. Its
   * entries are held in {@link #qm} alone, coded ({@link TraceResult#entry}) from {@link
   * #lastBase}: one store a contact less in the search, and the dense writer places them as they
   * are (NOTES.md, tenth round). A query whose days do not code ({@link Topology#narrowBase})
   * finds its last level as it finds the others.
   */
  boolean lastLevel;
  /** The day coded 1 in the last level's entries ({@link #lastLevel}). */
  int lastBase;

  /** @param residents the number of residents (ids below it) */
  ReachQueue(int residents) {
    this.seen = new long[(residents + 63) >>> 6];
    this.last = new long[seen.length];
    this.pos = new int[residents];
  }

  /**
   * Starts a query from sources at depth 0.
   *
   * @param sources distinct case ids
   * @param count how many of them
   * @param writePos whether to keep {@link #pos} from the start (every query but a close-contact
   *     one)
   */
  void start(int[] sources, int count, boolean writePos) {
    ensure(count);
    for (int i = 0; i < count; i++) {
      int s = sources[i];
      q[i] = s;
      qm[i] = 0;
      seen[s >>> 6] |= 1L << s;
      if (writePos) {
        pos[s] = i;
      }
    }
    size = count;
    levelStart = count;
    posWritten = writePos;
    lastLevel = false;
  }

  /**
   * Starts a query from one source at depth 0, with {@link #pos} not kept (see {@link
   * #writePos()}).
   *
   * @param source a case id
   */
  void start(int source) {
    q[0] = source;
    qm[0] = 0;
    seen[source >>> 6] |= 1L << source;
    size = 1;
    levelStart = 1;
    posWritten = false;
    lastLevel = false;
  }

  /**
   * Marks the level being found ({@link #levelStart} set) as the last of a deep query (see {@link
   * #lastLevel}); {@link #pos} must be kept.
   *
   * @param base the query's {@link Topology#narrowBase}, which codes each of its days
   */
  void startLastLevel(int base) {
    lastLevel = true;
    lastBase = base;
  }

  /**
   * Turns the last level's coded entries back into {@code depth << 8 | layer mask} in {@link #qm}
   * and the first exposure in {@link #qe}, as the earlier levels hold them (the sparse writer's
   * layout).
   */
  void decodeLastLevel() {
    final int base = lastBase;
    for (int i = levelStart; i < size; i++) {
      int x = qm[i];
      qm[i] = x >>> 16;
      qe[i] = TraceResult.day(x, base);
    }
  }

  /** Keeps {@link #pos} from now on (a close-contact query that takes the general path). */
  void writePos() {
    if (!posWritten) {
      for (int i = 0; i < size; i++) {
        pos[q[i]] = i;
      }
      posWritten = true;
    }
  }

  /** Reaches {@code v} at depth {@code d} through layer bit {@code bit}, first exposed on {@code exp}. */
  void reach(int v, int d, int bit, int exp) {
    int w = v >>> 6;
    long b = 1L << v;
    if (lastLevel) {
      if ((seen[w] & b) == 0) {
        last[w] |= b;
        ensure(size + 1);
        q[size] = v;
        qm[size] = TraceResult.entry(d << 8 | bit, exp, lastBase);
        size++;
      }
      return;
    }
    if ((seen[w] & b) == 0) {
      seen[w] |= b;
      ensure(size + 1);
      if (size == SHORT) {
        writePos();
      }
      if (posWritten) {
        pos[v] = size;
      }
      q[size] = v;
      qm[size] = d << 8 | bit;
      qe[size] = exp;
      size++;
    } else {
      int p = posWritten ? pos[v] : indexOf(v);
      if (p >= levelStart) {
        qm[p] |= bit;
        if (exp < qe[p]) {
          qe[p] = exp;
        }
      }
    }
  }

  private int indexOf(int v) {
    int p = 0;
    while (q[p] != v) {
      p++;
    }
    return p;
  }

  /**
   * Reaches the residents {@code first..end-1} of a group laid out as a run of ids ({@link
   * Topology#run(int)}): each at the later of {@code lo} and its own first day, unless that is
   * after {@code w2}. The members are reached by the member loops of {@link RunExpansion} (the
   * queue in locals, one capacity check a group: measured 1.1x faster at depth 2 than a call per
   * member, benchmarks/results/issue23-trace/NOTES.md, third round, step 4).
   */
  void reachRun(int[] run, int[] arr, int first, int end, int lo, int bit, int d, int w2) {
    if (!posWritten) {
      for (int v = first; v < end; v++) {
        int f = (run[v] & Topology.ARRIVAL) != 0 ? arr[v] : lo;
        if (f <= w2) {
          reach(v, d, bit, Math.max(lo, f));
        }
      }
      return;
    }
    ensure(size + end - first);
    final int db = d << 8 | bit;
    size = lastLevel
        ? RunExpansion.membersLast(seen, last, q, qm, arr, first, end, lo, db, w2, lastBase, size)
        : RunExpansion.members(seen, pos, q, qm, qe, levelStart, run, arr, first, end, lo, bit,
            db, w2, size);
  }

  /**
   * Reaches every member of an open-ended group that is present by {@code w2}, at the later of
   * {@code minLo} and its first day ({@link #pos} kept).
   */
  void reachMembers(GroupLayer gl, int g, int minLo, int bit, int d, int w2) {
    int i0 = gl.memberStart(g);
    int ie = gl.memberEnd(g);
    ensure(size + ie - i0);
    if (lastLevel) {
      reachMembersLast(gl, i0, ie, minLo, bit, d, w2);
      return;
    }
    final long[] sn = seen;
    final int[] ps = pos;
    final int[] qq = q;
    final int[] mm = qm;
    final int[] ee = qe;
    final int ls = levelStart;
    final int db = d << 8 | bit;
    int sz = size;
    for (int i = i0; i < ie; i++) {
      int from = gl.memberFrom(i);
      if (from > w2) {
        continue;
      }
      int v = gl.member(i);
      int e = Math.max(minLo, from);
      int w = v >>> 6;
      long b = 1L << v;
      if ((sn[w] & b) == 0) {
        sn[w] |= b;
        ps[v] = sz;
        qq[sz] = v;
        mm[sz] = db;
        ee[sz] = e;
        sz++;
      } else {
        int p = ps[v];
        if (p >= ls) {
          mm[p] |= bit;
          if (e < ee[p]) {
            ee[p] = e;
          }
        }
      }
    }
    size = sz;
  }

  /** {@link #reachMembers} on the last level of a deep query ({@link #lastLevel}); capacity ensured. */
  private void reachMembersLast(GroupLayer gl, int i0, int ie, int minLo, int bit, int d, int w2) {
    final long[] sn = seen;
    final long[] lb = last;
    final int[] qq = q;
    final int[] mm = qm;
    final int db = d << 8 | bit;
    final int base = lastBase;
    int sz = size;
    for (int i = i0; i < ie; i++) {
      int from = gl.memberFrom(i);
      if (from > w2) {
        continue;
      }
      int v = gl.member(i);
      int w = v >>> 6;
      long b = 1L << v;
      if ((sn[w] & b) == 0) {
        lb[w] |= b;
        qq[sz] = v;
        mm[sz] = TraceResult.entry(db, Math.max(minLo, from), base);
        sz++;
      }
    }
    size = sz;
  }

  /**
   * Appends contacts found by other searches to the last level, after a deep query's search: a part
   * of the answer shared with other cases ({@link SharedHops}). Like the last level's repeats,
   * {@link AnswerWriter} merges them with the entries found here, at any depth (the smaller depth
   * kept, and at the same depth the layers or-ed and the earliest exposure).
   *
   * @param ids contacts, any order, a contact possibly also found here or in another part
   * @param entries their {@link TraceResult#entry}s, coded from {@code base}
   * @param n how many
   * @param skip an id not to append (the case)
   * @param base the query's {@link Topology#narrowBase}, equal to {@link #lastBase} when the
   *     search found a last level
   */
  void appendFound(int[] ids, int[] entries, int n, int skip, int base) {
    if (!lastLevel) {
      levelStart = size;
      startLastLevel(base);
    }
    ensure(size + n);
    int sz = size;
    for (int i = 0; i < n; i++) {
      int v = ids[i];
      if (v == skip) {
        continue;
      }
      int w = v >>> 6;
      long b = 1L << v;
      if ((seen[w] & b) == 0) {
        last[w] |= b;
      }
      q[sz] = v;
      qm[sz] = entries[i];
      sz++;
    }
    size = sz;
  }

  /** Makes room for {@code capacity} queue entries. */
  void ensure(int capacity) {
    if (capacity > q.length) {
      int c = Math.max(capacity, q.length * 2);
      q = Arrays.copyOf(q, c);
      qm = Arrays.copyOf(qm, c);
      qe = Arrays.copyOf(qe, c);
    }
  }
}
