package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.cordon.server.plan.PlanLimits;
import org.cordon.server.plan.PlanScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded fuzz of the HTTP API (seed {@value #SEED}, {@value #REQUESTS} requests, one connection
 * each): malformed JSON, wrong types, huge and deep bodies, odd paths, methods and headers,
 * other sites and other hosts; then {@value #PLANS} seeded plans with one field changed to an odd
 * value, posted as the page posts them. Every answer of 400 or more must be one JSON line: {@code
 * {"error": "..."}}, and for a plan's 400 optionally {@code "field"} (a plan field the server
 * knows, or {@code plan} for the plan as a whole) and {@code "detail"} (the CLI's line), no other
 * key, no library or Java class name in any message; no answer may be a 5xx, and the server must
 * still answer a normal request afterwards. A failure names the request.
 */
class HttpFuzzTest {
  private static final long SEED = 20_260_121L;
  private static final int REQUESTS = 1_000;
  private static final int PLANS = 300;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] BAD_WORDS = {"org.", "java.", "Exception", "StreamReadConstraints", "snakeyaml",
      "JsonReadFeature", "Jackson", "jetty", "javalin", "<html"};

  @TempDir Path dir;

  private static final String[] PATHS = {"/api/runs", "/api/scenario", "/api/runs/", "/api/runs/%00", "/api/runs/..",
      "/%2e%2e/%2e%2e/etc/passwd", "/api/runs/abc/events", "/api/runs/abc/summary.json", "/api/runs/abc/daily.csv",
      "/api/runs/abc/report.html", "/api/runs/abc/charts.json", "/api/runs/abc/scenario.yaml", "/api//runs",
      "/api/runs?x=%zz", "/api/runs/%ff%fe", "/api/runs/a;b", "/index.html", "/app.js", "/nothing", "/api",
      "/api/runs/abc/../../etc/passwd", "/api/runs/abc%2fdef", "/%", "/api/runs/\u00e9", "*", "/api/runs/ab cd"};
  private static final String[] METHODS = {"GET", "POST", "DELETE", "PUT", "PATCH", "OPTIONS", "HEAD", "TRACE", "FOO"};
  /** A valid plan for the small scenario; the plan fuzz changes one of its values. */
  private static final String PLAN = "{\"runs\": 2, \"seed\": 1, \"honghua\": \"2020-01-25T13:00\", \"community\":"
      + " \"2020-02-01T08:00\", \"guards24h\": \"never\", \"guardPosts\": 2, \"surveyStaff\": 160,"
      + " \"surveyHouseholdsPerDay\": 10, \"residents\": 1500, \"assumptions\": {\"stayHomeFactor\": 0.5}}";
  private static final String[] ODD_VALUES = {"0", "-1", "1.5", "1e400", "99999999999999999999", "\"\"", "\"ten\"",
      "\"never\"", "null", "true", "[]", "{}", "[1]", "{\"a\": 1}", "\"2020-01-01T08:00\"", "\"2020-03-08T08:00\"",
      "\"2020-03-09T08:00\"", "\"2020-02-30T08:00\"", "\"2020-02-10\"", "\"2020-02-10T08:00\"", "\"1 Feb 2020\"",
      "\"java.lang.Object\"", "2", "100000", "100001", "10000", "10001", "0.0001", "NaN", "\"\\u0000\""};
  private static final String[] PLAN_KEYS = {"runs", "seed", "residents", "honghua", "community", "guards24h", "survey",
      "quarantine", "isolationSwitch", "guardPosts", "guardShifts", "surveyStaff", "surveyHouseholdsPerDay",
      "assumptions", "assumptions.stayHomeFactor", "assumptions.stayHomeHouseholdFactor", "assumptions.x", "gates"};

  private static final String[] BODIES = {"", "{", "}", "[]", "null", "1", "\"runs\"", "{\"runs\": \"ten\"}",
      "{\"runs\": -1}", "{\"runs\": 1e400}", "{\"runs\": 99999999999999999999}", "{\"runs\": 2.5}", "{\"runs\": NaN}",
      "{\"runs\": null}", "{\"seed\": \"x\"}", "{\"seed\": 1.5}", "{\"community\": 5}", "{\"community\": \"never\", \"runs\": 0}",
      "{\"assumptions\": []}", "{\"assumptions\": {\"stayHomeFactor\": \"a\"}}", "{\"assumptions\": {\"x\": 1}}",
      "{\"residents\": -5}", "{\"guardPosts\": [1]}", "{\"runs\": 2, \"runs\": 3}", "{'runs': 2}", "{runs: 2}",
      "{\"runs\": 2,}", "{\"a\":", "\u0000", "{\"runs\": 2} trailing", "\uFEFF{\"runs\": 0}", "{\"\u0000\": 1}"};

  @Test
  void everyErrorIsOneJsonLineAndTheServerKeepsAnswering() throws Exception {
    ServerOptions options = new ServerOptions("127.0.0.1", 0, new PlanLimits(3, 20_000), 1, 0, 2, 16 * 1024,
        List.of(), Optional.empty(), 512, 1);
    try (CordonServer server = CordonServer.start(PlanScenario.file(SmallScenario.write(dir)), options)) {
      RawHttp http = new RawHttp(server.port());
      Set<String> fields = planFields(http);
      Random random = new Random(SEED);
      List<String> failures = new ArrayList<>();
      int accepted = 0;
      long t0 = System.nanoTime();
      for (int i = 0; i < REQUESTS && failures.size() < 10; i++) {
        String method = pick(random, METHODS);
        String path = random.nextInt(10) == 0 ? "/api/runs/" + "z".repeat(random.nextInt(12_000)) : pick(random, PATHS);
        List<String> headers = new ArrayList<>();
        if (random.nextBoolean()) {
          headers.add("Content-Type: " + pick(random, "application/json", "text/plain", "application/x-www-form-urlencoded",
              "application/json; charset=latin1", "multipart/form-data; boundary=x", "", "application/JSON"));
        }
        switch (random.nextInt(8)) {
          case 0 -> headers.add("Origin: " + pick(random, "http://evil.example", "null", "http://127.0.0.1:1", ""));
          case 1 -> headers.add("Host: " + pick(random, "attacker.example", "127.0.0.1:" + server.port() + "x", "[::1",
              "", "localhost:" + server.port(), "a".repeat(300)));
          case 2 -> headers.add("X-Pad: " + "p".repeat(random.nextInt(12_000)));
          case 3 -> headers.add("Authorization: Bearer " + "t".repeat(random.nextInt(40)));
          case 4 -> headers.add("Sec-Fetch-Site: " + pick(random, "cross-site", "same-origin", "none"));
          default -> { }
        }
        String body = null;
        if (!method.equals("GET") && !method.equals("HEAD") && random.nextInt(4) > 0) {
          body = switch (random.nextInt(6)) {
            case 0 -> "[".repeat(1 + random.nextInt(3_000));
            case 1 -> "{\"runs\": 2, \"pad\": \"" + "x".repeat(random.nextInt(40_000)) + "\"}";
            case 2 -> "{\"a\":".repeat(1 + random.nextInt(1_500));
            default -> pick(random, BODIES);
          };
        }
        String request = method + " " + abbreviate(path) + " " + headers.stream().map(HttpFuzzTest::abbreviate).toList()
            + " body " + (body == null ? "none" : abbreviate(body));
        RawHttp.Response r;
        try {
          r = http.send(method, path, headers.toArray(String[]::new), body);
        } catch (RuntimeException e) {
          failures.add(request + " -> no answer: " + e.getMessage());
          continue;
        }
        String problem = check(method, r, fields);
        if (problem != null) {
          failures.add(request + " -> " + r.status() + " " + abbreviate(r.body()) + ": " + problem);
        }
        accepted += r.status() == 202 ? 1 : 0;
      }
      int planErrors = 0;
      for (int i = 0; i < PLANS && failures.size() < 10; i++) {
        String body = mutate(random);
        RawHttp.Response r;
        try {
          r = http.send("POST", "/api/runs", new String[] {"Content-Type: application/json"}, body);
        } catch (RuntimeException e) {
          failures.add("plan " + abbreviate(body) + " -> no answer: " + e.getMessage());
          continue;
        }
        String problem = r.status() == 202 || r.status() == 429 || r.status() == 400 ? check("POST", r, fields)
            : "unexpected status";
        if (problem != null) {
          failures.add("plan " + body + " -> " + r.status() + " " + abbreviate(r.body()) + ": " + problem);
        }
        accepted += r.status() == 202 ? 1 : 0;
        planErrors += r.status() == 400 && JSON.readTree(r.body()).has("field") ? 1 : 0;
      }
      System.out.printf("HttpFuzzTest: %d requests and %d plans, %d runs accepted, %d plan errors with a field, %d ms%n",
          REQUESTS, PLANS, accepted, planErrors, (System.nanoTime() - t0) / 1_000_000);
      assertThat(planErrors).as("plans rejected on a field (the plan fuzz reaches the plan checks)").isGreaterThan(PLANS / 3);
      assertThat(failures).isEmpty();
      RawHttp.Response normal = http.get("/api/scenario");
      assertThat(normal.status()).isEqualTo(200);
      assertThat(JSON.readTree(normal.body()).get("name").asText()).isEqualTo("small-jinsha");
    }
  }

  /**
   * @return what is wrong with the answer, or null: an error is one JSON line with a non-empty
   *     {@code error}; a 400 may add {@code field} (one of {@code fields}) and {@code detail}; no
   *     other key; no message names a library or a Java class
   */
  private static String check(String method, RawHttp.Response r, Set<String> fields) {
    if (r.status() >= 500) {
      return "a server error";
    }
    if (r.status() < 400 || method.equals("HEAD")) {
      return null;
    }
    String type = r.header("Content-Type");
    if (type == null || !type.startsWith("application/json")) {
      return "not JSON: " + type;
    }
    String body = r.body().strip();
    if (body.contains("\n")) {
      return "more than one line";
    }
    JsonNode n;
    try {
      n = JSON.readTree(body);
    } catch (Exception e) {
      return "not parseable JSON";
    }
    if (n == null || !n.isObject() || !n.has("error") || !n.get("error").isTextual() || n.get("error").asText().isBlank()) {
      return "not {\"error\": \"...\"}";
    }
    Set<String> allowed = r.status() == 400 ? Set.of("error", "field", "detail") : Set.of("error");
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!allowed.contains(key)) {
        return "a key besides " + allowed + ": " + key;
      }
      if (!n.get(key).isTextual()) {
        return key + " is not a string";
      }
      if (n.get(key).asText().chars().anyMatch(c -> c < 0x20)) {
        return key + " is more than one line (a control character)";
      }
      for (String w : BAD_WORDS) {
        if (n.get(key).asText().toLowerCase().contains(w.toLowerCase())) {
          return key + " names " + w;
        }
      }
    }
    if (n.has("field") && !fields.contains(n.get("field").asText())) {
      return "field is not a plan field: " + n.get("field").asText();
    }
    return null;
  }

  /**
   * @return the plan fields a 400 may name: {@code plan} (the plan as a whole), {@code runs},
   *     {@code seed}, {@code residents}, each field and {@code assumptions.NAME} of each
   *     assumption {@code GET /api/scenario} lists (the inputs the page has)
   */
  private static Set<String> planFields(RawHttp http) throws Exception {
    JsonNode s = JSON.readTree(http.get("/api/scenario").body());
    Set<String> fields = new HashSet<>(Set.of("plan", "runs", "seed", "residents"));
    s.get("fields").forEach(f -> fields.add(f.get("key").asText()));
    s.get("assumptions").forEach(a -> fields.add("assumptions." + a.get("name").asText()));
    assertThat(fields).contains("community", "guardPosts", "assumptions.stayHomeFactor");
    return fields;
  }

  /** @return {@link #PLAN} with one key (maybe one it does not have) set to an odd value, written as is */
  private static String mutate(Random random) throws Exception {
    ObjectNode plan = (ObjectNode) JSON.readTree(PLAN);
    String key = pick(random, PLAN_KEYS);
    String hole = "@@odd@@";
    if (key.startsWith("assumptions.")) {
      ((ObjectNode) plan.get("assumptions")).put(key.substring("assumptions.".length()), hole);
    } else {
      plan.put(key, hole);
    }
    return plan.toString().replace("\"" + hole + "\"", pick(random, ODD_VALUES));
  }

  private static String pick(Random random, String... options) {
    return options[random.nextInt(options.length)];
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 60) + "...(" + s.length() + " chars)";
  }
}
