package org.cordon.trace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.cordon.InvalidInputException;
import org.cordon.contact.ContactGraph;
import org.cordon.contact.DayWindow;

/**
 * Contact-tracing queries (流调) over a {@link ContactGraph}: close contacts of a case, contacts
 * to depth k, many cases at once, and clusters of linked cases.
 *
 * <p>A contact counts only if it overlaps the window: through a group, both memberships are
 * valid on a common day of the window; through an encounter, the encounter's days overlap the
 * window and it lasted long enough for the rule. Depth k follows links that each overlap the
 * window (the paths are not required to be in time order). Results are sorted by resident id.
 *
 * <pre>{@code
 * ContactTracer tracer = new ContactTracer(graph);
 * TraceResult close = tracer.closeContacts(caseId, LocalDate.of(2020, 1, 26), LocalDate.of(2020, 1, 28));
 * TraceResult twoSteps = tracer.contacts(caseId, 2, CloseContactRule.over(Layer.HOUSEHOLD, Layer.WORKPLACE), DayWindow.all());
 * List<TraceResult> each = tracer.contactsOfEach(cases, 2, rule, window);
 * Clusters clusters = tracer.clusters(cases, CloseContactRule.DEFAULT, window);
 * }</pre>
 *
 * <p>Immutable and thread-safe: each thread gets its own scratch arrays, made on its first query
 * and kept while the thread and the tracer live: about 4.2 bytes per resident and 4.3 per group
 * for single-case queries (plus the queue, 12 bytes per contact of the largest answer), another
 * 24 per resident and 16 per group for {@link #clusters}, 4 more per group for a deep {@link
 * #contactsOfEach} (and, while it runs, the parts of groups its cases share). Queries also make, once per tracer and
 * shared by all threads, one {@code int} per resident for each group layer they use (a resident's
 * place in its group when the group is a run of consecutive ids, as households are in a register),
 * one more for a layer with returnees' arrival days, and, for queries deeper than 1, one more (a
 * resident's group in one read). Concurrent queries give the same results as one thread. The
 * query path uses primitive arrays only: no boxing, no hash sets.
 */
public final class ContactTracer {
  /** The largest depth a query may ask for. */
  public static final int MAX_DEPTH = 100;

  private final ContactGraph graph;
  private final Topology topology;
  private final ThreadLocal<SingleSourceSearch> single;
  private final ThreadLocal<ReachSearch> reach;
  private final ThreadLocal<SharedHops> shared;

  /**
   * @param graph the contact graph to query
   * @throws NullPointerException if {@code graph} is null
   */
  public ContactTracer(ContactGraph graph) {
    this.graph = Objects.requireNonNull(graph, "graph");
    this.topology = new Topology(graph);
    this.single = ThreadLocal.withInitial(() -> new SingleSourceSearch(topology));
    this.reach = ThreadLocal.withInitial(() -> new ReachSearch(topology));
    this.shared = ThreadLocal.withInitial(() -> new SharedHops(topology));
  }

  /** @return the graph queried */
  public ContactGraph graph() {
    return graph;
  }

  /**
   * Close contacts of a case under the {@link CloseContactRule#DEFAULT} rule, from 2 days before
   * its symptom onset to {@code lastDay} (both inclusive): {@code closeContactsGivenOnset(12,
   * onset, isolatedOn)}. The window starts before {@code onset}, by the rule's lookback; to give a
   * window as is, use {@link #closeContacts(int, CloseContactRule, DayWindow)}.
   *
   * @param caseId the case
   * @param onset its day of symptom onset (not the window's start: that is 2 days earlier)
   * @param lastDay the last day that counts (usually the day it was isolated)
   * @return its close contacts, all at depth 1
   * @throws InvalidInputException if the case is unknown, a date is missing or {@code lastDay} is
   *     more than the lookback before {@code onset}
   */
  public TraceResult closeContactsGivenOnset(int caseId, LocalDate onset, LocalDate lastDay) {
    return closeContactsFromLookback(caseId, onset, lastDay);
  }

  /**
   * Close contacts of a case under the {@link CloseContactRule#DEFAULT} rule, from 2 days before
   * symptom onset to {@code until}.
   *
   * @param caseId the case
   * @param onset its day of symptom onset
   * @param until the last day that counts (usually the day it was isolated)
   * @return its close contacts, all at depth 1
   * @throws InvalidInputException if the case is unknown, a date is missing or {@code until} is
   *     more than the lookback before {@code onset}
   * @deprecated the second argument reads as a window's start but is the onset; use {@link
   *     #closeContactsGivenOnset(int, LocalDate, LocalDate)}, which does the same
   */
  @Deprecated
  public TraceResult closeContacts(int caseId, LocalDate onset, LocalDate until) {
    return closeContactsFromLookback(caseId, onset, until);
  }

  private TraceResult closeContactsFromLookback(int caseId, LocalDate onset, LocalDate until) {
    CloseContactRule rule = CloseContactRule.DEFAULT;
    if (onset == null || until == null) {
      return closeContacts(caseId, rule, rule.windowFor(onset, until)); // throws, naming the date
    }
    // the window's days without making the DayWindow: no allocation but the result
    long from = onset.toEpochDay() - rule.lookbackDays();
    long to = until.toEpochDay();
    if (to < from || from <= DayWindow.OPEN_START || to >= DayWindow.OPEN_END) {
      return closeContacts(caseId, rule, rule.windowFor(onset, until)); // throws, with the reason
    }
    checkCase(caseId);
    return single.get().run(caseId, 1, rule.layerMask(), rule.minEncounterMinutes(), (int) from, (int) to);
  }

  /**
   * Close contacts of a case under a rule, in a window given as is (the rule's lookback is not
   * applied; use {@link CloseContactRule#windowFor(LocalDate, LocalDate)} for that).
   *
   * @param caseId the case
   * @param rule which layers count and how long an encounter must last
   * @param window the days that count
   * @return its close contacts, all at depth 1
   * @throws InvalidInputException if the case is unknown or an argument is null
   */
  public TraceResult closeContacts(int caseId, CloseContactRule rule, DayWindow window) {
    return contacts(caseId, 1, rule, window);
  }

  /**
   * Contacts of a case to depth {@code depth} over the rule's layers.
   *
   * @param caseId the case
   * @param depth 1 for direct contacts, 2 adds their contacts, and so on, up to {@link #MAX_DEPTH}
   * @param rule which layers count and how long an encounter must last
   * @param window the days that count
   * @return the contacts with their depth
   * @throws InvalidInputException if the case is unknown, the depth is out of range or an argument
   *     is null
   */
  public TraceResult contacts(int caseId, int depth, CloseContactRule rule, DayWindow window) {
    checkQuery(depth, rule, window);
    checkCase(caseId);
    return single.get().run(caseId, depth, rule.layerMask(), rule.minEncounterMinutes(),
        window.fromDay(), window.toDay());
  }

  /**
   * Contacts of any of several cases, traced together as one (e.g. everyone to quarantine after a
   * day's confirmed cases): the depth of a contact is its distance to the nearest case; the cases
   * themselves are not listed.
   *
   * @param cases case ids (duplicates are ignored)
   * @param depth {@code 1..MAX_DEPTH}
   * @param rule which layers count
   * @param window the days that count
   * @return the contacts; {@link TraceResult#sources()} holds the distinct cases
   * @throws InvalidInputException if a case is unknown, there are none, the depth is out of
   *     range or an argument is null
   */
  public TraceResult contactsOfAny(int[] cases, int depth, CloseContactRule rule, DayWindow window) {
    checkQuery(depth, rule, window);
    int[] distinct = distinctCases(cases);
    return single.get().run(distinct, depth, rule.layerMask(), rule.minEncounterMinutes(),
        window.fromDay(), window.toDay());
  }

  /**
   * Contacts of each of many cases, the same as {@link #contacts} for each. At depth 1, and for a
   * case that shares no group with another case of the call, one single-case search per case on
   * this thread's scratch. Deeper, the part of the answers that comes through an open-ended group
   * several of the cases share (a workplace, a household) is searched once for all of them (the
   * group's members, and one multi-source search from them one level less deep), and each such
   * case's own search leaves the shared groups out and merges their parts into its answer as it
   * writes it (exact: a contact's depth is one more than its distance from the nearest direct
   * contact; see the package-private {@code SharedHops}). An answer may be held narrow where the
   * single query's is wide, or the other way, near the size where the layout changes; the
   * contacts are the same. A case listed twice gets the same result object twice.
   *
   * <p>A multi-source search (MS-BFS, Then et al., VLDB 2015, one bit per case per resident) that
   * scans a group shared by several cases once for all of them was measured on the Jinsha preset
   * and its scaled communities (benchmarks/RESULTS.md) and removed: the single-case search was
   * 2.3-5 times faster for 20 cases in five shared groups; the per-(case, contact) bit planes cost
   * more than the shared scans save once answers are hundreds of contacts a case. Merging parts
   * shares the search without them.
   *
   * @param cases case ids (may repeat; one result per entry)
   * @param depth {@code 1..MAX_DEPTH}
   * @param rule which layers count
   * @param window the days that count
   * @return one result per entry of {@code cases}, in the same order
   * @throws InvalidInputException if a case is unknown, the depth is out of range or an argument
   *     is null
   */
  public List<TraceResult> contactsOfEach(int[] cases, int depth, CloseContactRule rule, DayWindow window) {
    checkQuery(depth, rule, window);
    if (cases == null) {
      throw InvalidInputException.argument("cases", "missing");
    }
    for (int c : cases) {
      checkCase(c);
    }
    List<TraceResult> out = new ArrayList<>(cases.length);
    int mask = rule.layerMask();
    int minutes = rule.minEncounterMinutes();
    int w1 = window.fromDay();
    int w2 = window.toDay();
    SingleSourceSearch search = single.get();
    if (depth >= 2 && cases.length >= 2) {
      return shared.get().run(search, cases, depth, mask, minutes, w1, w2);
    }
    for (int c : cases) {
      out.add(search.run(c, depth, mask, minutes, w1, w2));
    }
    return out;
  }

  /**
   * The linked groups among a set of cases: two cases are linked when one is within {@code
   * linkDepth} steps of the other under the rule (1: direct contacts; 2: they also share a
   * contact), and clusters are the connected groups of that link (union-find). Which case reaches
   * which comes from a reachability-only multi-source search over all the cases at once (64 a
   * pass), which keeps no per-contact results.
   *
   * @param cases case ids (duplicates are ignored)
   * @param linkDepth {@code 1..MAX_DEPTH}
   * @param rule which layers count
   * @param window the days that count
   * @return the clusters, each sorted, ordered by their smallest case
   * @throws InvalidInputException if a case is unknown, the depth is out of range or an argument
   *     is null
   */
  public Clusters clusters(int[] cases, int linkDepth, CloseContactRule rule, DayWindow window) {
    checkQuery(linkDepth, rule, window);
    int[] distinct = distinctCases(cases);
    int k = distinct.length;
    int[] parent = new int[k];
    for (int i = 0; i < k; i++) {
      parent[i] = i;
    }
    // which cases reach which: a reachability-only multi-source search, 64 sources at a time
    ReachSearch search = reach.get();
    long[] reachers = new long[k];
    for (int start = 0; start < k; start += 64) {
      int[] batch = Arrays.copyOfRange(distinct, start, Math.min(k, start + 64));
      search.reachers(batch, linkDepth, rule.layerMask(), rule.minEncounterMinutes(), window.fromDay(),
          window.toDay(), distinct, reachers);
      for (int j = 0; j < k; j++) {
        for (long bits = reachers[j]; bits != 0; bits &= bits - 1) {
          union(parent, start + Long.numberOfTrailingZeros(bits), j);
        }
      }
    }
    return Clusters.of(distinct, parent);
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      // the smaller index becomes the root: deterministic
      if (ra < rb) {
        parent[rb] = ra;
      } else {
        parent[ra] = rb;
      }
    }
  }

  static int root(int[] parent, int x) {
    return find(parent, x);
  }

  private int[] distinctCases(int[] cases) {
    if (cases == null || cases.length == 0) {
      throw InvalidInputException.argument("cases", "at least one case is needed");
    }
    for (int c : cases) {
      checkCase(c);
    }
    return Arrays.stream(cases).sorted().distinct().toArray();
  }

  private void checkCase(int caseId) {
    if (caseId < 0 || caseId >= topology.residentCount) {
      throw InvalidInputException.argument(
          "case", "unknown resident id " + caseId + " (community has ids 0.." + (topology.residentCount - 1) + ")");
    }
  }

  private static void checkQuery(int depth, CloseContactRule rule, DayWindow window) {
    if (depth < 1 || depth > MAX_DEPTH) {
      throw InvalidInputException.argument("depth", "must be 1.." + MAX_DEPTH + ": " + depth);
    }
    if (rule == null) {
      throw InvalidInputException.argument("rule", "missing");
    }
    if (window == null) {
      throw InvalidInputException.argument("window", "missing");
    }
  }
}
