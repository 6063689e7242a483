package org.cordon.benchmarks;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import org.cordon.community.Community;
import org.cordon.contact.ContactGraph;
import org.cordon.contact.DayWindow;
import org.cordon.contact.Encounter;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Retained heap of the contact graph, in bytes per resident: the used heap (MemoryMXBean, after
 * repeated {@link System#gc()}) with the graph reachable, minus the used heap without it. Also
 * prints the graph's own estimate ({@link ContactGraph#sizeInBytes()}) and, where it fits, the
 * retained heap of the JGraphT view of household and workplace.
 *
 * <p>Run: {@code java -Xmx8g -cp benchmarks/target/benchmarks.jar org.cordon.benchmarks.Footprint
 * 26707 100000 1000000}. A measurement by differences of used heap is approximate (a few hundred
 * kilobytes of noise); at 100,000 residents and more that is under a few bytes a resident.
 */
public final class Footprint {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  /**
   * Largest community whose JGraphT household-and-workplace view is measured: at 100,000 the view
   * (22.4M edges) takes over ten minutes to build on the shared benchmark machine, and at 1,000,000
   * it does not fit (see WorkplaceBaselineBenchmark).
   */
  private static final int LARGEST_VIEW = Fixture.JINSHA_RESIDENTS;

  private Footprint() {}

  /**
   * @param args community sizes
   * @throws InterruptedException if interrupted while waiting for the collector
   */
  public static void main(String[] args) throws InterruptedException {
    PrintStream out = System.out;
    out.println("residents,structure,retained_bytes,bytes_per_resident,size_in_bytes_estimate");
    for (String a : args) {
      int n = Integer.parseInt(a);
      Community community = Fixture.community(n);
      List<Encounter> encounters = SyntheticEncounters.generate(community, Fixture.SEED + 1);
      long before = used();
      ContactGraph plain = ContactGraph.of(community);
      long after = used();
      report(out, n, "contact graph (memberships)", after - before, plain.sizeInBytes());
      before = used();
      ContactGraph full = ContactGraph.builder(community).addEncounters(encounters).build();
      after = used();
      report(out, n, "contact graph (memberships + encounters)", after - before, full.sizeInBytes());
      if (n <= LARGEST_VIEW) {
        before = used();
        Graph<Integer, DefaultEdge> view = JGraphTBaseline.view(full, Queries.HOUSEHOLD_WORKPLACE, DayWindow.all());
        after = used();
        report(out, n, "JGraphT view (household + workplace, " + view.edgeSet().size() + " edges)", after - before, -1);
        view = null;
      }
      before = used();
      Community again = Fixture.community(n);
      after = used();
      report(out, n, "community (synthesized)", after - before, -1);
      keep(plain, full, again);
    }
  }

  private static void report(PrintStream out, int n, String what, long bytes, long estimate) {
    out.printf("%d,%s,%d,%.1f,%s%n", n, what, bytes, (double) bytes / n, estimate < 0 ? "" : Long.toString(estimate));
  }

  private static long used() throws InterruptedException {
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return MEMORY.getHeapMemoryUsage().getUsed();
  }

  private static volatile Object sink;

  private static void keep(Object... o) {
    sink = o;
  }
}
