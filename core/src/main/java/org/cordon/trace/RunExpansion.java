package org.cordon.trace;

/**
 * Expands the groups laid out as runs of ids ({@link Topology#run(int)}: households) of a block
 * of a deep query's frontier in one loop, with the queue in locals over the whole block, and the
 * member loops shared with {@link ReachQueue#reachRun}.
 *
 * <p>Why a loop over the block rather than a call per frontier entry: at depth 2 a frontier
 * entry's household has about three members, so the work per entry around them (the loop over
 * the query's layers, the look-ups of the layer's arrays, the queue's fields loaded and stored
 * back, the capacity check) weighed about as much as the members themselves
 * (benchmarks/results/issue23-trace/NOTES.md, fifth round). Expanding the block's households
 * before the entries' other layers changes the order of the queue, not the answer: a resident
 * found twice has its layers or-ed and its earliest exposure kept, in whichever order.
 *
 * <p>Each member is reached at the later of the group's start and its own first day (a
 * returnee's arrival), unless that is after the window's end; the group is open-ended and every
 * member has one plain membership in the layer, so it links them all from the start of the
 * frontier entry that reached it.
 */
final class RunExpansion {
  private RunExpansion() {}

  /**
   * Expands, for each frontier entry {@code b0..b1-1} on a run in the layer and not reached
   * through it when the layer is simple, the entry's run, at the later of {@code w1} and the
   * entry's own arrival day.
   *
   * @param r the queue; {@link ReachQueue#pos} kept
   * @param run the layer's {@link Topology#run(int)}
   * @param arr the layer's {@link Topology#arrival(int)}, or null when it has no first days
   * @param ahead {@code run} of the block's entries, by index from {@code b0}
   * @param arrAhead {@code arr} of the block's entries (meaningful for entries with {@link
   *     Topology#ARRIVAL})
   * @param skip the layer's bit when the layer is simple ({@link Topology#simpleMask}), else 0
   * @param bit the layer's bit
   * @param d the depth of the level being found
   */
  static void expandBlock(ReachQueue r, int[] run, int[] arr, int[] ahead, int[] arrAhead,
      int b0, int b1, int skip, int bit, int d, int w1, int w2) {
    final boolean last = r.lastLevel;
    final long[] sn = r.seen;
    final long[] lb = r.last;
    final int[] ps = r.pos;
    final int ls = r.levelStart;
    final int base = r.lastBase;
    final int db = d << 8 | bit;
    int[] qq = r.q;
    int[] mm = r.qm;
    int[] ee = r.qe;
    int sz = r.size;
    for (int fi = b0; fi < b1; fi++) {
      int ru = ahead[fi - b0];
      if (ru < 0 || (mm[fi] & skip) != 0) {
        continue;
      }
      int lo = w1;
      if ((ru & Topology.ARRIVAL) != 0) {
        lo = Math.max(w1, arrAhead[fi - b0]);
        if (lo > w2) {
          continue;
        }
      }
      int first = qq[fi] - (ru & Topology.RUN_OFFSET_MASK);
      int end = first + (ru >>> Topology.RUN_SIZE_SHIFT & Topology.RUN_SIZE_MASK);
      if (sz + end - first > qq.length) {
        r.size = sz;
        r.ensure(sz + end - first);
        qq = r.q;
        mm = r.qm;
        ee = r.qe;
      }
      if (!last) {
        sz = members(sn, ps, qq, mm, ee, ls, run, arr, first, end, lo, bit, db, w2, sz);
      } else if ((ru & Topology.RUN_RETURNEES) == 0) {
        sz = membersLastPlain(sn, lb, qq, mm, first, end, TraceResult.entry(db, lo, base), sz);
      } else {
        sz = membersLast(sn, lb, qq, mm, arr, first, end, lo, db, w2, base, sz);
      }
    }
    r.size = sz;
  }

  /**
   * Reaches the run {@code first..end-1} on a level that is expanded later ({@link
   * ReachQueue#pos} written; a repeat found on this level updated in place). The loop's body is
   * {@link ReachQueue#reachMembers}'s on purpose (moved here from {@code ReachQueue.reachRun}, where
   * it was already): the queue kept in locals, measured 1.1x faster at depth 2 than a call per
   * member (benchmarks/results/issue23-trace/NOTES.md, third round, step 4).
   *
   * @return the queue length after
   */
  static int members(long[] sn, int[] ps, int[] qq, int[] mm, int[] ee, int ls, int[] run,
      int[] arr, int first, int end, int lo, int bit, int db, int w2, int sz) {
    for (int v = first; v < end; v++) {
      int e = lo;
      if ((run[v] & Topology.ARRIVAL) != 0) {
        int f = arr[v];
        if (f > w2) {
          continue;
        }
        e = Math.max(lo, f);
      }
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
    return sz;
  }

  /**
   * {@link #membersLast} for a run with no member's first day (no {@link Topology#RUN_RETURNEES}):
   * every member is reached at the same day, so has the same entry, and the new ones of each
   * bitmap word the run covers are found and marked in {@code last} at once; the loop over the
   * members only writes entries (kept when new), with no arrival day read and no
   * read-modify-write of {@code last} a member.
   *
   * @param x the members' {@link TraceResult#entry}
   * @return the queue length after
   */
  static int membersLastPlain(long[] sn, long[] lb, int[] qq, int[] mm, int first, int end, int x,
      int sz) {
    for (int v0 = first; v0 < end; ) {
      int w = v0 >>> 6;
      int v1 = Math.min(end, (w + 1) << 6);
      // the bits v0..v1-1 of word w not reached on an earlier level
      long add = (-1L << v0) & (-1L >>> (64 - (v1 - (w << 6)))) & ~sn[w];
      lb[w] |= add;
      for (int v = v0; v < v1; v++) {
        qq[sz] = v;
        mm[sz] = x;
        sz += (int) (add >>> v) & 1;
      }
      v0 = v1;
    }
    return sz;
  }

  /**
   * Reaches the run {@code first..end-1} on the last level of a deep query ({@link
   * ReachQueue#lastLevel}: marked in {@code last}, each entry coded from {@code base}, repeats
   * appended and merged by {@link AnswerWriter}).
   *
   * @param base the day coded 1 ({@link ReachQueue#lastBase})
   * @return the queue length after
   */
  static int membersLast(long[] sn, long[] lb, int[] qq, int[] mm, int[] arr, int first, int end,
      int lo, int db, int w2, int base, int sz) {
    if (arr == null) {
      return membersLastPlain(sn, lb, qq, mm, first, end, TraceResult.entry(db, lo, base), sz);
    }
    for (int v0 = first; v0 < end; ) {
      int w = v0 >>> 6;
      int v1 = Math.min(end, (w + 1) << 6);
      final long open = ~sn[w];
      long add = 0L;
      for (int v = v0; v < v1; v++) {
        // without branches: the arrival day read for every member (DayWindow.OPEN_START for one
        // who is not a returnee, so neither the later-of nor the window's end changes anything),
        // not tested against the run's mark; the entry written always and kept when new (a
        // household's members are a few, met in ascending order, so a branch a member
        // mispredicts often); the word's new bits gathered in a register and marked in last once
        // (a read-modify-write of last a member chained each member to the one before through a
        // store)
        int f = arr[v];
        long bit = (f <= w2 ? open : 0L) & 1L << v;
        add |= bit;
        qq[sz] = v;
        mm[sz] = TraceResult.entry(db, Math.max(lo, f), base);
        sz += (int) (bit >>> v);
      }
      lb[w] |= add;
      v0 = v1;
    }
    return sz;
  }
}
