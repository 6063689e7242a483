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
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * JGraphT baselines of the workplace questions of {@link TracingBenchmark} ({@code
 * depth2HouseholdWorkplace}, {@code bulk20Depth2}, {@code windowQuery}) over the JGraphT view of
 * household and workplace (and, for the window query, encounters of 15 minutes in the window).
 *
 * <p>Sizes: 26,707 and 100,000 only. The synthesizer keeps Jinsha's 31 institutions when it
 * scales, so workplaces grow with the community: expanded into cliques they are 1.5M edges at
 * 26,707, 22.4M at 100,000 and 2.2 billion at 1,000,000 (largest workplace 52,565 workers), which
 * at JGraphT's 100-200 bytes an edge does not fit in this machine's 23 GB. At 100,000 one
 * operation of {@code jgraphtBulk20Depth2} is 20 single-case searches of seconds each; RESULTS.md
 * says which sizes were run. The 1,000-case bulk baseline is in {@link BulkBaselineBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class WorkplaceBaselineBenchmark extends CommunityState {
  /** Residents: the Jinsha preset and one scaled community (1,000,000 does not fit, see above). */
  @Param({"26707", "100000"})
  public int size;

  @Override
  protected int residents() {
    return size;
  }

  private Graph<Integer, DefaultEdge> view;

  /**
   * Builds the community, the graph and the one JGraphT view the benchmark needs (not measured).
   *
   * @param params which benchmark runs
   */
  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    prepare(params.getBenchmark().endsWith("jgraphtWindowQuery"));
  }

  /** @param windowView whether to build the window query's view instead of household-and-workplace */
  void prepare(boolean windowView) {
    loadFixture();
    view = windowView
        ? JGraphTBaseline.view(fixture.graph(), Queries.WINDOW_RULE, Queries.WINDOW)
        : JGraphTBaseline.view(fixture.graph(), Queries.HOUSEHOLD_WORKPLACE, DayWindow.all());
  }

  /** @return depth-2 household-and-workplace contacts of one case */
  @Benchmark
  public JGraphTBaseline.Found jgraphtDepth2HouseholdWorkplace() {
    return JGraphTBaseline.contacts(view, nextCase(), Queries.DEPTH);
  }

  /** @return depth-2 household-and-workplace contacts of each of 20 cases */
  @Benchmark
  public List<JGraphTBaseline.Found> jgraphtBulk20Depth2() {
    return JGraphTBaseline.contactsOfEach(view, nextCases(Queries.JINSHA_CASES), Queries.DEPTH);
  }

  /** @return depth-2 contacts over household, workplace and encounters in the week 22-28 Jan */
  @Benchmark
  public JGraphTBaseline.Found jgraphtWindowQuery() {
    return JGraphTBaseline.contacts(view, nextCase(), Queries.DEPTH);
  }
}
