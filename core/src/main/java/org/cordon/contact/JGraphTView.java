package org.cordon.contact;

import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/** Expands the chosen layers of a {@link ContactGraph} into a JGraphT simple graph. */
final class JGraphTView {
  private JGraphTView() {}

  static Graph<Integer, DefaultEdge> build(
      ContactGraph graph, Set<Layer> chosen, DayWindow window, int minMinutes) {
    Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
    int n = graph.residentCount();
    for (int r = 0; r < n; r++) {
      g.addVertex(r);
    }
    int w1 = window.fromDay();
    int w2 = window.toDay();
    for (Layer layer : chosen) {
      if (layer.isGroupLayer()) {
        GroupLayer gl = graph.layer(layer);
        for (int grp = 0; grp < gl.groupCount(); grp++) {
          int end = gl.memberEnd(grp);
          for (int i = gl.memberStart(grp); i < end; i++) {
            int fi = Math.max(w1, gl.memberFrom(i));
            int ti = Math.min(w2, gl.memberTo(i));
            if (fi > ti) {
              continue;
            }
            int u = gl.member(i);
            for (int j = i + 1; j < end; j++) {
              int v = gl.member(j);
              if (v != u
                  && Math.max(fi, gl.memberFrom(j)) <= Math.min(ti, gl.memberTo(j))) {
                g.addEdge(u, v);
              }
            }
          }
        }
      } else {
        EncounterLayer e = graph.encounters();
        for (int u = 0; u < n; u++) {
          for (int i = e.start(u); i < e.end(u); i++) {
            int v = e.other(i);
            if (u < v && window.overlaps(e.firstDay(i), e.lastDay(i)) && e.lastsAtLeast(i, minMinutes)) {
              g.addEdge(u, v);
            }
          }
        }
      }
    }
    return g;
  }
}
