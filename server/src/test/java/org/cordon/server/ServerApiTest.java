package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cordon.server.plan.Plan;
import org.cordon.server.plan.PlanLimits;
import org.cordon.server.plan.PlanScenario;
import org.cordon.simulation.cli.CordonCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The JSON API over real HTTP against a server on an ephemeral port of 127.0.0.1, running the real
 * engine on a small Jinsha community: one run at once, one waiting.
 */
class ServerApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long WAIT_MILLIS = 60_000;

  @TempDir static Path dir;
  static CordonServer server;
  static Http http;

  @BeforeAll
  static void start() {
    ServerOptions options = new ServerOptions("127.0.0.1", 0, new PlanLimits(5_000, 20_000), 1, 1, 2, 16 * 1024);
    server = CordonServer.start(PlanScenario.file(SmallScenario.write(dir)), options);
    http = new Http(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body());
  }

  /** Polls a run's status until it ends (no timing is asserted; the deadline only stops a hang). */
  static JsonNode await(String id) throws Exception {
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    while (true) {
      JsonNode s = json(http.get("/api/runs/" + id));
      String status = s.get("status").asText();
      if (List.of("done", "failed", "cancelled").contains(status) || System.currentTimeMillis() > deadline) {
        return s;
      }
      Thread.sleep(50);
    }
  }

  static String submit(String plan) throws Exception {
    HttpResponse<String> r = http.post("/api/runs", plan);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    return json(r).get("id").asText();
  }

  static CliResult compare(String scenarioYaml, int runs, long seed, Path out) throws Exception {
    Path file = Files.createTempDirectory(dir, "cli").resolve(PlanScenario.SOURCE);
    Files.writeString(file, scenarioYaml);
    CommandLine cl = CordonCommand.commandLine();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute("compare", "--scenario", file.toString(), "--runs", "" + runs, "--seed", "" + seed, "--quiet",
        "--no-report", "--out", out.toString());
    return new CliResult(code, err.toString().replace(file.toString(), PlanScenario.SOURCE).trim());
  }

  record CliResult(int code, String err) {}

  @Test
  void theScenarioIsTheBaselinePlanWithItsTimelineFieldsAndLimits() throws Exception {
    HttpResponse<String> r = http.get("/api/scenario");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode s = json(r);
    assertThat(s.get("name").asText()).isEqualTo("small-jinsha");
    assertThat(s.get("residents").asInt()).isEqualTo(SmallScenario.RESIDENTS);
    assertThat(s.get("defaults").get("community").asText()).isEqualTo("2020-02-01T08:00");
    assertThat(s.get("defaults").get("runs").asInt()).isEqualTo(200);
    List<String> measures = new ArrayList<>();
    s.get("timeline").forEach(m -> measures.add(m.get("name").asText()));
    assertThat(measures).contains("honghua-closure", "community-closure", "survey", "quarantine", "community-guards-24h");
    assertThat(s.get("limits").get("maxRuns").asInt()).isEqualTo(5_000);
    assertThat(s.get("fields").size()).isEqualTo(org.cordon.server.plan.PlanField.values().length);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"runs\": 24, \"seed\": 7, \"community\": \"2020-02-10T08:00\"}",
      "{\"runs\": 24, \"seed\": 7, \"guardPosts\": 2, \"surveyStaff\": 40, \"survey\": \"2020-02-03T08:00\","
          + " \"assumptions\": {\"ironSheetLeakUnguarded\": 0.3}}"})
  void aRunEqualsCompareOnItsScenarioFileByteForByte(String plan) throws Exception {
    String id = submit(plan);
    JsonNode status = await(id);
    assertThat(status.get("status").asText()).isEqualTo("done");
    assertThat(status.get("done").asLong()).isEqualTo(48).isEqualTo(status.get("total").asLong());
    String summary = http.get("/api/runs/" + id + "/summary.json").body();
    String daily = http.get("/api/runs/" + id + "/daily.csv").body();
    Path out = dir.resolve("out-" + id);
    CliResult cli = compare(http.get("/api/runs/" + id + "/scenario.yaml").body(), 24, 7, out);
    assertThat(cli.code()).as(cli.err()).isZero();
    assertThat(summary).isEqualTo(Files.readString(out.resolve("summary.json")));
    assertThat(daily).isEqualTo(Files.readString(out.resolve("daily.csv")));
    JsonNode s = JSON.readTree(summary);
    assertThat(s.get("runs").asInt()).isEqualTo(24);
    assertThat(s.get("variants").get(1).get("name").asText()).isEqualTo("plan");
    for (JsonNode v : s.get("variants")) {
      assertThat(v.get("cost").fieldNames()).toIterable()
          .containsExactly("guardShifts", "surveyStaffDays", "residentDaysClosed", "peakOnDuty");
      assertThat(v.get("cost").get("guardShifts").asLong()).isPositive();
    }
    HttpResponse<String> report = http.get("/api/runs/" + id + "/report.html");
    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.body()).contains("<html").contains("plan");
    JsonNode charts = json(http.get("/api/runs/" + id + "/charts.json"));
    assertThat(charts.get("differences").get("values").size()).isEqualTo(24);
  }

  @Test
  void progressStreamsAsServerSentEventsUntilTheRunIsDone() throws Exception {
    String id = submit("{\"runs\": 30, \"seed\": 2}");
    HttpResponse<Stream<String>> r = http.lines("/api/runs/" + id + "/events");
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
    List<String> events = new ArrayList<>();
    List<Long> done = new ArrayList<>();
    try (Stream<String> lines = r.body()) {
      String event = null;
      for (String line : (Iterable<String>) lines::iterator) {
        if (line.startsWith("event:")) {
          event = line.substring(6).trim();
          events.add(event);
        } else if (line.startsWith("data:") && "progress".equals(event)) {
          done.add(JSON.readTree(line.substring(5)).get("done").asLong());
        }
      }
    }
    assertThat(events).last().isEqualTo("done");
    assertThat(events).contains("progress");
    assertThat(done).isSorted().last().isEqualTo(60L);
  }

  @Test
  void invalidPlansGet400NamingTheirFieldInTheLabelsWords() throws Exception {
    String[][] cases = {
        {"{\"runs\": 0}", "runs", "Paired runs must be a whole number from 1 to 5,000."},
        {"{\"runs\": 5001}", "runs", "Paired runs must be a whole number from 1 to 5,000."},
        {"{\"runs\": \"12x\"}", "runs", "Paired runs must be a whole number from 1 to 5,000."},
        {"{\"seed\": \"abc\"}", "seed", "Seed must be a whole number."},
        {"{\"residents\": 20001}", "residents", "Residents must be a whole number from 1 to 20,000."},
        {"{\"community\": \"soon\"}", "community", "Community closure must be a date like 10 Feb 2020 08:00, or never."},
        {"{\"community\": \"2020-04-10T08:00\"}", "community",
            "Community closure must fall between 10 Jan 2020 and 8 Mar 2020 (the scenario's days), or be never."},
        {"{\"honghua\": \"2020-02-05T08:00\"}", "honghua",
            "Honghua closure must come before the community closure (1 Feb 2020 08:00), or be never"},
        {"{\"guards24h\": \"2020-01-30T08:00\"}", "guards24h",
            "Guards 24 h cannot start before the community closure (1 Feb 2020 08:00)."},
        {"{\"guardPosts\": 0}", "guardPosts", "Guards per checkpoint must be a whole number from 1 to 100,000."},
        {"{\"assumptions\": {\"stayHomeFactor\": 1.5}}", "assumptions.stayHomeFactor",
            "Contacts outside the home left when staying home must be a number from 0 to 1."},
        {"{\"gates\": 3}", "plan", "gates: Unknown plan field"},
        {"{\"assumptions\": {\"leak\": 0.1}}", "plan", "leak: Unknown assumption"},
        {"{\"assumptions\": {\"leak\": \"x\"}}", "plan", "leak: Unknown assumption"},
        {"[1, 2]", "plan", "Plan: Must be a JSON object"},
    };
    for (String[] c : cases) {
      HttpResponse<String> r = http.post("/api/runs", c[0]);
      assertThat(r.statusCode()).as(c[0]).isEqualTo(400);
      JsonNode body = json(r);
      assertThat(body.get("field").asText()).as(c[0]).isEqualTo(c[1]);
      assertThat(body.get("error").asText()).as(c[0]).startsWith(c[2]).doesNotContain("\n");
    }
  }

  /**
   * A body that is not JSON, or JSON with a key twice, is wrong before it is a plan: no single plan
   * field is at fault, so the 400 has no {@code field} (the page shows it above the form), only
   * the one line in the project's words.
   */
  @Test
  void aBodyThatIsNotJsonOrHasAKeyTwiceGets400WithoutAField() throws Exception {
    String[][] cases = {
        {"{runs: 3", "plan: not JSON (line 1, column 2): "},
        {"{\"runs\": 3, \"runs\": 4}", "plan: not JSON (line 1, column 19): duplicate key 'runs'"},
        {"[".repeat(1_500), "plan: not JSON: nested deeper than 1000 levels"},
    };
    for (String[] c : cases) {
      HttpResponse<String> r = http.post("/api/runs", c[0]);
      assertThat(r.statusCode()).as(c[0]).isEqualTo(400);
      JsonNode body = json(r);
      assertThat(body.size()).as(r.body()).isEqualTo(1);
      assertThat(body.get("error").asText()).as(c[0].substring(0, Math.min(20, c[0].length()))).startsWith(c[1])
          .doesNotContain("\n", "Jackson", "Stream", "org.", "java.", "Exception");
    }
  }

  @Test
  void aPlanTheScenarioReaderRejectsLandsOnItsFieldInPlannersWordsWithCompareMessageAsDetail() throws Exception {
    String body = "{\"community\": \"2020-03-08T08:00\"}";
    HttpResponse<String> r = http.post("/api/runs", body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    JsonNode error = json(r);
    Plan plan = Plan.fromJson(JSON.readTree(body), server.runs().scenario().baseline(), new PlanLimits(5_000, 20_000));
    CliResult cli = compare(server.runs().scenario().yaml(plan), 10, 1, dir.resolve("rejected"));
    assertThat(cli.code()).isEqualTo(2);
    assertThat(cli.err()).isEqualTo("cordon: " + error.get("detail").asText());
    assertThat(error.get("field").asText()).isIn("community", "guards24h");
    assertThat(error.get("error").asText()).startsWith("This plan cannot run: ").doesNotContain("plan.yaml")
        .doesNotContain("variants[").doesNotContain("measure '").doesNotContain("2020-03-");
    assertThat(dir.resolve("rejected")).doesNotExist();
  }

  @Test
  void aBodyOverTheLimitGets413() {
    String big = "{\"runs\": 10, \"pad\": \"" + "x".repeat(20 * 1024) + "\"}";
    assertThat(http.post("/api/runs", big).statusCode()).isEqualTo(413);
  }

  @Test
  void unknownRunsGet404() throws Exception {
    HttpResponse<String> r = http.get("/api/runs/nosuchrun");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(json(r).get("error").asText()).contains("nosuchrun");
    assertThat(http.delete("/api/runs/nosuchrun").statusCode()).isEqualTo(404);
  }

  @Test
  void oneRunsOneWaitsTheNextIsRefusedAndCancellingFreesTheThreads() throws Exception {
    String first = submit("{\"runs\": 5000, \"seed\": 11}");
    String second = submit("{\"runs\": 5000, \"seed\": 12}");
    HttpResponse<String> third = http.post("/api/runs", "{\"runs\": 10}");
    assertThat(third.statusCode()).isEqualTo(429);
    assertThat(json(third).get("error").asText()).startsWith("busy:");
    assertThat(json(http.get("/api/runs/" + second)).get("status").asText()).isEqualTo("queued");
    awaitStatus(first, "running");

    JsonNode cancelled = json(http.delete("/api/runs/" + second));
    assertThat(cancelled.get("status").asText()).isEqualTo("cancelled");
    assertThat(json(http.delete("/api/runs/" + first)).get("status").asText()).isEqualTo("cancelled");
    JsonNode end = await(first);
    assertThat(end.get("status").asText()).isEqualTo("cancelled");
    assertThat(end.get("done").asLong()).isLessThan(end.get("total").asLong());
    assertThat(http.get("/api/runs/" + first + "/summary.json").statusCode()).isEqualTo(404);
    awaitNoEngineThreads();
    assertThat(server.runs().running()).isZero();
    assertThat(json(http.get("/api/runs/" + second)).get("done").asLong()).isZero();

    // the slot is free again: a new run is accepted and finishes
    String next = submit("{\"runs\": 4}");
    assertThat(await(next).get("status").asText()).isEqualTo("done");
  }

  private static void awaitStatus(String id, String status) throws Exception {
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    while (!json(http.get("/api/runs/" + id)).get("status").asText().equals(status)
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
    assertThat(json(http.get("/api/runs/" + id)).get("status").asText()).isEqualTo(status);
  }

  private static void awaitNoEngineThreads() throws InterruptedException {
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    while (engineThreads() > 0 && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
    assertThat(engineThreads()).as("Monte Carlo worker threads left").isZero();
  }

  private static long engineThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().equals("cordon-montecarlo")).count();
  }
}
