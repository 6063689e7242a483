package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cordon.server.plan.PlanLimits;
import org.cordon.server.plan.PlanScenario;
import org.cordon.server.store.SqlRunStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs kept in a SQLite file over real HTTP: listed newest first with their plan's line, kept
 * across a restart byte for byte, deleted on request.
 */
class RunStoreApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private CordonServer start(Path data) {
    ServerOptions options = new ServerOptions("127.0.0.1", 0, new PlanLimits(5_000, 20_000), 1, 2, 2, 16 * 1024);
    return CordonServer.start(PlanScenario.file(SmallScenario.write(dir)), options,
        SqlRunStore.open("jdbc:sqlite:" + data.resolve("cordon.db"), "--data"));
  }

  private static JsonNode await(Http http, String id) throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    while (true) {
      JsonNode s = JSON.readTree(http.get("/api/runs/" + id).body());
      if (List.of("done", "failed", "cancelled").contains(s.get("status").asText())
          || System.currentTimeMillis() > deadline) {
        return s;
      }
      Thread.sleep(50);
    }
  }

  private static String submit(Http http, String plan) throws Exception {
    HttpResponse<String> r = http.post("/api/runs", plan);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    return JSON.readTree(r.body()).get("id").asText();
  }

  private static List<String> ids(Http http) throws Exception {
    HttpResponse<String> r = http.get("/api/runs");
    assertThat(r.statusCode()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    JSON.readTree(r.body()).get("runs").forEach(n -> ids.add(n.get("id").asText()));
    return ids;
  }

  @Test
  void runsAreListedNewestFirstKeptAcrossARestartByteForByteAndDeleted() throws Exception {
    Path data = dir.resolve("data");
    java.nio.file.Files.createDirectories(data);
    String first;
    String second;
    String summary;
    String daily;
    String charts;
    try (CordonServer server = start(data)) {
      Http http = new Http(server);
      first = submit(http, "{\"runs\": 6, \"seed\": 3}");
      assertThat(await(http, first).get("status").asText()).isEqualTo("done");
      Thread.sleep(5); // created times differ
      second = submit(http, "{\"runs\": 6, \"seed\": 3, \"community\": \"2020-02-10T08:00\"}");
      assertThat(await(http, second).get("status").asText()).isEqualTo("done");
      summary = http.get("/api/runs/" + second + "/summary.json").body();
      daily = http.get("/api/runs/" + second + "/daily.csv").body();
      charts = http.get("/api/runs/" + second + "/charts.json").body();
      assertThat(ids(http)).containsExactly(second, first);
    }
    try (CordonServer server = start(data)) {
      Http http = new Http(server);
      HttpResponse<String> list = http.get("/api/runs");
      JsonNode runs = JSON.readTree(list.body()).get("runs");
      assertThat(runs).hasSize(2);
      assertThat(runs.get(0).get("id").asText()).isEqualTo(second);
      assertThat(runs.get(0).get("status").asText()).isEqualTo("done");
      assertThat(runs.get(0).get("summary").asText())
          .isEqualTo("Community closure 10 Feb 2020 08:00 (baseline 1 Feb 2020 08:00); Guards 24 h 12 Feb 2020 08:00"
              + " (baseline 3 Feb 2020 08:00); 6 runs, seed 3");
      assertThat(runs.get(1).get("summary").asText()).isEqualTo("The baseline; 6 runs, seed 3");
      assertThat(http.get("/api/runs/" + second + "/summary.json").body()).isEqualTo(summary);
      assertThat(http.get("/api/runs/" + second + "/daily.csv").body()).isEqualTo(daily);
      assertThat(http.get("/api/runs/" + second + "/charts.json").body()).isEqualTo(charts);
      JsonNode status = JSON.readTree(http.get("/api/runs/" + second).body());
      assertThat(status.get("plan").get("community").asText()).isEqualTo("2020-02-10T08:00");
      assertThat(status.get("links").has("summary.json")).isTrue();

      HttpResponse<String> deleted = http.delete("/api/runs/" + first);
      assertThat(deleted.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(deleted.body()).get("status").asText()).isEqualTo("deleted");
      assertThat(http.get("/api/runs/" + first).statusCode()).isEqualTo(404);
      assertThat(http.delete("/api/runs/" + first).statusCode()).isEqualTo(404);
      assertThat(ids(http)).containsExactly(second);
    }
    try (CordonServer server = start(data)) {
      assertThat(ids(new Http(server))).as("a deletion is kept too").containsExactly(second);
    }
  }

  @Test
  void deletingARunningRunCancelsItAndTheCancelledRunIsKept() throws Exception {
    Path data = dir.resolve("cancel");
    java.nio.file.Files.createDirectories(data);
    String id;
    try (CordonServer server = start(data)) {
      Http http = new Http(server);
      id = submit(http, "{\"runs\": 5000, \"seed\": 4}");
      HttpResponse<String> r = http.delete("/api/runs/" + id);
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(r.body()).get("status").asText()).isEqualTo("cancelled");
      assertThat(await(http, id).get("status").asText()).isEqualTo("cancelled");
    }
    try (CordonServer server = start(data)) {
      Http http = new Http(server);
      JsonNode s = JSON.readTree(http.get("/api/runs/" + id).body());
      assertThat(s.get("status").asText()).isEqualTo("cancelled");
      assertThat(http.get("/api/runs/" + id + "/summary.json").statusCode()).isEqualTo(404);
    }
  }
}
