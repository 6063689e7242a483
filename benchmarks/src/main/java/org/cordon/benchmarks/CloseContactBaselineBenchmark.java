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
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class CloseContactBaselineBenchmark {
  /** Residents: the Jinsha preset and two scaled communities. */
  @Param({"26707", "100000", "1000000"})
  public int size;

  /**
   * A register folder ({@code cordon generate --out DIR} writes one) to measure on instead of a
   * synthesized community: {@code -p register=DIR -p size=0} (the size is then the register's).
   */
  @Param({""})
  public String register;

  /** An encounter file for the register (CSV {@code a,b,first_day,last_day[,minutes]}); synthetic encounters when blank. */
  @Param({""})
  public String encounters;

  private Fixture fixture;
  private Graph<Integer, DefaultEdge> view;
  private int next;

  /** Builds the community, the graph and its JGraphT view (not measured). */
  @Setup(Level.Trial)
  public void setUp() {
    fixture = Fixture.of(size, register, encounters);
    view = JGraphTBaseline.view(fixture.graph(), Queries.CLOSE, Queries.CLOSE_WINDOW);
  }

  /** @return close contacts of one case: BreadthFirstIterator to depth 1 */
  @Benchmark
  public JGraphTBaseline.Found jgraphtCloseContacts() {
    return JGraphTBaseline.contacts(view, fixture.caseAt(next++), 1);
  }

  /** @return close contacts of one case: JGraphT's neighbour set (the cheapest JGraphT answer) */
  @Benchmark
  public JGraphTBaseline.Found jgraphtNeighboursCloseContacts() {
    return JGraphTBaseline.neighbours(view, fixture.caseAt(next++));
  }

  /** @return clusters of 20 cases: BreadthFirstIterator to depth 2 from each, union-find */
  @Benchmark
  public List<List<Integer>> jgraphtClusters20() {
    return JGraphTBaseline.clusters(view, fixture.casesAt(next++, Queries.JINSHA_CASES), Queries.CLUSTER_LINK_DEPTH);
  }
}
