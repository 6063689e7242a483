package org.cordon.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cordon.trace.Clusters;
import org.cordon.trace.TraceResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each tracing benchmark gives the same answer as its JGraphT baseline, on a small community of
 * the same structure, for the first cases of the same rotation: so the baseline answers the same
 * question. Calls the benchmark methods themselves, outside JMH.
 */
class BaselineAgreementTest {
  /** Small enough for the JGraphT views to build in well under a second. */
  private static final int RESIDENTS = 4_000;
  /** Invocations compared per benchmark. */
  private static final int CALLS = 40;

  private static TracingBenchmark cordon;

  @BeforeAll
  static void buildCordon() {
    cordon = new TracingBenchmark();
    cordon.size = RESIDENTS;
    cordon.setUp();
  }

  private static TracingBenchmark freshCordon() {
    TracingBenchmark b = new TracingBenchmark();
    b.size = RESIDENTS;
    b.setUp();
    return b;
  }

  private static CloseContactBaselineBenchmark closeBaseline() {
    CloseContactBaselineBenchmark b = new CloseContactBaselineBenchmark();
    b.size = RESIDENTS;
    b.setUp();
    return b;
  }

  private static WorkplaceBaselineBenchmark workplaceBaseline(boolean window) {
    WorkplaceBaselineBenchmark b = new WorkplaceBaselineBenchmark();
    b.size = RESIDENTS;
    b.prepare(window);
    return b;
  }

  private static void assertSame(TraceResult cordonAnswer, JGraphTBaseline.Found baseline) {
    int[] ids = cordonAnswer.ids();
    byte[] depths = new byte[ids.length];
    for (int i = 0; i < ids.length; i++) {
      depths[i] = (byte) cordonAnswer.depth(i);
    }
    assertThat(new JGraphTBaseline.Found(ids, depths)).isEqualTo(baseline);
  }

  @Test
  void closeContactsAgreeWithBreadthFirstIteratorAndNeighbourSet() {
    TracingBenchmark c = freshCordon();
    CloseContactBaselineBenchmark bfs = closeBaseline();
    CloseContactBaselineBenchmark nb = closeBaseline();
    int nonEmpty = 0;
    for (int i = 0; i < CALLS; i++) {
      TraceResult r = c.closeContacts();
      assertSame(r, bfs.jgraphtCloseContacts());
      assertSame(r, nb.jgraphtNeighboursCloseContacts());
      nonEmpty += r.isEmpty() ? 0 : 1;
    }
    assertThat(nonEmpty).as("most cases have close contacts").isGreaterThan(CALLS / 2);
  }

  @Test
  void depthTwoHouseholdWorkplaceAgrees() {
    TracingBenchmark c = freshCordon();
    WorkplaceBaselineBenchmark b = workplaceBaseline(false);
    for (int i = 0; i < CALLS; i++) {
      assertSame(c.depth2HouseholdWorkplace(), b.jgraphtDepth2HouseholdWorkplace());
    }
  }

  @Test
  void bulkOfTwentyAgrees() {
    TracingBenchmark c = freshCordon();
    WorkplaceBaselineBenchmark b = workplaceBaseline(false);
    for (int i = 0; i < 3; i++) {
      List<TraceResult> mine = c.bulk20Depth2();
      List<JGraphTBaseline.Found> theirs = b.jgraphtBulk20Depth2();
      assertThat(mine).hasSize(Queries.JINSHA_CASES).hasSameSizeAs(theirs);
      for (int k = 0; k < mine.size(); k++) {
        assertSame(mine.get(k), theirs.get(k));
      }
    }
  }

  @Test
  void windowQueryAgreesAndTheWindowMatters() {
    TracingBenchmark c = freshCordon();
    WorkplaceBaselineBenchmark b = workplaceBaseline(true);
    TracingBenchmark allDays = freshCordon();
    int narrower = 0;
    for (int i = 0; i < CALLS; i++) {
      TraceResult r = c.windowQuery();
      assertSame(r, b.jgraphtWindowQuery());
      int caseId = r.source();
      TraceResult unbounded = allDays.tracer().contacts(caseId, Queries.DEPTH, Queries.WINDOW_RULE,
          org.cordon.contact.DayWindow.all());
      narrower += unbounded.size() > r.size() ? 1 : 0;
    }
    assertThat(narrower).as("the window excludes some contacts").isPositive();
  }

  @Test
  void clustersAgree() {
    TracingBenchmark c = freshCordon();
    CloseContactBaselineBenchmark b = closeBaseline();
    for (int i = 0; i < 5; i++) {
      Clusters mine = c.clusters20();
      assertThat(mine.asLists()).isEqualTo(b.jgraphtClusters20());
    }
  }

  @Test
  void bulkOfAThousandAgrees() {
    BulkBaselineBenchmark b = new BulkBaselineBenchmark();
    b.size = RESIDENTS;
    b.setUp();
    List<TraceResult> mine = cordon.bulk1000Depth2();
    List<JGraphTBaseline.Found> theirs = b.jgraphtBulk1000Depth2();
    assertThat(mine).hasSize(Queries.MANY_CASES).hasSameSizeAs(theirs);
    for (int k = 0; k < mine.size(); k++) {
      assertSame(mine.get(k), theirs.get(k));
    }
  }
}
