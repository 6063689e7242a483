package org.cordon.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cordon.contact.DayWindow;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JGraphT baseline of {@link TracingBenchmark#bulk1000Depth2()}: 1,000 breadth-first searches to
 * depth 2 over the household-and-workplace view, one per case. One operation takes tens of seconds,
 * so it runs as single shots (one warm-up, two measured) at 26,707 residents only; at 100,000 one
 * operation would take 1,000 times the single-case baseline of {@link WorkplaceBaselineBenchmark}
 * (several minutes) and at 1,000,000 the view does not fit (see there).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class BulkBaselineBenchmark extends CommunityState {
  /** Residents: the Jinsha preset only (see the class comment). */
  @Param({"26707"})
  public int size;

  @Override
  protected int residents() {
    return size;
  }

  private Graph<Integer, DefaultEdge> view;

  /** Builds the community, the graph and its household-and-workplace JGraphT view (not measured). */
  @Setup(Level.Trial)
  public void setUp() {
    loadFixture();
    view = JGraphTBaseline.view(fixture.graph(), Queries.HOUSEHOLD_WORKPLACE, DayWindow.all());
  }

  /** @return depth-2 household-and-workplace contacts of each of 1,000 cases */
  @Benchmark
  public List<JGraphTBaseline.Found> jgraphtBulk1000Depth2() {
    return JGraphTBaseline.contactsOfEach(view, nextCases(Queries.MANY_CASES), Queries.DEPTH);
  }
}
