package org.cordon.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.cordon.contact.DayWindow;
import org.cordon.contact.Layer;
import org.cordon.contact.RandomCommunity;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every query kind against the brute-force oracle and the JGraphT view, on seeded random communities. */
class ContactTracerOracleTest {

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 300);
  }

  private static CloseContactRule randomRule(RandomCommunity rc) {
    SplittableRandom r = rc.random();
    return new CloseContactRule(rc.randomLayers(), r.nextInt(3) == 0 ? 0 : r.nextInt(40), 2);
  }

  private static int[] randomCases(RandomCommunity rc, int max) {
    SplittableRandom r = rc.random();
    int n = rc.community.residentCount();
    int[] cases = new int[1 + r.nextInt(max)];
    for (int i = 0; i < cases.length; i++) {
      cases[i] = r.nextInt(n);
    }
    return cases;
  }

  private static List<String> str(List<int[]> rows) {
    List<String> out = new ArrayList<>();
    for (int[] row : rows) {
      out.add(Arrays.toString(row));
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void closeContactsUnderTheDefaultRuleMatchTheOracle(long seed) {
    RandomCommunity rc = RandomCommunity.of(seed);
    ContactTracer tracer = new ContactTracer(rc.graph);
    BruteForceTracer oracle = new BruteForceTracer(rc);
    for (int q = 0; q < 5; q++) {
      int c = rc.random().nextInt(rc.community.residentCount());
      DayWindow w = rc.randomWindow();
      TraceResult got = tracer.closeContacts(c, CloseContactRule.DEFAULT, w);
      assertThat(str(BruteForceTracer.rows(got)))
          .as("case %d window %s", c, w)
          .containsExactlyElementsOf(str(oracle.trace(new int[] {c}, 1, CloseContactRule.DEFAULT, w)));
      assertThat(got.source()).isEqualTo(c);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void contactsToDepthKMatchTheOracle(long seed) {
    RandomCommunity rc = RandomCommunity.of(seed);
    ContactTracer tracer = new ContactTracer(rc.graph);
    BruteForceTracer oracle = new BruteForceTracer(rc);
    for (int depth = 1; depth <= 3; depth++) {
      int c = rc.random().nextInt(rc.community.residentCount());
      CloseContactRule rule = randomRule(rc);
      DayWindow w = rc.randomWindow();
      TraceResult got = tracer.contacts(c, depth, rule, w);
      assertThat(str(BruteForceTracer.rows(got)))
          .as("case %d depth %d rule %s window %s", c, depth, rule, w)
          .containsExactlyElementsOf(str(oracle.trace(new int[] {c}, depth, rule, w)));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void bulkTracingGivesEachCaseTheSameAsTheOracle(long seed) {
    RandomCommunity rc = RandomCommunity.of(seed);
    ContactTracer tracer = new ContactTracer(rc.graph);
    BruteForceTracer oracle = new BruteForceTracer(rc);
    int depth = 1 + rc.random().nextInt(3);
    CloseContactRule rule = randomRule(rc);
    DayWindow w = rc.randomWindow();
    int[] cases = randomCases(rc, 80); // may exceed one 64-case batch and repeat cases
    List<TraceResult> got = tracer.contactsOfEach(cases, depth, rule, w);
    assertThat(got).hasSize(cases.length);
    for (int i = 0; i < cases.length; i++) {
      assertThat(got.get(i).source()).isEqualTo(cases[i]);
      assertThat(str(BruteForceTracer.rows(got.get(i))))
          .as("case %d depth %d rule %s window %s", cases[i], depth, rule, w)
          .containsExactlyElementsOf(str(oracle.trace(new int[] {cases[i]}, depth, rule, w)));
      assertThat(got.get(i)).isEqualTo(tracer.contacts(cases[i], depth, rule, w));
    }
  }

  /**
   * Cases picked as members of the same groups (as a day's cases often are: one workplace, one
   * household), so that deep bulk queries take the shared-group path ({@code SharedHops}): each
   * answer must be the oracle's and the single query's, at depths 2 to 4, over random layers
   * (encounters among them), windows and communities with intervals, returnees and households
   * laid out as runs.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void bulkTracingOfCasesSharingGroupsGivesEachCaseTheSameAsTheOracle(long seed) {
    RandomCommunity rc = seed % 3 == 0 ? RandomCommunity.withHouseholdRuns(seed, 80, seed % 2 == 0)
        : RandomCommunity.of(seed);
    ContactTracer tracer = new ContactTracer(rc.graph);
    BruteForceTracer oracle = new BruteForceTracer(rc);
    SplittableRandom r = rc.random();
    int depth = 2 + r.nextInt(3);
    CloseContactRule rule = randomRule(rc);
    DayWindow w = r.nextInt(4) == 0 ? DayWindow.all() : rc.randomWindow();
    int[] cases = casesSharingGroups(rc, 2 + r.nextInt(20));
    List<TraceResult> got = tracer.contactsOfEach(cases, depth, rule, w);
    assertThat(got).hasSize(cases.length);
    for (int i = 0; i < cases.length; i++) {
      assertThat(got.get(i).source()).isEqualTo(cases[i]);
      assertThat(str(BruteForceTracer.rows(got.get(i))))
          .as("case %d of %s depth %d rule %s window %s", cases[i], Arrays.toString(cases), depth, rule, w)
          .containsExactlyElementsOf(str(oracle.trace(new int[] {cases[i]}, depth, rule, w)));
      assertThat(got.get(i)).isEqualTo(tracer.contacts(cases[i], depth, rule, w));
    }
  }

  /** @return about {@code count} cases, in runs of members of one random membership's group */
  private static int[] casesSharingGroups(RandomCommunity rc, int count) {
    SplittableRandom r = rc.random();
    List<RandomCommunity.Membership> ms = rc.memberships;
    int[] cases = new int[count];
    for (int i = 0; i < count; ) {
      RandomCommunity.Membership m = ms.get(r.nextInt(ms.size()));
      List<Integer> members = new ArrayList<>();
      for (RandomCommunity.Membership o : ms) {
        if (o.layer() == m.layer() && o.group() == m.group()) {
          members.add(o.resident());
        }
      }
      for (int k = 1 + r.nextInt(4); k > 0 && i < count; k--) {
        cases[i++] = members.get(r.nextInt(members.size()));
      }
    }
    return cases;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void contactsOfAnyCaseMatchTheOracleTracingThemTogether(long seed) {
    RandomCommunity rc = RandomCommunity.of(seed);
    ContactTracer tracer = new ContactTracer(rc.graph);
    BruteForceTracer oracle = new BruteForceTracer(rc);
    int depth = 1 + rc.random().nextInt(3);
    CloseContactRule rule = randomRule(rc);
    DayWindow w = rc.randomWindow();
    int[] cases = Arrays.stream(randomCases(rc, 6)).sorted().distinct().toArray();
    TraceResult got = tracer.contactsOfAny(cases, depth, rule, w);
    assertThat(str(BruteForceTracer.rows(got)))
        .containsExactlyElementsOf(str(oracle.trace(cases, depth, rule, w)));
    assertThat(got.sources()).containsExactly(cases);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void clustersMatchTheOracle(long seed) {
    RandomCommunity rc = RandomCommunity.of(seed);
    ContactTracer tracer = new ContactTracer(rc.graph);
    BruteForceTracer oracle = new BruteForceTracer(rc);
    int linkDepth = 1 + rc.random().nextInt(2);
    CloseContactRule rule = randomRule(rc);
    DayWindow w = rc.randomWindow();
    int[] cases = randomCases(rc, 12);
    int[] distinct = Arrays.stream(cases).sorted().distinct().toArray();
    Clusters got = tracer.clusters(cases, linkDepth, rule, w);
    assertThat(got.asLists()).isEqualTo(oracle.clusters(distinct, linkDepth, rule, w));
    for (int c : distinct) {
      assertThat(got.cluster(got.clusterOf(c))).contains(c);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void depthsAgreeWithJGraphTBreadthFirstSearchOnTheCliqueView(long seed) {
    RandomCommunity rc = RandomCommunity.of(seed);
    ContactTracer tracer = new ContactTracer(rc.graph);
    CloseContactRule rule = randomRule(rc);
    DayWindow w = rc.randomWindow();
    Graph<Integer, DefaultEdge> view = rc.graph.asGraph(rule.layers(), w, rule.minEncounterMinutes());
    int c = rc.random().nextInt(rc.community.residentCount());
    int depth = 1 + rc.random().nextInt(3);
    Map<Integer, Integer> expected = new HashMap<>();
    BreadthFirstIterator<Integer, DefaultEdge> bfs = new BreadthFirstIterator<>(view, c);
    while (bfs.hasNext()) {
      int v = bfs.next();
      int d = bfs.getDepth(v);
      if (d >= 1 && d <= depth) {
        expected.put(v, d);
      }
    }
    TraceResult got = tracer.contacts(c, depth, rule, w);
    Map<Integer, Integer> actual = new HashMap<>();
    for (int i = 0; i < got.size(); i++) {
      actual.put(got.id(i), got.depth(i));
    }
    assertThat(actual).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theCliqueViewHasAnEdgeExactlyWhereTheOracleSeesALink(long seed) {
    RandomCommunity rc = RandomCommunity.of(seed);
    BruteForceTracer oracle = new BruteForceTracer(rc);
    CloseContactRule rule = randomRule(rc);
    DayWindow w = rc.randomWindow();
    Graph<Integer, DefaultEdge> view = rc.graph.asGraph(rule.layers(), w, rule.minEncounterMinutes());
    int n = rc.community.residentCount();
    int edges = 0;
    for (int u = 0; u < n; u++) {
      for (int[] row : oracle.trace(new int[] {u}, 1, rule, w)) {
        assertThat(view.containsEdge(u, row[0])).isTrue();
        edges++;
      }
    }
    assertThat(view.edgeSet()).hasSize(edges / 2);
    assertThat(view.vertexSet()).hasSize(n);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void withoutIntervalsGroupsAreOpenAndResultsStillMatch(long seed) {
    RandomCommunity rc = RandomCommunity.of(seed, 40, false);
    ContactTracer tracer = new ContactTracer(rc.graph);
    BruteForceTracer oracle = new BruteForceTracer(rc);
    Set<Layer> layers = EnumSet.of(Layer.HOUSEHOLD, Layer.WORKPLACE, Layer.ENCOUNTER);
    CloseContactRule rule = CloseContactRule.over(layers);
    DayWindow w = rc.randomWindow();
    int[] cases = randomCases(rc, 20);
    List<TraceResult> got = tracer.contactsOfEach(cases, 2, rule, w);
    for (int i = 0; i < cases.length; i++) {
      assertThat(str(BruteForceTracer.rows(got.get(i))))
          .containsExactlyElementsOf(str(oracle.trace(new int[] {cases[i]}, 2, rule, w)));
    }
  }

  /**
   * Without validity intervals every layer is simple (open groups, one membership a resident), so
   * deep queries skip looking up the group of the layer that reached a frontier member: the
   * answers must not change, at every depth, for one case and for several traced as one.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void deepQueriesOverSimpleLayersMatchTheOracle(long seed) {
    RandomCommunity rc = RandomCommunity.of(seed, 60, false);
    assertThat(new Topology(rc.graph).simpleMask & Layer.HOUSEHOLD.bit()).isNotZero();
    ContactTracer tracer = new ContactTracer(rc.graph);
    BruteForceTracer oracle = new BruteForceTracer(rc);
    for (int depth = 2; depth <= 4; depth++) {
      CloseContactRule rule = randomRule(rc);
      DayWindow w = depth == 2 ? DayWindow.all() : rc.randomWindow();
      int c = rc.random().nextInt(rc.community.residentCount());
      assertThat(str(BruteForceTracer.rows(tracer.contacts(c, depth, rule, w))))
          .as("case %d depth %d rule %s window %s", c, depth, rule, w)
          .containsExactlyElementsOf(str(oracle.trace(new int[] {c}, depth, rule, w)));
      int[] cases = Arrays.stream(randomCases(rc, 5)).sorted().distinct().toArray();
      assertThat(str(BruteForceTracer.rows(tracer.contactsOfAny(cases, depth, rule, w))))
          .as("cases %s depth %d rule %s window %s", Arrays.toString(cases), depth, rule, w)
          .containsExactlyElementsOf(str(oracle.trace(cases, depth, rule, w)));
    }
  }

  /**
   * Close contacts (depth 1) through groups that are runs of consecutive ids take the run path
   * ({@link Topology#run(int)}): members straight from the case's entry, returnees' arrival days
   * beside it. With and without narrowed and extra memberships (which send their groups to the
   * general path), under random rules and windows, the answers must match the oracle.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void closeContactsThroughRunsOfIdsMatchTheOracle(long seed) {
    boolean intervals = seed % 2 == 0;
    RandomCommunity rc = RandomCommunity.withHouseholdRuns(seed, 60, intervals);
    if (!intervals) {
      int[] run = new Topology(rc.graph).run(Layer.HOUSEHOLD.ordinal());
      assertThat(run).as("every resident on the run path").doesNotContain(Topology.NONE, Topology.GENERAL);
    }
    ContactTracer tracer = new ContactTracer(rc.graph);
    BruteForceTracer oracle = new BruteForceTracer(rc);
    for (int q = 0; q < 6; q++) {
      CloseContactRule rule = q == 0 ? CloseContactRule.DEFAULT : randomRule(rc);
      DayWindow w = rc.randomWindow();
      int c = rc.random().nextInt(rc.community.residentCount());
      assertThat(str(BruteForceTracer.rows(tracer.closeContacts(c, rule, w))))
          .as("case %d rule %s window %s", c, rule, w)
          .containsExactlyElementsOf(str(oracle.trace(new int[] {c}, 1, rule, w)));
    }
  }

  /**
   * Deep queries over households laid out as runs of ids expand each frontier member's household
   * from its run entry, with no pending list: repeated expansions of one household on a level, and
   * households reached again on a later level, must give the oracle's answer, for one case and for
   * several traced as one.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void deepQueriesThroughRunsOfIdsMatchTheOracle(long seed) {
    boolean intervals = seed % 2 == 0;
    RandomCommunity rc = RandomCommunity.withHouseholdRuns(seed, 60, intervals);
    Topology topology = new Topology(rc.graph);
    topology.run(Layer.HOUSEHOLD.ordinal());
    if (!intervals) {
      assertThat(topology.runLaid(Layer.HOUSEHOLD.ordinal())).as("households on the run path").isTrue();
    }
    ContactTracer tracer = new ContactTracer(rc.graph);
    BruteForceTracer oracle = new BruteForceTracer(rc);
    for (int depth = 2; depth <= 4; depth++) {
      CloseContactRule rule = depth == 2 ? CloseContactRule.over(Layer.HOUSEHOLD, Layer.WORKPLACE) : randomRule(rc);
      DayWindow w = depth == 2 ? DayWindow.all() : rc.randomWindow();
      int c = rc.random().nextInt(rc.community.residentCount());
      assertThat(str(BruteForceTracer.rows(tracer.contacts(c, depth, rule, w))))
          .as("case %d depth %d rule %s window %s", c, depth, rule, w)
          .containsExactlyElementsOf(str(oracle.trace(new int[] {c}, depth, rule, w)));
      int[] cases = Arrays.stream(randomCases(rc, 5)).sorted().distinct().toArray();
      assertThat(str(BruteForceTracer.rows(tracer.contactsOfAny(cases, depth, rule, w))))
          .as("cases %s depth %d rule %s window %s", Arrays.toString(cases), depth, rule, w)
          .containsExactlyElementsOf(str(oracle.trace(cases, depth, rule, w)));
    }
  }

  /**
   * The last level of a deep query appends the members of each household it meets without a
   * {@code pos} write and leaves out a returnee who arrives after the window (branch-free), with the
   * frontier's run entries and arrival days read a block ahead: windows that end among the
   * returnees' arrivals, over households laid out as runs, must give the oracle's answer.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void deepQueriesEndingAmongArrivalsMatchTheOracle(long seed) {
    RandomCommunity rc = RandomCommunity.withHouseholdRuns(seed, 60, false);
    ContactTracer tracer = new ContactTracer(rc.graph);
    BruteForceTracer oracle = new BruteForceTracer(rc);
    int base = (int) RandomCommunity.DAY0.toEpochDay() - 3;
    CloseContactRule rule = CloseContactRule.over(Layer.HOUSEHOLD, Layer.WORKPLACE);
    for (int q = 0; q < 6; q++) {
      int depth = 2 + q % 2;
      int to = base + rc.random().nextInt(36);
      DayWindow w = q < 3 ? new DayWindow(DayWindow.OPEN_START, to) : new DayWindow(to - 6, to);
      int c = rc.random().nextInt(rc.community.residentCount());
      assertThat(str(BruteForceTracer.rows(tracer.contacts(c, depth, rule, w))))
          .as("case %d depth %d window %s", c, depth, w)
          .containsExactlyElementsOf(str(oracle.trace(new int[] {c}, depth, rule, w)));
    }
  }

  /**
   * The last level of a deep query reaches a household with no returnee a bitmap word at a time
   * ({@link RunExpansion#membersLastPlain}, chosen by {@link Topology#RUN_RETURNEES}), and the
   * dense writer tells a repeat by its place already written: communities of up to 400 residents
   * (households that span words and exceed 64 ids), with no returnees or a few, so that runs with
   * and without the mark meet on one level, depths 2 and 3, against the oracle.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void deepQueriesOverHouseholdsWithoutReturneesMatchTheOracle(long seed) {
    RandomCommunity rc = RandomCommunity.withHouseholdRuns(seed, 400, false, seed % 3 == 0 ? 0 : 25);
    ContactTracer tracer = new ContactTracer(rc.graph);
    BruteForceTracer oracle = new BruteForceTracer(rc);
    for (int q = 0; q < 4; q++) {
      int depth = 2 + q % 2;
      CloseContactRule rule = q < 2 ? CloseContactRule.over(Layer.HOUSEHOLD, Layer.WORKPLACE) : randomRule(rc);
      DayWindow w = q == 0 ? DayWindow.all() : rc.randomWindow();
      int c = rc.random().nextInt(rc.community.residentCount());
      assertThat(str(BruteForceTracer.rows(tracer.contacts(c, depth, rule, w))))
          .as("case %d depth %d rule %s window %s", c, depth, rule, w)
          .containsExactlyElementsOf(str(oracle.trace(new int[] {c}, depth, rule, w)));
    }
  }

  /**
   * A dense answer is held in 8 bytes a contact when its first exposures can span fewer days than
   * an entry codes ({@link Topology#narrowBase}), else in 12 (written by the sparse path).
   * Returnees arriving up to 50,000 days either side of DAY0: over the whole window and over one
   * open from 40,000 days before DAY0 the days may span more than {@link TraceResult#MAX_CODE},
   * over a window of a month they do not. Depths 2 and 3, one case and several traced as one,
   * against the oracle; each narrow answer equals its wide copy (both ways, same hash); both
   * layouts met at least 100 times over the 300 seeds.
   */
  @Test
  void answersHeldNarrowOrWideMatchTheOracle() {
    CloseContactRule hw = CloseContactRule.over(Layer.HOUSEHOLD, Layer.WORKPLACE);
    int day0 = (int) RandomCommunity.DAY0.toEpochDay();
    DayWindow[] windows = {
      DayWindow.all(), new DayWindow(day0 - 40_000, DayWindow.OPEN_END), new DayWindow(day0 - 3, day0 + 30)
    };
    int narrow = 0;
    int wide = 0;
    for (long seed = 1; seed <= 300; seed++) {
      RandomCommunity rc = RandomCommunity.withDistantArrivals(seed, 400);
      ContactTracer tracer = new ContactTracer(rc.graph);
      BruteForceTracer oracle = new BruteForceTracer(rc);
      for (DayWindow w : windows) {
        int depth = 2 + rc.random().nextInt(2);
        int c = rc.random().nextInt(rc.community.residentCount());
        int[] cases = Arrays.stream(randomCases(rc, 5)).sorted().distinct().toArray();
        TraceResult one = tracer.contacts(c, depth, hw, w);
        TraceResult any = tracer.contactsOfAny(cases, depth, hw, w);
        assertThat(str(BruteForceTracer.rows(one)))
            .as("seed %d case %d depth %d window %s", seed, c, depth, w)
            .containsExactlyElementsOf(str(oracle.trace(new int[] {c}, depth, hw, w)));
        assertThat(str(BruteForceTracer.rows(any)))
            .as("seed %d cases %s depth %d window %s", seed, Arrays.toString(cases), depth, w)
            .containsExactlyElementsOf(str(oracle.trace(cases, depth, hw, w)));
        for (TraceResult t : List.of(one, any)) {
          if (t.isNarrow()) {
            narrow++;
            TraceResult copy = wideCopy(t);
            assertThat(copy.isNarrow()).isFalse();
            assertThat(t).isEqualTo(copy).hasSameHashCodeAs(copy);
            assertThat(copy).isEqualTo(t);
          } else if (t.size() >= AnswerWriter.SHORT) {
            wide++;
          }
        }
      }
    }
    assertThat(narrow).as("narrow answers").isGreaterThanOrEqualTo(100);
    assertThat(wide).as("wide answers of at least %d contacts", AnswerWriter.SHORT).isGreaterThanOrEqualTo(100);
  }

  /** @return the same answer held wide, 12 bytes a contact */
  private static TraceResult wideCopy(TraceResult t) {
    int n = t.size();
    int[] packed = new int[3 * n];
    for (int i = 0; i < n; i++) {
      packed[i] = t.id(i);
      packed[n + i] = t.depth(i) << 8 | t.layerMask(i);
      packed[2 * n + i] = t.firstExposureDay(i);
    }
    int[] sources = t.sources();
    return new TraceResult(sources.length == 1 ? null : sources, t.source(), packed, n, false, 0);
  }
}
