package org.cordon.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.cordon.InvalidInputException;
import org.cordon.contact.ContactGraph;
import org.cordon.contact.DayWindow;
import org.cordon.contact.Layer;
import org.cordon.trace.CloseContactRule;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * The baseline a researcher would otherwise write: the same tracing questions answered by
 * JGraphT's {@link BreadthFirstIterator} over the JGraphT view of the same layers ({@link
 * ContactGraph#asGraph(Set, DayWindow, int)}, groups expanded into cliques, the window and the
 * minimum encounter duration applied when the view is built). Depth is the iterator's {@link
 * BreadthFirstIterator#getDepth(Object)}; the traversal stops at the first vertex deeper than
 * asked.
 */
public final class JGraphTBaseline {
  private JGraphTBaseline() {}

  /** Contacts of one case: ids ascending, with their depths. */
  public record Found(int[] ids, byte[] depths) {
    /** @return the number of contacts */
    public int size() {
      return ids.length;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Found f && Arrays.equals(ids, f.ids) && Arrays.equals(depths, f.depths);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(ids);
    }

    @Override
    public String toString() {
      return "Found" + Arrays.toString(ids);
    }
  }

  /**
   * @param graph the contact graph
   * @param rule the rule whose layers and minimum encounter duration the view applies
   * @param window the days that count
   * @return the JGraphT view of the rule's layers in the window
   * @throws InvalidInputException if an argument is null
   */
  public static Graph<Integer, DefaultEdge> view(ContactGraph graph, CloseContactRule rule, DayWindow window) {
    Set<Layer> layers = rule.layers();
    return graph.asGraph(layers, window, rule.minEncounterMinutes());
  }

  /**
   * Contacts of {@code source} to depth {@code depth} with {@link BreadthFirstIterator}.
   *
   * @param g the view
   * @param source the case
   * @param depth {@code >= 1}
   * @return the contacts (the case itself excluded), ascending, with depths
   * @throws InvalidInputException if {@code depth < 1}
   */
  public static Found contacts(Graph<Integer, DefaultEdge> g, int source, int depth) {
    if (depth < 1) {
      throw InvalidInputException.argument("depth", "must be >= 1: " + depth);
    }
    BreadthFirstIterator<Integer, DefaultEdge> it = new BreadthFirstIterator<>(g, source);
    int[] ids = new int[16];
    int n = 0;
    while (it.hasNext()) {
      Integer v = it.next();
      int d = it.getDepth(v);
      if (d > depth) {
        break;
      }
      if (d >= 1) {
        if (n == ids.length) {
          ids = Arrays.copyOf(ids, n * 2);
        }
        ids[n++] = v;
      }
    }
    ids = Arrays.copyOf(ids, n);
    Arrays.sort(ids);
    byte[] depths = new byte[n];
    // depths are looked up after sorting; the iterator keeps them for every seen vertex
    for (int i = 0; i < n; i++) {
      depths[i] = (byte) it.getDepth(ids[i]);
    }
    return new Found(ids, depths);
  }

  /**
   * Direct contacts through JGraphT's neighbour list ({@link Graphs#neighborSetOf}), the cheapest
   * JGraphT answer at depth 1.
   *
   * @param g the view
   * @param source the case
   * @return the direct contacts, ascending, all at depth 1
   */
  public static Found neighbours(Graph<Integer, DefaultEdge> g, int source) {
    Set<Integer> s = Graphs.neighborSetOf(g, source);
    int[] ids = new int[s.size()];
    int n = 0;
    for (Integer v : s) {
      ids[n++] = v;
    }
    Arrays.sort(ids);
    byte[] depths = new byte[n];
    Arrays.fill(depths, (byte) 1);
    return new Found(ids, depths);
  }

  /**
   * @param g the view
   * @param cases the cases
   * @param depth {@code >= 1}
   * @return one {@link #contacts} answer per case, in order
   */
  public static List<Found> contactsOfEach(Graph<Integer, DefaultEdge> g, int[] cases, int depth) {
    List<Found> out = new ArrayList<>(cases.length);
    for (int c : cases) {
      out.add(contacts(g, c, depth));
    }
    return out;
  }

  /**
   * Clusters of linked cases, as {@link org.cordon.trace.ContactTracer#clusters}: a breadth-first
   * search to {@code linkDepth} from each case, union-find over the cases each one reaches.
   *
   * @param g the view
   * @param cases the cases
   * @param linkDepth {@code >= 1}
   * @return the clusters, each ascending, ordered by their smallest case
   */
  public static List<List<Integer>> clusters(Graph<Integer, DefaultEdge> g, int[] cases, int linkDepth) {
    int[] distinct = Arrays.stream(cases).sorted().distinct().toArray();
    int k = distinct.length;
    int[] parent = new int[k];
    for (int i = 0; i < k; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < k; i++) {
      Found f = contacts(g, distinct[i], linkDepth);
      for (int j = 0; j < k; j++) {
        if (j != i && Arrays.binarySearch(f.ids(), distinct[j]) >= 0) {
          int a = root(parent, i);
          int b = root(parent, j);
          if (a != b) {
            parent[Math.max(a, b)] = Math.min(a, b);
          }
        }
      }
    }
    List<List<Integer>> out = new ArrayList<>();
    int[] slot = new int[k];
    Arrays.fill(slot, -1);
    for (int i = 0; i < k; i++) {
      int r = root(parent, i);
      if (slot[r] < 0) {
        slot[r] = out.size();
        out.add(new ArrayList<>());
      }
      out.get(slot[r]).add(distinct[i]);
    }
    return out;
  }

  private static int root(int[] parent, int x) {
    while (parent[x] != x) {
      x = parent[x];
    }
    return x;
  }
}
