package org.cordon.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
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

/**
 * JGraphT baselines of the close-contact questions of {@link TracingBenchmark} ({@code
 * closeContacts}, {@code clusters20}), over the JGraphT view of household and encounters of at
 * least 15 minutes in the close-contact window. That view is small (households and a few
 * encounters a resident), so it is measured at every size, 1,000,000 included.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class CloseContactBaselineBenchmark extends CommunityState {
  /** Residents: the Jinsha preset and two scaled communities. */
  @Param({"26707", "100000", "1000000"})
  public int size;

  @Override
  protected int residents() {
    return size;
  }

  private Graph<Integer, DefaultEdge> view;

  /** Builds the community, the graph and its JGraphT view (not measured). */
  @Setup(Level.Trial)
  public void setUp() {
    loadFixture();
    view = JGraphTBaseline.view(fixture.graph(), Queries.CLOSE, Queries.CLOSE_WINDOW);
  }

  /** @return close contacts of one case: BreadthFirstIterator to depth 1 */
  @Benchmark
  public JGraphTBaseline.Found jgraphtCloseContacts() {
    return JGraphTBaseline.contacts(view, nextCase(), 1);
  }

  /** @return close contacts of one case: JGraphT's neighbour set (the cheapest JGraphT answer) */
  @Benchmark
  public JGraphTBaseline.Found jgraphtNeighboursCloseContacts() {
    return JGraphTBaseline.neighbours(view, nextCase());
  }

  /** @return clusters of 20 cases: BreadthFirstIterator to depth 2 from each, union-find */
  @Benchmark
  public List<List<Integer>> jgraphtClusters20() {
    return JGraphTBaseline.clusters(view, nextCases(Queries.JINSHA_CASES), Queries.CLUSTER_LINK_DEPTH);
  }
}
