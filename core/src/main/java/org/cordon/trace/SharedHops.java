package org.cordon.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cordon.contact.GroupLayer;

/**
 * Deep contacts of each of several cases ({@link ContactTracer#contactsOfEach}) when cases share
 * groups (a workplace, a household): the part of the answers that comes through a shared group is
 * searched once for all the cases in it, and added to each one's own search.
 *
 * <p>Why it is exact. A case's direct contacts are the members of its groups (its first hops) and
 * the people it met; a contact at depth {@code d > 1} is at distance {@code d - 1} from the
 * nearest of them, and the last links of its shortest paths are those of the shortest paths from
 * the direct contacts. So the answer is the merge, contact by contact, of parts by first hop (the
 * smallest depth kept, and at that depth the layers or-ed and the earliest exposure, as the search
 * does for a contact found twice on a level). A shared group's part is its members at depth 1
 * (from the case's start in it, as the search expands it) and, one deeper, a multi-source search
 * from its members to depth {@code depth - 1}; for an open-ended group that second part does not
 * depend on which member is the case (the search's exposures come from each link alone, never
 * from the path before it), so the cases in the group share it. The rest of a case's answer is its
 * own search, which leaves its shared groups out ({@link SingleSourceSearch#searchLeavingOut}): a
 * path that goes back through the case, or through one of its first hops later on, is longer than
 * the path that takes that hop first, so no shortest path is lost and no longer one decides an
 * entry. {@link AnswerWriter} merges the shared parts into the case's answer as it writes it, or,
 * when the case's own search found few contacts beside one large shared part, the two answers are
 * merged in id order with the part's runs copied whole ({@link #mergeInto}).
 *
 * <p>A case whose groups no other case of the call has runs the single-case search alone.
 *
 * <p>Not thread-safe: one instance per thread, used with that thread's search.
 */
final class SharedHops {
  private final Topology t;
  /** Per global group: how many first hops of the call's cases it is (zero between calls). */
  private int[] users;
  /** The call's {@link Topology#narrowBase}: the day coded 1 in the parts' entries. */
  private int base;
  /** Scratch: sources of a multi-source search. */
  private int[] src = new int[64];

  /** A shared group's parts, for every case in it. */
  private static final class Shared {
    /** Its members' part one deeper. */
    final FoundPart deeper;
    /** By the case's start in the group: its members at depth 1. */
    final Map<Integer, FoundPart> direct = new HashMap<>(2);
    /** First hops still to use it. */
    int left;

    /** By the case's start: {@link #direct} and {@link #deeper} merged in id order (made when first needed). */
    final Map<Integer, FoundPart> whole = new HashMap<>(2);

    Shared(FoundPart deeper, int left) {
      this.deeper = deeper;
      this.left = left;
    }

    /** @return the group's whole part for a case with start {@code lo}, sorted by id */
    FoundPart whole(int lo) {
      FoundPart w = whole.get(lo);
      if (w == null) {
        FoundPart a = direct.get(lo);
        FoundPart b = deeper; // disjoint from a: its search's sources are a's members
        w = new FoundPart(a.n + b.n);
        int i = 0;
        int j = 0;
        while (i < a.n || j < b.n) {
          if (j == b.n || i < a.n && a.id[i] < b.id[j]) {
            if (w.n > 0 && w.id[w.n - 1] == a.id[i]) { // a member twice in the group
              w.en[w.n - 1] = TraceResult.combine(w.en[w.n - 1], a.en[i]);
            } else {
              w.add(a.id[i], a.en[i]);
            }
            i++;
          } else {
            w.add(b.id[j], b.en[j]);
            j++;
          }
        }
        whole.put(lo, w);
      }
      return w;
    }
  }

  /** A case's own answer this many times shorter than its one shared part is merged into it in runs. */
  private static final int GALLOP = 16;
  /** Scratch: a case's own answer, and the merged one. */
  private FoundPart own = new FoundPart(64);
  private FoundPart merged = new FoundPart(256);

  /**
   * The case's answer: its one shared part and its own search's answer {@code r}, which is much
   * shorter, merged in id order without the case: the part's runs between the own answer's
   * contacts are copied whole (found by galloping), each own contact merged at any depth ({@link
   * TraceResult#combine}). Held as {@link AnswerWriter} would hold an answer of its size.
   */
  private TraceResult mergeInto(FoundPart part, TraceResult r, int c) {
    int pn = r.size();
    if (own.id.length < pn) {
      own = new FoundPart(Math.max(pn, 2 * own.id.length));
    }
    r.copyEntries(0, base, own.id, own.en);
    int cap = part.n + pn;
    if (merged.id.length < cap) {
      merged = new FoundPart(Math.max(cap, 2 * merged.id.length));
    }
    final int[] mi = merged.id;
    final int[] me = merged.en;
    int k = 0;
    int i = 0;
    for (int j = 0; j < pn; j++) {
      int v = own.id[j];
      int e = lowerBound(part.id, i, part.n, v);
      if (e - i < 16) {
        for (int x = i; x < e; x++) {
          mi[k] = part.id[x];
          me[k++] = part.en[x];
        }
      } else {
        System.arraycopy(part.id, i, mi, k, e - i);
        System.arraycopy(part.en, i, me, k, e - i);
        k += e - i;
      }
      mi[k] = v;
      me[k] = e < part.n && part.id[e] == v ? TraceResult.combine(own.en[j], part.en[e++]) : own.en[j];
      k++;
      i = e;
    }
    System.arraycopy(part.id, i, mi, k, part.n - i);
    System.arraycopy(part.en, i, me, k, part.n - i);
    k += part.n - i;
    int at = lowerBound(mi, 0, k, c);
    int skip = at < k && mi[at] == c ? 1 : 0;
    int n = k - skip;
    if (n == 0) {
      return TraceResult.empty(new int[] {c});
    }
    boolean narrow = AnswerWriter.isDense(n, (t.residentCount + 63) >>> 6);
    int[] out = new int[(narrow ? 2 : 3) * n];
    System.arraycopy(mi, 0, out, 0, at);
    System.arraycopy(mi, at + skip, out, at, n - at);
    if (narrow) {
      System.arraycopy(me, 0, out, n, at);
      System.arraycopy(me, at + skip, out, n + at, n - at);
      return new TraceResult(null, c, out, n, true, base);
    }
    for (int x = 0; x < n; x++) {
      int e = me[x < at ? x : x + skip];
      out[n + x] = e >>> 16;
      out[2 * n + x] = TraceResult.day(e, base);
    }
    return new TraceResult(null, c, out, n, false, 0);
  }

  /** @return the first index in {@code from..to-1} whose id is at least {@code v} (or {@code to}), galloping from {@code from} */
  private static int lowerBound(int[] ids, int from, int to, int v) {
    int lo = from;
    int hi = from;
    int step = 1;
    while (hi < to && ids[hi] < v) {
      lo = hi + 1;
      hi = from + step;
      step <<= 1;
    }
    hi = Math.min(hi, to);
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ids[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  SharedHops(Topology t) {
    this.t = t;
  }

  /**
   * @param search this thread's search
   * @param cases the cases, valid ids
   * @param depth {@code >= 2}
   * @return one answer per entry of {@code cases}, equal to {@code search.run(case, ...)}
   */
  List<TraceResult> run(SingleSourceSearch search, int[] cases, int depth, int layerMask,
      int minMinutes, int w1, int w2) {
    final int k = cases.length;
    List<TraceResult> list = new ArrayList<>(k);
    long narrow = t.narrowBase(w1, w2);
    if (narrow == Long.MIN_VALUE) {
      // the query's days span too many to code in an entry (memberships centuries apart)
      for (int c : cases) {
        list.add(search.run(c, depth, layerMask, minMinutes, w1, w2));
      }
      return list;
    }
    base = (int) narrow;
    if (users == null) {
      users = new int[t.totalGroups];
    }
    // the first entry of each case: repeats get the same answer
    int[] first = firstOccurrences(cases);
    int[] ords = search.ords(layerMask);
    // every first hop of every distinct case in an open-ended group: global group, layer
    // ordinal, the case's start in it
    int[] hopStart = new int[k + 1];
    int[] hops = new int[12];
    int nh = 0;
    for (int i = 0; i < k; i++) {
      hopStart[i] = nh;
      if (first[i] != i) {
        continue;
      }
      int c = cases[i];
      for (int ord : ords) {
        GroupLayer gl = t.groupLayers[ord];
        for (int j = gl.groupStart(c), je = gl.groupEnd(c); j < je; j++) {
          int g = gl.group(j);
          int lo = Math.max(w1, gl.groupFrom(j));
          if (lo > Math.min(w2, gl.groupTo(j)) || !gl.isOpenEnded(g)) {
            continue; // not a first hop, or not one to share (the case's own search has it)
          }
          if (nh + 3 > hops.length) {
            hops = Arrays.copyOf(hops, 2 * hops.length);
          }
          hops[nh] = t.groupBase[ord] + g;
          hops[nh + 1] = ord;
          hops[nh + 2] = lo;
          users[hops[nh]]++;
          nh += 3;
        }
      }
    }
    hopStart[k] = nh;
    Map<Integer, Shared> shared = new HashMap<>();
    TraceResult[] out = new TraceResult[k];
    int[] exclude = new int[4];
    Shared[] parts = new Shared[4];
    int[] at = new int[4]; // the shared hops' places in hops
    FoundPart[] found = new FoundPart[8];
    try {
      for (int i = 0; i < k; i++) {
        if (first[i] != i) {
          out[i] = out[first[i]];
          continue;
        }
        int c = cases[i];
        // the shared first hops' parts (searched on the group's first hop)
        int nx = 0;
        for (int h = hopStart[i]; h < hopStart[i + 1]; h += 3) {
          if (users[hops[h]] >= 2) {
            if (nx == exclude.length) {
              exclude = Arrays.copyOf(exclude, 2 * nx);
              parts = Arrays.copyOf(parts, 2 * nx);
              at = Arrays.copyOf(at, 2 * nx);
              found = new FoundPart[4 * nx];
            }
            parts[nx] = part(search, shared, hops, h, depth, layerMask, minMinutes, w1, w2);
            at[nx] = h;
            exclude[nx++] = hops[h];
          }
        }
        if (nx == 0) {
          out[i] = search.run(c, depth, layerMask, minMinutes, w1, w2);
          continue;
        }
        // the case's own search, without its shared groups, then their parts merged in
        search.searchLeavingOut(c, depth, layerMask, minMinutes, w1, w2, exclude, nx);
        FoundPart direct0 = parts[0].direct.get(hops[at[0] + 2]);
        if (nx == 1 && (long) search.queueSize() * GALLOP < parts[0].deeper.n + direct0.n) {
          // a few contacts of its own beside one large shared part: the part copied in runs
          out[i] = mergeInto(parts[0].whole(hops[at[0] + 2]), search.write(c, depth, w1, w2, null, 0), c);
        } else {
          for (int x = 0; x < nx; x++) {
            found[2 * x] = parts[x].direct.get(hops[at[x] + 2]);
            found[2 * x + 1] = parts[x].deeper;
          }
          out[i] = search.write(c, depth, w1, w2, found, 2 * nx);
        }
        // a shared group's parts are dropped after its last first hop
        for (int x = 0; x < nx; x++) {
          if (--parts[x].left == 0) {
            shared.remove(hops[at[x]]);
          }
        }
      }
    } finally {
      for (int h = 0; h < nh; h += 3) {
        users[hops[h]] = 0;
      }
    }
    list.addAll(Arrays.asList(out));
    return list;
  }

  /**
   * A shared first hop's parts: the group's part one deeper (searched on the first call for the
   * group, from every member present by the window's end) and its members at depth 1 from the
   * case's start (made on the first call with that start): every member present by the window's
   * end, from the later of that start and its own, as the search expands an open-ended group.
   */
  private Shared part(SingleSourceSearch search, Map<Integer, Shared> shared, int[] hops, int h,
      int depth, int layerMask, int minMinutes, int w1, int w2) {
    int gg = hops[h];
    int ord = hops[h + 1];
    GroupLayer gl = t.groupLayers[ord];
    int g = gg - t.groupBase[ord];
    Shared s = shared.get(gg);
    if (s == null) {
      int ns = 0;
      for (int i = gl.memberStart(g), ie = gl.memberEnd(g); i < ie; i++) {
        if (gl.memberFrom(i) <= w2) {
          if (ns == src.length) {
            src = Arrays.copyOf(src, 2 * ns);
          }
          int v = gl.member(i);
          if (ns == 0 || src[ns - 1] != v) { // members are sorted by id; one may be there twice
            src[ns++] = v;
          }
        }
      }
      TraceResult r = search.runPart(Arrays.copyOf(src, ns), ord, depth - 1, layerMask, minMinutes, w1, w2);
      FoundPart deeper = new FoundPart(r.size());
      r.copyEntries(1, base, deeper.id, deeper.en);
      deeper.n = r.size();
      s = new Shared(deeper, users[gg]);
      shared.put(gg, s);
    }
    int lo = hops[h + 2];
    if (!s.direct.containsKey(lo)) {
      FoundPart direct = new FoundPart(gl.size(g));
      int db = 1 << 8 | 1 << ord;
      for (int i = gl.memberStart(g), ie = gl.memberEnd(g); i < ie; i++) {
        int from = gl.memberFrom(i);
        if (from <= w2) {
          direct.add(gl.member(i), TraceResult.entry(db, Math.max(lo, from), base));
        }
      }
      s.direct.put(lo, direct);
    }
    return s;
  }

  /** @return for each entry, the index of the first entry with the same case */
  private static int[] firstOccurrences(int[] cases) {
    int k = cases.length;
    long[] keyed = new long[k];
    for (int i = 0; i < k; i++) {
      keyed[i] = (long) cases[i] << 32 | i;
    }
    Arrays.sort(keyed);
    int[] first = new int[k];
    int at = -1;
    for (int i = 0; i < k; i++) {
      int idx = (int) keyed[i];
      if (i == 0 || keyed[i] >>> 32 != keyed[i - 1] >>> 32) {
        at = idx;
      }
      first[idx] = at;
    }
    return first;
  }
}
