package org.cordon.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.IntToLongFunction;
import org.cordon.contact.DayWindow;
import org.cordon.trace.ContactTracer;
import org.cordon.trace.TraceResult;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;

/**
 * A companion to the JMH runs on a shared, overloaded machine: the same tracing queries timed by
 * this thread's CPU time ({@link ThreadMXBean#getCurrentThreadCpuTime()}) as well as wall time.
 * When other processes keep the cores busy, wall time counts the time the thread waited for a
 * core; CPU time does not (it still includes the cache misses other processes cause). Not a
 * replacement for JMH: no forks, no dead-code protection beyond summing the answers' sizes.
 *
 * <p>Run: {@code java -Xmx8g -cp benchmarks/target/benchmarks.jar org.cordon.benchmarks.CpuTimeProbe
 * 26707}. Each query runs three rounds of a fixed count (divided by the size's multiple of 26,707,
 * at least 3); the last round is reported.
 */
public final class CpuTimeProbe {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  /** Largest size at which the JGraphT household-and-workplace baseline is probed. */
  private static final int LARGEST_BASELINE = Fixture.JINSHA_RESIDENTS;

  private CpuTimeProbe() {}

  /** @param args community sizes */
  public static void main(String[] args) {
    System.out.println("residents,query,ops,cpu_us_per_op,wall_us_per_op");
    for (String a : args) {
      int n = Integer.parseInt(a);
      Fixture f = Fixture.of(n);
      ContactTracer t = f.tracer();
      DayWindow all = DayWindow.all();
      probe(n, "closeContacts", 20_000, i -> t.closeContacts(f.caseAt(i), Queries.ONSET, Queries.ISOLATED).size());
      probe(n, "depth2HouseholdWorkplace", 2_000,
          i -> t.contacts(f.caseAt(i), Queries.DEPTH, Queries.HOUSEHOLD_WORKPLACE, all).size());
      probe(n, "windowQuery", 2_000, i -> t.contacts(f.caseAt(i), Queries.DEPTH, Queries.WINDOW_RULE, Queries.WINDOW).size());
      probe(n, "bulk20Depth2", 100, i -> sizes(t.contactsOfEach(f.casesAt(i, Queries.JINSHA_CASES), Queries.DEPTH,
          Queries.HOUSEHOLD_WORKPLACE, all)));
      probe(n, "bulk20Depth2Singles", 100, i -> {
        long s = 0;
        for (int c : f.casesAt(i, Queries.JINSHA_CASES)) {
          s += t.contacts(c, Queries.DEPTH, Queries.HOUSEHOLD_WORKPLACE, all).size();
        }
        return s;
      });
      probe(n, "clusters20", 1_000, i -> t.clusters(f.casesAt(i, Queries.JINSHA_CASES), Queries.CLUSTER_LINK_DEPTH,
          Queries.CLOSE, Queries.CLOSE_WINDOW).count());
      Graph<Integer, DefaultEdge> close = JGraphTBaseline.view(f.graph(), Queries.CLOSE, Queries.CLOSE_WINDOW);
      probe(n, "jgraphtCloseContacts", 20_000, i -> JGraphTBaseline.contacts(close, f.caseAt(i), 1).size());
      if (n <= LARGEST_BASELINE) {
        Graph<Integer, DefaultEdge> hw = JGraphTBaseline.view(f.graph(), Queries.HOUSEHOLD_WORKPLACE, all);
        probe(n, "jgraphtDepth2HouseholdWorkplace", 20, i -> JGraphTBaseline.contacts(hw, f.caseAt(i), Queries.DEPTH).size());
      }
    }
  }

  private static long sizes(java.util.List<TraceResult> rs) {
    long s = 0;
    for (TraceResult r : rs) {
      s += r.size();
    }
    return s;
  }

  private static void probe(int n, String name, int opsAtJinsha, IntToLongFunction query) {
    int ops = (int) Math.max(3, (long) opsAtJinsha * Fixture.JINSHA_RESIDENTS / n);
    long sink = 0;
    for (int round = 0; round < 3; round++) {
      long cpu0 = THREADS.getCurrentThreadCpuTime();
      long wall0 = System.nanoTime();
      for (int i = 0; i < ops; i++) {
        sink += query.applyAsLong(round * ops + i);
      }
      long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
      long wall = System.nanoTime() - wall0;
      if (round == 2) {
        System.out.printf("%d,%s,%d,%.3f,%.3f%n", n, name, ops, cpu / 1e3 / ops, wall / 1e3 / ops);
      }
    }
    if (sink == 42) {
      System.out.print("");
    }
  }
}
