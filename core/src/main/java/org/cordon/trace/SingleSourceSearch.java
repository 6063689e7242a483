package org.cordon.trace;

import java.util.Arrays;
import org.cordon.contact.EncounterLayer;
import org.cordon.contact.GroupLayer;
import org.cordon.contact.Layer;

/**
 * A level-synchronous breadth-first search from one case (or several traced as one), over group
 * memberships and encounters, with per-thread scratch laid out for the cache: the reached
 * residents in a {@link ReachQueue}; for groups, two bits per group ({@code gSeen}, and {@code
 * gFinal} for a group whose earliest start cannot drop any more) and a pending-list index.
 * Nothing is cleared between queries but the bits that were set, and each group is expanded at
 * most once per query (households laid out as runs of ids aside, below).
 *
 * <p>Why once is enough: a group whose memberships all have no last day ({@link
 * GroupLayer#isOpenEnded(int)}; a first day, like a returnee's arrival, is fine) links every
 * member active in the window to every other, so the first level that reaches it finds all its
 * members. Its first exposure for a member {@code v} is {@code max(window start, earliest start
 * among the group's members on the previous level, v's start)}. A group with a membership that
 * ends (a resident who moved out) is expanded pairwise from each member on the previous level
 * instead, which is exact but costs the group's size per such member.
 *
 * <p>A frontier member's group in a layer is one read in a deep query ({@link Topology#home(int)},
 * returnees' arrival days beside it), and none at all in a layer that reached it when the layer is
 * simple ({@link Topology#simpleMask}: its one group there was expanded whole on the level that
 * reached it). On the Jinsha profile at 1,000,000 residents this skips the workplace look-up of
 * every co-worker of a case at depth 2. In a layer laid out as runs of consecutive ids
 * (households, {@link Topology#run(int)}) the read gives the members themselves, and the group is
 * expanded with its block of the frontier ({@link RunExpansion}), with no group bits, pending list
 * or member arrays; close contacts
 * (depth 1) take only that path when the case's groups allow ({@link #direct}). The result is
 * written by {@link AnswerWriter}.
 *
 * <p>Not thread-safe: one instance per thread.
 */
final class SingleSourceSearch {
  private final Topology t;
  private final ReachQueue rq;
  /** One bit per global group: met in this query. All zero between queries. */
  private final long[] gSeen;
  /** One bit per global group: expanded on an earlier level, or its earliest start is the window's start. */
  private final long[] gFinal;
  /** Per met global group: the index of its entry in {@code pend}. */
  private final int[] gPos;
  private final AnswerWriter writer;
  /** The groups met in this query, three ints each: group, layer ordinal, earliest start. */
  private int[] pend = new int[96];
  private int np;
  private final int[][] ordsByMask = new int[1 << Layer.COUNT][];
  /** {@link Topology#home(int)} of the query's layers, by ordinal (deep queries). */
  private final int[][] homes = new int[Layer.COUNT][];
  /** {@link Topology#arrival(int)} of the query's layers, by ordinal (deep queries). */
  private final int[][] arrivals = new int[Layer.COUNT][];
  /** {@link Topology#run(int)} by ordinal, fetched on the first close-contact query using it. */
  private final int[][] runs = new int[Layer.COUNT][];
  /** {@link Topology#run(int)} of the query's layers laid out as runs ({@link Topology#runLaid}), else null (deep queries). */
  private final int[][] deepRuns = new int[Layer.COUNT][];
  /** How many frontier entries' runs {@link #readRunsAhead} reads at a time. */
  private static final int AHEAD = 128;
  /** Per layer ordinal with a {@link #deepRuns} entry: the runs of the frontier block being expanded. */
  private final int[][] runsAhead = new int[Layer.COUNT][AHEAD];
  /**
   * Per layer ordinal with a {@link #deepRuns} entry and arrival days: {@link Topology#arrival(int)}
   * of the frontier block's entries on a run, read with {@link #runsAhead} (meaningful when the
   * run entry has {@link Topology#ARRIVAL}).
   */
  private final int[][] arrivalsAhead = new int[Layer.COUNT][AHEAD];

  SingleSourceSearch(Topology t) {
    this.t = t;
    this.rq = new ReachQueue(t.residentCount);
    this.gSeen = new long[(t.totalGroups + 63) >>> 6];
    this.gFinal = new long[gSeen.length];
    this.gPos = new int[t.totalGroups];
    this.writer = new AnswerWriter(t);
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
    ReachQueue r = rq;
    r.start(source);
    if (maxDepth > 1 || !direct(source, layerMask, minMinutes, w1, w2)) {
      r.writePos();
      search(1, maxDepth, layerMask, minMinutes, w1, w2, maxDepth >= 2, null, 0);
    }
    return write(source, maxDepth, w1, w2, null, 0);
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
    return run(sources, maxDepth, layerMask, minMinutes, w1, w2, 0);
  }

  /**
   * The search of a deep query from one case that shares groups with other cases ({@link
   * SharedHops}), not written yet: {@link #run(int, int, int, int, int, int)}'s search with some
   * open-ended groups left out, treated as expanded already, so that it does not go through them:
   * every such group of the case's own (its household too, looked up by its bits on the first
   * level), and on later levels those of layers not laid out as runs ({@link Topology#runLaid}; a
   * household is expanded from its run of ids, with no group bits). {@code SharedHops} leaves out
   * the case's groups whose part of the answer it has, merges that part in ({@link
   * AnswerWriter#write(ReachQueue, int[], int, int, int, int, FoundPart[], int)}) and writes the
   * answer ({@link #write}); the answer does not depend on which groups are left out.
   *
   * @param maxDepth {@code >= 2}
   * @param exclude global group ids ({@link Topology#groupBase} + group), open-ended
   * @param count how many of {@code exclude} to leave out
   */
  void searchLeavingOut(int source, int maxDepth, int layerMask, int minMinutes, int w1, int w2,
      int[] exclude, int count) {
    ReachQueue r = rq;
    r.start(source);
    r.writePos();
    search(1, maxDepth, layerMask, minMinutes, w1, w2, true, exclude, count);
  }

  /** @return how many residents the queue holds (the source among them): an answer's size, at most, before repeats merge */
  int queueSize() {
    return rq.size;
  }

  /**
   * @param parts contacts found by other searches, to merge in ({@link AnswerWriter#write(ReachQueue,
   *     int[], int, int, int, int, FoundPart[], int)}), or {@code null}
   * @param np how many of {@code parts}
   * @return the answer of the search from {@code source} held in the queue
   */
  TraceResult write(int source, int maxDepth, int w1, int w2, FoundPart[] parts, int np) {
    ReachQueue r = rq;
    boolean none = r.size == 1;
    for (int j = 0; j < np; j++) {
      none &= parts[j].n == 0 || parts[j].n == 1 && parts[j].id[0] == source;
    }
    if (none) {
      r.seen[source >>> 6] = 0;
      return TraceResult.empty(new int[] {source});
    }
    return writer.write(r, null, source, maxDepth, w1, w2, parts, np);
  }

  /**
   * {@link #run(int[], int, int, int, int, int)} for a part of a deep query's answer ({@link
   * SharedHops}): the deep queries' path at every depth (their tables are made already). The
   * sources are the members of one open-ended group of layer {@code ord}, marked as reached
   * through it: where that layer is simple ({@link Topology#simpleMask}) the group is each one's
   * only group in it, so it is not looked up and met again from each member (it would reach only
   * the sources), as a single search does not for the members it reached through the group
   * (measured: the part's search 27% faster at 100,000 residents, NOTES.md, ninth round).
   *
   * @param ord the group's layer ordinal
   */
  TraceResult runPart(int[] sources, int ord, int maxDepth, int layerMask, int minMinutes, int w1,
      int w2) {
    return run(sources, maxDepth, layerMask, minMinutes, w1, w2, 1 << ord);
  }

  /**
   * @param reachedBy {@code 0} for a query from several cases; for a part ({@link #runPart}), the
   *     layer bit its sources are marked as reached through, and the deep path at any depth
   */
  private TraceResult run(int[] sources, int maxDepth, int layerMask, int minMinutes, int w1, int w2,
      int reachedBy) {
    ReachQueue r = rq;
    int ns = sources.length;
    r.start(sources, ns, true);
    if (reachedBy != 0) {
      Arrays.fill(r.qm, 0, ns, reachedBy);
    }
    search(ns, maxDepth, layerMask, minMinutes, w1, w2, maxDepth >= 2 || reachedBy != 0, null, 0);
    if (r.size == ns) {
      for (int src : sources) {
        r.seen[src >>> 6] = 0;
      }
      return TraceResult.empty(sources);
    }
    return writer.write(r, sources, sources[0], maxDepth, w1, w2);
  }

  /** @return the group layers' ordinals in {@code layerMask}, in order (kept per mask) */
  int[] ords(int layerMask) {
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

  /**
   * @param deep whether to take the deep queries' path (the per-resident tables, households
   *     expanded from their runs, the last level merged by the writer): queries deeper than 1, and
   *     parts of a deep query's answer ({@link SharedHops}) at any depth
   * @param excluded global groups treated as expanded already ({@link #searchLeavingOut}), or
   *     {@code null}: their bits are set first and cleared after
   * @param nExcluded how many of {@code excluded}
   */
  private void search(int ns, int maxDepth, int layerMask, int minMinutes, int w1, int w2,
      boolean deep, int[] excluded, int nExcluded) {
    final int[] ords = ords(layerMask);
    final boolean encounters = (layerMask & Topology.ENCOUNTER_BIT) != 0;
    final long[] gs = gSeen;
    final long[] gf = gFinal;
    final int simple = t.simpleMask;
    if (deep) {
      for (int ord : ords) {
        int[] run = t.run(ord);
        deepRuns[ord] = t.runLaid(ord) ? run : null;
        homes[ord] = t.home(ord);
        arrivals[ord] = t.arrival(ord);
      }
    }
    // the last level held coded (ReachQueue#lastLevel) when the query's days code
    final long narrow = deep && maxDepth < 256 ? t.narrowBase(w1, w2) : Long.MIN_VALUE;
    int head = 0;
    int tail = ns;
    np = 0;
    for (int k = 0; k < nExcluded; k++) {
      int gg = excluded[k];
      gs[gg >>> 6] |= 1L << gg;
      gf[gg >>> 6] |= 1L << gg;
    }
    final ReachQueue r = rq;
    for (int d = 1; d <= maxDepth && head < tail; d++) {
      r.levelStart = tail;
      if (d == maxDepth && narrow != Long.MIN_VALUE) {
        r.startLastLevel((int) narrow);
      }
      int p0 = np;
      for (int b0 = head; b0 < tail; b0 += AHEAD) {
        final int b1 = Math.min(tail, b0 + AHEAD);
        if (deep) {
          readRunsAhead(ords, b0, b1);
          if (d == 1 && nExcluded > 0) {
            // the sources' groups looked up by their bits, so that a left-out household is left out
            for (int ord : ords) {
              if (deepRuns[ord] != null) {
                Arrays.fill(runsAhead[ord], 0, b1 - b0, Topology.NONE);
              }
            }
          }
          for (int ord : ords) {
            if (deepRuns[ord] != null) {
              RunExpansion.expandBlock(r, deepRuns[ord], arrivals[ord], runsAhead[ord],
                  arrivalsAhead[ord], b0, b1, simple & 1 << ord, 1 << ord, d, w1, w2);
            }
          }
        }
      for (int fi = b0; fi < b1; fi++) {
        int u = r.q[fi];
        // a layer that reached u, if simple, holds no group of u's that is not expanded already
        final int reached = r.qm[fi] & simple;
        for (int ord : ords) {
          if ((reached >>> ord & 1) != 0) {
            continue;
          }
          if (deep) {
            if (deepRuns[ord] != null && runsAhead[ord][fi - b0] >= 0) {
              continue; // expanded with its block (RunExpansion)
            }
            int h = homes[ord][u];
            if (h == Topology.NONE) {
              continue;
            }
            if (h >= 0) {
              // one membership with no last day in an open-ended group
              int lo = w1;
              if ((h & Topology.ARRIVAL) != 0) {
                h &= ~Topology.ARRIVAL;
                lo = Math.max(w1, arrivals[ord][u]);
                if (lo > w2) {
                  continue;
                }
              }
              meet(h, ord, lo, w1);
              continue;
            }
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
              meet(base + g, ord, lo, w1);
            } else {
              expandPairwise(gl, g, lo, hi, 1 << ord, d);
            }
          }
        }
        if (encounters) {
          encounters(t.encounters.start(u), t.encounters.end(u), d, minMinutes, w1, w2);
        }
      }
      }
      for (int k = p0; k < np; k += 3) {
        int g = pend[k];
        int ord = pend[k + 1];
        int gg = t.groupBase[ord] + g;
        gf[gg >>> 6] |= 1L << gg;
        r.reachMembers(t.groupLayers[ord], g, pend[k + 2], 1 << ord, d, w2);
      }
      head = tail;
      tail = r.size;
    }
    // forget the groups met
    for (int k = 0; k < np; k += 3) {
      int gg = t.groupBase[pend[k + 1]] + pend[k];
      gs[gg >>> 6] = 0;
      gf[gg >>> 6] = 0;
    }
    for (int k = 0; k < nExcluded; k++) {
      int gg = excluded[k];
      gs[gg >>> 6] = 0;
      gf[gg >>> 6] = 0;
    }
  }

  /**
   * Close contacts (depth 1) of one case whose group in each of the query's layers is a run of
   * ids ({@link Topology#run(int)}): its members are reached straight from the case's entry,
   * without the layer's offsets, groups and member arrays (at 1,000,000 residents each of those
   * reads is a cache miss). The same answer as {@link #search} (the group, open-ended, is
   * expanded whole with the case's start; a member's exposure is the later of that and its own
   * first day).
   *
   * @return false, having reached nobody, when a layer needs the general path
   */
  private boolean direct(int u, int layerMask, int minMinutes, int w1, int w2) {
    final int[] ords = ords(layerMask);
    // the case's encounter range read first, so that its cache miss overlaps the run entry's
    final boolean withEncounters = (layerMask & Topology.ENCOUNTER_BIT) != 0;
    final EncounterLayer enc = t.encounters;
    final int e0 = withEncounters ? enc.start(u) : 0;
    final int e1 = withEncounters ? enc.end(u) : 0;
    for (int ord : ords) {
      int[] run = runs[ord];
      if (run == null) {
        run = t.run(ord);
        arrivals[ord] = t.arrival(ord);
        runs[ord] = run;
      }
      if (run[u] == Topology.GENERAL) {
        return false;
      }
    }
    for (int ord : ords) {
      int ru = runs[ord][u];
      if (ru != Topology.NONE) {
        int a = (ru & Topology.ARRIVAL) != 0 ? arrivals[ord][u] : 0;
        expandRun(runs[ord], arrivals[ord], u, ru, a, 1 << ord, 1, w1, w2);
      }
    }
    if (withEncounters) {
      encounters(e0, e1, 1, minMinutes, w1, w2);
    }
    return true;
  }

  /**
   * Reads {@link Topology#run(int)} of the frontier entries {@code b0..b1-1} for each of the
   * query's layers laid out as runs, into {@link #runsAhead}, and then their arrival days into
   * {@link #arrivalsAhead}: the reads are independent, so their cache misses (one per co-worker at
   * depth 2 and 1,000,000 residents, where {@code run} and the arrival days are 4 MB each) overlap,
   * where the frontier loop would take them one after another behind each household's expansion.
   */
  private void readRunsAhead(int[] ords, int b0, int b1) {
    final int[] q = rq.q;
    for (int ord : ords) {
      final int[] run = deepRuns[ord];
      if (run != null) {
        final int[] ahead = runsAhead[ord];
        final int[] arr = arrivals[ord];
        if (arr == null) {
          for (int fi = b0; fi < b1; fi++) {
            ahead[fi - b0] = run[q[fi]];
          }
        } else {
          // each one's arrival day too, returnee or not: the line read holds the household's
          // (consecutive ids), which the expansion reads for its returnees
          final int[] aa = arrivalsAhead[ord];
          for (int fi = b0; fi < b1; fi++) {
            int u = q[fi];
            ahead[fi - b0] = run[u];
            aa[fi - b0] = arr[u];
          }
        }
      }
    }
  }

  /**
   * Reaches the members of {@code u}'s group in a layer laid out as runs of ids ({@code r ==
   * run[u] >= 0}): the group, open-ended, links them all from {@code u}'s start; a member's exposure is the
   * later of that and its own first day. Expanded from each frontier member in it (no pending
   * list): a second expansion on the same level lowers the same entries to the same minimum, and
   * one on a later level finds every member reached already.
   *
   * @param au {@code u}'s arrival day, read when {@code r} has {@link Topology#ARRIVAL}
   */
  private void expandRun(int[] run, int[] arr, int u, int r, int au, int bit, int d, int w1, int w2) {
    int lo = w1;
    if ((r & Topology.ARRIVAL) != 0) {
      lo = Math.max(w1, au);
      if (lo > w2) {
        return;
      }
    }
    int first = u - (r & Topology.RUN_OFFSET_MASK);
    int end = first + (r >>> Topology.RUN_SIZE_SHIFT & Topology.RUN_SIZE_MASK);
    rq.reachRun(run, arr, first, end, lo, bit, d, w2);
  }

  /** Reaches the other side of encounters {@code i0..ie-1} that overlap the window and last long enough. */
  private void encounters(int i0, int ie, int d, int minMinutes, int w1, int w2) {
    final EncounterLayer enc = t.encounters;
    for (int i = i0; i < ie; i++) {
      int f = enc.firstDay(i);
      if (f <= w2 && enc.lastDay(i) >= w1 && enc.lastsAtLeast(i, minMinutes)) {
        rq.reach(enc.other(i), d, Topology.ENCOUNTER_BIT, Math.max(w1, f));
      }
    }
  }

  /** An open-ended group met on this level with start {@code lo}: pending, or its start lowered. */
  private void meet(int gg, int ord, int lo, int w1) {
    final long[] gs = gSeen;
    final long[] gf = gFinal;
    int gw = gg >>> 6;
    long gb = 1L << gg;
    if ((gf[gw] & gb) != 0) {
      return; // expanded on an earlier level, or pending with the window's start
    }
    if ((gs[gw] & gb) == 0) {
      gs[gw] |= gb;
      if (lo <= w1) {
        gf[gw] |= gb;
      }
      addPending(gg - t.groupBase[ord], ord, lo, gg);
    } else {
      int p = gPos[gg] + 2;
      if (lo < pend[p]) {
        pend[p] = lo;
        if (lo <= w1) {
          gf[gw] |= gb;
        }
      }
    }
  }

  private void addPending(int g, int ord, int lo, int gg) {
    gPos[gg] = np;
    if (np + 3 > pend.length) {
      pend = Arrays.copyOf(pend, pend.length * 2);
    }
    pend[np] = g;
    pend[np + 1] = ord;
    pend[np + 2] = lo;
    np += 3;
  }

  private void expandPairwise(GroupLayer gl, int g, int lo, int hi, int bit, int d) {
    for (int i = gl.memberStart(g), ie = gl.memberEnd(g); i < ie; i++) {
      int f = Math.max(lo, gl.memberFrom(i));
      if (f <= Math.min(hi, gl.memberTo(i))) {
        rq.reach(gl.member(i), d, bit, f);
      }
    }
  }
}
