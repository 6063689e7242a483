package org.cordon.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import org.cordon.server.run.Run;
import org.cordon.server.run.RunResults;
import org.cordon.server.store.StoredRun;

/**
 * A run as the API shows it, live ({@link Run}) or kept ({@link StoredRun}) alike: id, status,
 * done, total, runs, seed, error, the plan, its one-line summary, when it was asked for and ended,
 * and the links to its outputs; and a live run as the store keeps it.
 */
final class RunJson {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] OUTPUTS = {"summary.json", "daily.csv", "charts.json"};

  private RunJson() {}

  /**
   * @param run a live run
   * @return its status
   */
  static ObjectNode of(Run run) {
    ObjectNode o = head(run.id(), run.status().name().toLowerCase(), run.done(), run.total(), run.plan().runs(),
        run.plan().seed(), run.error(), run.line(), run.created(), run.finished());
    o.set("plan", run.plan().toJson());
    links(o, run.id(), run.results().isPresent(), run.results().isPresent());
    return o;
  }

  /**
   * @param s a kept run
   * @return its status (no {@code report.html}: it is made from the runs in memory)
   */
  static ObjectNode of(StoredRun s) {
    ObjectNode o = head(s.id(), s.status(), s.done(), s.total(), s.runs(), s.seed(), s.error(), s.line(), s.created(),
        Optional.of(s.finished()));
    try {
      o.set("plan", JSON.readTree(s.planJson()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("run " + s.id() + " has a damaged plan", e);
    }
    links(o, s.id(), s.status().equals("done"), false);
    return o;
  }

  /**
   * @param run an ended run
   * @return it as the store keeps it
   */
  static StoredRun stored(Run run) {
    Optional<RunResults> r = run.results();
    return new StoredRun(run.id(), run.created(), run.finished().orElse(Instant.now()),
        run.status().name().toLowerCase(), run.error(), run.plan().toJson().toString(), run.line(), run.plan().runs(),
        run.plan().seed(), run.done(), run.total(), run.scenarioYaml(), r.map(RunResults::summaryJson),
        r.map(RunResults::dailyCsv), r.map(RunResults::chartsJson));
  }

  private static ObjectNode head(String id, String status, long done, long total, int runs, long seed,
      Optional<String> error, String line, Instant created, Optional<Instant> finished) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", id);
    o.put("status", status);
    o.put("done", done);
    o.put("total", total);
    o.put("runs", runs);
    o.put("seed", seed);
    error.ifPresent(e -> o.put("error", e));
    o.put("summary", line);
    o.put("created", created.toString());
    finished.ifPresent(f -> o.put("finished", f.toString()));
    return o;
  }

  private static void links(ObjectNode o, String id, boolean outputs, boolean report) {
    ObjectNode links = o.putObject("links");
    String base = "/api/runs/" + id;
    links.put("self", base);
    links.put("events", base + "/events");
    links.put("scenario", base + "/scenario.yaml");
    if (outputs) {
      for (String f : OUTPUTS) {
        links.put(f, base + "/" + f);
      }
    }
    if (report) {
      links.put("report.html", base + "/report.html");
    }
  }
}
