package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.cordon.server.plan.PlanLimits;
import org.cordon.server.plan.PlanScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded fuzz of the HTTP API (seed {@value #SEED}, {@value #REQUESTS} requests, one connection
 * each): malformed JSON, wrong types, huge and deep bodies, odd paths, methods and headers,
 * other sites and other hosts. Every answer of 400 or more must be one JSON line {@code
 * {"error": "..."}} with no library or Java class name in it, no answer may be a 5xx, and the
 * server must still answer a normal request afterwards. A failure names the request.
 */
class HttpFuzzTest {
  private static final long SEED = 20_260_121L;
  private static final int REQUESTS = 1_000;
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
        String problem = check(method, r);
        if (problem != null) {
          failures.add(request + " -> " + r.status() + " " + abbreviate(r.body()) + ": " + problem);
        }
        accepted += r.status() == 202 ? 1 : 0;
      }
      System.out.printf("HttpFuzzTest: %d requests, %d runs accepted, %d ms%n", REQUESTS, accepted,
          (System.nanoTime() - t0) / 1_000_000);
      assertThat(failures).isEmpty();
      RawHttp.Response normal = http.get("/api/scenario");
      assertThat(normal.status()).isEqualTo(200);
      assertThat(JSON.readTree(normal.body()).get("name").asText()).isEqualTo("small-jinsha");
    }
  }

  /** @return what is wrong with the answer, or null */
  private static String check(String method, RawHttp.Response r) {
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
    if (n == null || !n.isObject() || n.size() != 1 || !n.has("error") || !n.get("error").isTextual()) {
      return "not {\"error\": \"...\"}";
    }
    for (String w : BAD_WORDS) {
      if (n.get("error").asText().toLowerCase().contains(w.toLowerCase())) {
        return "names " + w;
      }
    }
    return null;
  }

  private static String pick(Random random, String... options) {
    return options[random.nextInt(options.length)];
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 60) + "...(" + s.length() + " chars)";
  }
}
