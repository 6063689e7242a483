package org.cordon.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cordon.contact.DayWindow;
import org.cordon.contact.EncounterLayer;
import org.cordon.contact.Layer;
import org.cordon.contact.RandomCommunity;
import org.cordon.contact.RandomCommunity.Edge;
import org.cordon.contact.RandomCommunity.Membership;

/**
 * The plain oracle: for every pair of residents, every shared group and every encounter, the
 * earliest day in the window on which they were in contact; then breadth-first levels, each
 * found by checking every member of the level before against every resident. Quadratic and obviously right; works from the fixture's plain lists, not
 * from the graph's arrays. The fixture's memberships are sorted into their groups once, and the
 * links of one rule and window are kept for the oracle's next query with the same ones: both only
 * spare repeated work (the tests ask many queries of one community).
 */
final class BruteForceTracer {
  private final RandomCommunity rc;
  private final int n;
  /** The fixture's memberships by layer and group, in the fixture's order. */
  private final Map<List<Object>, List<Membership>> groups = new LinkedHashMap<>();
  private final Map<List<Object>, int[][][]> linksByRule = new HashMap<>();

  BruteForceTracer(RandomCommunity rc) {
    this.rc = rc;
    this.n = rc.community.residentCount();
    for (Membership m : rc.memberships) {
      groups.computeIfAbsent(List.of(m.layer(), m.group()), k -> new ArrayList<>()).add(m);
    }
  }

  /** Link between u and v: [layerMask, earliest day] or null. */
  private int[][][] links(Set<Layer> layers, int minMinutes, DayWindow w) {
    return linksByRule.computeIfAbsent(List.of(Set.copyOf(layers), minMinutes, w.fromDay(), w.toDay()),
        k -> computeLinks(layers, minMinutes, w));
  }

  private int[][][] computeLinks(Set<Layer> layers, int minMinutes, DayWindow w) {
    int[][][] link = new int[n][n][];
    for (List<Membership> group : groups.values()) {
      if (!layers.contains(group.get(0).layer())) {
        continue;
      }
      for (Membership a : group) {
        for (Membership b : group) {
          if (a.resident() == b.resident()) {
            continue;
          }
          int day = Math.max(w.fromDay(), Math.max(a.from(), b.from()));
          if (day <= Math.min(w.toDay(), Math.min(a.to(), b.to()))) {
            add(link, a.resident(), b.resident(), a.layer().bit(), day);
          }
        }
      }
    }
    if (layers.contains(Layer.ENCOUNTER)) {
      for (Edge e : rc.edges) {
        boolean longEnough = e.minutes() == EncounterLayer.UNKNOWN_MINUTES || e.minutes() >= minMinutes;
        if (longEnough && e.first() <= w.toDay() && e.last() >= w.fromDay()) {
          int day = Math.max(w.fromDay(), e.first());
          add(link, e.a(), e.b(), Layer.ENCOUNTER.bit(), day);
          add(link, e.b(), e.a(), Layer.ENCOUNTER.bit(), day);
        }
      }
    }
    return link;
  }

  private static void add(int[][][] link, int u, int v, int bit, int day) {
    int[] x = link[u][v];
    if (x == null) {
      link[u][v] = new int[] {bit, day};
    } else {
      x[0] |= bit;
      x[1] = Math.min(x[1], day);
    }
  }

  /** Contacts of the sources (together) to depth k: rows of {id, depth, layers, exposure}. */
  List<int[]> trace(int[] sources, int k, CloseContactRule rule, DayWindow w) {
    int[][][] link = links(rule.layers(), rule.minEncounterMinutes(), w);
    int[] depth = new int[n];
    Arrays.fill(depth, -1);
    for (int s : sources) {
      depth[s] = 0;
    }
    int[] layers = new int[n];
    int[] exp = new int[n];
    for (int d = 1; d <= k; d++) {
      for (int u = 0; u < n; u++) {
        if (depth[u] != d - 1) {
          continue;
        }
        for (int v = 0; v < n; v++) {
          int[] uv = link[u][v];
          if (uv == null || depth[v] != -1 && depth[v] != -2 - d) {
            continue;
          }
          if (depth[v] == -1) {
            depth[v] = -2 - d; // found this level; fixed below
            exp[v] = Integer.MAX_VALUE;
          }
          layers[v] |= uv[0];
          exp[v] = Math.min(exp[v], uv[1]);
        }
      }
      for (int v = 0; v < n; v++) {
        if (depth[v] == -2 - d) {
          depth[v] = d;
        }
      }
    }
    List<int[]> rows = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      if (depth[v] > 0) {
        rows.add(new int[] {v, depth[v], layers[v], exp[v]});
      }
    }
    return rows;
  }

  /** Clusters among distinct sorted cases, by pairwise distance. */
  List<List<Integer>> clusters(int[] cases, int linkDepth, CloseContactRule rule, DayWindow w) {
    int k = cases.length;
    boolean[][] linked = new boolean[k][k];
    for (int i = 0; i < k; i++) {
      List<int[]> rows = trace(new int[] {cases[i]}, linkDepth, rule, w);
      for (int j = 0; j < k; j++) {
        for (int[] r : rows) {
          if (r[0] == cases[j]) {
            linked[i][j] = true;
            linked[j][i] = true;
          }
        }
      }
    }
    int[] comp = new int[k];
    Arrays.fill(comp, -1);
    List<List<Integer>> out = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      if (comp[i] >= 0) {
        continue;
      }
      List<Integer> c = new ArrayList<>();
      comp[i] = out.size();
      List<Integer> stack = new ArrayList<>(List.of(i));
      while (!stack.isEmpty()) {
        int x = stack.remove(stack.size() - 1);
        c.add(cases[x]);
        for (int y = 0; y < k; y++) {
          if (linked[x][y] && comp[y] < 0) {
            comp[y] = comp[i];
            stack.add(y);
          }
        }
      }
      c.sort(null);
      out.add(c);
    }
    return out;
  }

  static List<int[]> rows(TraceResult r) {
    List<int[]> rows = new ArrayList<>();
    for (int i = 0; i < r.size(); i++) {
      rows.add(new int[] {r.id(i), r.depth(i), r.layerMask(i), r.firstExposureDay(i)});
    }
    return rows;
  }
}
