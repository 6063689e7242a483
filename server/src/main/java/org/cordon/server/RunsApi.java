package org.cordon.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cordon.server.run.Run;
import org.cordon.server.run.RunManager;
import org.cordon.server.run.RunResults;
import org.cordon.server.store.RunStore;
import org.cordon.server.store.StoredRun;

/**
 * The run routes that read a run live (in memory) or kept (in the store): a live run wins, so a
 * run's status and outputs are the same before and after a restart.
 */
final class RunsApi {
  private RunsApi() {}

  /**
   * @return {@code GET /api/runs}: {@code {"runs": [...]}}, every live and kept run, newest first,
   *     each as its status ({@link RunJson}) with its plan's one-line summary
   */
  static ObjectNode list(RunManager runs, RunStore store) {
    Map<String, ObjectNode> byId = new LinkedHashMap<>();
    for (StoredRun s : store.list()) {
      byId.put(s.id(), RunJson.of(s));
    }
    for (Run r : runs.all()) {
      byId.put(r.id(), RunJson.of(r));
    }
    List<ObjectNode> all = new ArrayList<>(byId.values());
    all.sort(Comparator.comparing((ObjectNode o) -> o.get("created").asText()).reversed()
        .thenComparing(o -> o.get("id").asText()));
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ArrayNode a = root.putArray("runs");
    all.forEach(a::add);
    return root;
  }

  /** @return a run's status, live or kept */
  static ObjectNode status(RunManager runs, RunStore store, String id) {
    Optional<Run> live = runs.get(id);
    if (live.isPresent()) {
      return RunJson.of(live.get());
    }
    return RunJson.of(store.load(id).orElseThrow(() -> new CordonServer.NotFound(id)));
  }

  /**
   * @param name {@code summary.json}, {@code daily.csv}, {@code charts.json} or {@code scenario.yaml}
   * @return that output of a run, live or kept
   */
  static String output(RunManager runs, RunStore store, String id, String name) {
    Optional<Run> live = runs.get(id);
    if (live.isPresent()) {
      Run r = live.get();
      if (name.equals("scenario.yaml")) {
        return r.scenarioYaml();
      }
      RunResults res = r.results().orElseThrow(() -> new CordonServer.NotFound(
          id + " has no results (status " + r.status().name().toLowerCase() + ")"));
      switch (name) {
        case "summary.json": return res.summaryJson();
        case "daily.csv": return res.dailyCsv();
        default: return res.chartsJson();
      }
    }
    StoredRun s = store.load(id).orElseThrow(() -> new CordonServer.NotFound(id));
    Optional<String> out;
    switch (name) {
      case "scenario.yaml": out = Optional.of(s.scenarioYaml()); break;
      case "summary.json": out = s.summaryJson(); break;
      case "daily.csv": out = s.dailyCsv(); break;
      default: out = s.chartsJson();
    }
    return out.orElseThrow(() -> new CordonServer.NotFound(id + " has no results (status " + s.status() + ")"));
  }
}
