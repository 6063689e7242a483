package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.cordon.server.plan.PlanLimits;
import org.cordon.server.plan.PlanScenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server under abuse, over real HTTP: Jetty's own errors, unknown routes and streams in the
 * one JSON shape; slow clients that cannot starve a normal request; a cancel that stops a large
 * plan at once. The wall-clock bounds here are the acceptance (2 s, 1 s), asserted once each.
 */
class ServerRobustnessTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static CordonServer server;
  static RawHttp http;

  @BeforeAll
  static void start() {
    server = CordonServer.start(PlanScenario.file(SmallScenario.write(dir)), new ServerOptions("127.0.0.1", 0,
        new PlanLimits(5_000, 20_000), 1, 1, 2, 16 * 1024, List.of(), Optional.empty(), 512, 2));
    http = new RawHttp(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String oneJsonLine(RawHttp.Response r) throws Exception {
    assertThat(r.header("Content-Type")).as(r.body()).startsWith("application/json");
    assertThat(r.body().strip()).as("one line").doesNotContain("\n").startsWith("{").endsWith("}");
    JsonNode n = JSON.readTree(r.body());
    assertThat(n.size()).isEqualTo(1);
    String m = n.get("error").asText();
    assertThat(m).isNotBlank().doesNotContain("org.", "java.", "Exception", "Jetty", "Javalin", "<html");
    return m;
  }

  @ParameterizedTest
  @ValueSource(strings = {"/%2e%2e/%2e%2e/etc/passwd", "/api/runs/%00", "LONG", "/api/nothing-here",
      "/api/runs/0123456789abcdef/events"})
  void jettysRoutesAndStreamsErrorsAreOneJsonLine(String target) throws Exception {
    String t = target.equals("LONG") ? "/api/runs/" + "a".repeat(9_000) : target;
    RawHttp.Response r = http.get(t);
    assertThat(r.status()).isBetween(400, 499);
    oneJsonLine(r);
    if (target.endsWith("/events")) {
      assertThat(r.status()).isEqualTo(404);
    }
  }

  @Test
  void duplicateKeysAndParserLimitsAre400InTheProjectsWords() throws Exception {
    RawHttp.Response dup = http.send("POST", "/api/runs", new String[] {"Content-Type: application/json"},
        "{\"runs\": 2, \"runs\": 3}");
    assertThat(dup.status()).isEqualTo(400);
    assertThat(oneJsonLine(dup)).contains("duplicate key 'runs'");
    RawHttp.Response deep = http.send("POST", "/api/runs", new String[] {"Content-Type: application/json"},
        "[".repeat(1_500));
    assertThat(deep.status()).isEqualTo(400);
    assertThat(oneJsonLine(deep)).contains("nested deeper than 1000 levels").doesNotContain("StreamReadConstraints");
    RawHttp.Response nan = http.send("POST", "/api/runs", new String[] {"Content-Type: application/json"},
        "{\"runs\": NaN}");
    assertThat(oneJsonLine(nan)).doesNotContain("JsonReadFeature");
    RawHttp.Response big = http.send("POST", "/api/runs", new String[] {"Content-Type: application/json"},
        "{\"runs\": 2, \"pad\": \"" + "x".repeat(20_000) + "\"}");
    assertThat(big.status()).isEqualTo(413);
    assertThat(oneJsonLine(big)).contains("larger than 16384 bytes");
  }

  @Test
  void aChunkedBodyWithoutALengthIsBoundedToo() throws Exception {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
      s.setSoTimeout(20_000);
      OutputStream o = s.getOutputStream();
      o.write(("POST /api/runs HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nContent-Type: application/json\r\n"
          + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String chunk = "{\"pad\": \"" + "x".repeat(4_000);
      try {
        for (int i = 0; i < 25; i++) { // 100 KB in chunks, over the 16 KiB limit
          o.write((Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n").getBytes(StandardCharsets.US_ASCII));
          chunk = "x".repeat(4_000);
        }
        o.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        o.flush();
      } catch (IOException stoppedReading) {
        // the server may answer and close before the rest is sent
      }
      String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 413").contains("{\"error\":\"the request body is larger than 16384 bytes\"}");
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void threeHundredHalfOpenClientsDoNotDelayANormalRequest() throws Exception {
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 300; i++) {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
        OutputStream o = s.getOutputStream();
        String head = "POST /api/runs HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
            + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"runs\": ";
        // a third send half a body, a third half their headers, a third nothing at all
        String sent = i % 3 == 0 ? head : i % 3 == 1 ? head.substring(0, 40) : "";
        o.write(sent.getBytes(StandardCharsets.US_ASCII));
        o.flush();
        slow.add(s);
      }
      Thread.sleep(200);
      long t0 = System.nanoTime();
      RawHttp.Response r = http.get("/api/scenario");
      long millis = (System.nanoTime() - t0) / 1_000_000;
      assertThat(r.status()).isEqualTo(200);
      assertThat(millis).as("GET /api/scenario with 300 half-open connections, ms").isLessThan(2_000);
    } finally {
      for (Socket s : slow) {
        try {
          s.close();
        } catch (IOException ignored) {
          // closing anyway
        }
      }
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void deleteStopsAFiveThousandRunPlanWithinASecondAndNothingRunsAfter() throws Exception {
    RawHttp.Response r = http.send("POST", "/api/runs", new String[] {"Content-Type: application/json"},
        "{\"runs\": 5000, \"seed\": 3}");
    assertThat(r.status()).as(r.body()).isEqualTo(202);
    String id = JSON.readTree(r.body()).get("id").asText();
    long deadline = System.currentTimeMillis() + 60_000;
    while (JSON.readTree(http.get("/api/runs/" + id).body()).get("done").asLong() < 20
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
    long t0 = System.nanoTime();
    RawHttp.Response cancelled = http.send("DELETE", "/api/runs/" + id, new String[0], null);
    long millis = (System.nanoTime() - t0) / 1_000_000;
    assertThat(cancelled.status()).isEqualTo(200);
    JsonNode c = JSON.readTree(cancelled.body());
    assertThat(c.get("status").asText()).isEqualTo("cancelled");
    assertThat(millis).as("DELETE of a 5,000-run plan, ms").isLessThan(1_000);
    long done = c.get("done").asLong();
    assertThat(done).isLessThan(10_000);
    Thread.sleep(300);
    // the pool's threads end just after their last task; none may still be running a replicate
    assertThat(engineThreads()).as("engine threads 300 ms after DELETE answered").isZero();
    assertThat(JSON.readTree(http.get("/api/runs/" + id).body()).get("done").asLong()).as("no replicate after")
        .isEqualTo(done);
  }

  @Test
  void theBusyMessageCountsRight() throws Exception {
    List<String> ids = new ArrayList<>();
    try {
      for (int i = 0; i < 2; i++) {
        RawHttp.Response r = http.send("POST", "/api/runs", new String[] {"Content-Type: application/json"},
            "{\"runs\": 5000, \"seed\": " + (20 + i) + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        ids.add(JSON.readTree(r.body()).get("id").asText());
      }
      RawHttp.Response busy = http.send("POST", "/api/runs", new String[] {"Content-Type: application/json"},
          "{\"runs\": 2}");
      assertThat(busy.status()).isEqualTo(429);
      assertThat(oneJsonLine(busy)).startsWith("busy: 1 run running and 1 waiting,");
    } finally {
      for (int i = ids.size() - 1; i >= 0; i--) {
        server.runs().cancel(ids.get(i)); // the waiting one first: it never starts
      }
    }
  }

  private static long engineThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().equals("cordon-montecarlo")).count();
  }
}
