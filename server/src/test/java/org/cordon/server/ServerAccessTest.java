package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cordon.InvalidInputException;
import org.cordon.server.plan.PlanLimits;
import org.cordon.server.plan.PlanScenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may use the server, over real HTTP: another site's page cannot start runs (CSRF) or read
 * the API by DNS rebinding (Host), and a server bound off this machine answers only requests with
 * its token.
 */
class ServerAccessTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "s3cret-token-0123456789abcdef";

  @TempDir static Path dir;
  static PlanScenario scenario;
  static CordonServer server;
  static RawHttp http;

  @BeforeAll
  static void start() {
    scenario = PlanScenario.file(SmallScenario.write(dir));
    server = CordonServer.start(scenario, new ServerOptions("127.0.0.1", 0, new PlanLimits(50, 20_000), 1, 1, 2,
        16 * 1024, List.of("planner.local"), Optional.empty(), 64, 2));
    http = new RawHttp(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String error(RawHttp.Response r) throws Exception {
    assertThat(r.header("Content-Type")).startsWith("application/json");
    assertThat(r.body().strip()).doesNotContain("\n");
    JsonNode n = JSON.readTree(r.body());
    assertThat(n.size()).as(r.body()).isEqualTo(1);
    return n.get("error").asText();
  }

  @Test
  void aCrossSiteFormPostIsRefusedAndQueuesNothing() throws Exception {
    int before = server.runs().size();
    RawHttp.Response csrf = http.send("POST", "/api/runs",
        new String[] {"Origin: http://evil.example", "Content-Type: text/plain"}, "{\"runs\":2}");
    assertThat(csrf.status()).isIn(403, 415);
    assertThat(error(csrf)).isNotBlank();
    RawHttp.Response form = http.send("POST", "/api/runs",
        new String[] {"Content-Type: application/x-www-form-urlencoded"}, "{\"runs\":2}");
    assertThat(form.status()).isEqualTo(415);
    RawHttp.Response otherOrigin = http.send("POST", "/api/runs",
        new String[] {"Origin: http://evil.example", "Content-Type: application/json"}, "{\"runs\":2}");
    assertThat(otherOrigin.status()).isEqualTo(403);
    assertThat(error(otherOrigin)).contains("another site");
    RawHttp.Response crossSite = http.send("DELETE", "/api/runs/abc", new String[] {"Sec-Fetch-Site: cross-site"}, null);
    assertThat(crossSite.status()).isEqualTo(403);
    assertThat(server.runs().size()).isEqualTo(before);
  }

  @Test
  void optionsOpensNothingToOtherOrigins() throws Exception {
    RawHttp.Response r = http.send("OPTIONS", "/api/runs", new String[] {"Origin: http://evil.example",
        "Access-Control-Request-Method: POST"}, null);
    assertThat(r.status()).isGreaterThanOrEqualTo(400);
    assertThat(r.header("Access-Control-Allow-Origin")).isNull();
    assertThat(r.header("Access-Control-Allow-Methods")).isNull();
    assertThat(error(r)).isNotBlank();
    RawHttp.Response same = http.send("OPTIONS", "/api/runs", new String[0], null);
    assertThat(same.status()).isEqualTo(405);
    assertThat(same.header("Access-Control-Allow-Origin")).isNull();
  }

  @Test
  void aSameOriginJsonPostFromThePageIsAccepted() throws Exception {
    RawHttp.Response r = http.send("POST", "/api/runs", new String[] {"Origin: http://127.0.0.1:" + server.port(),
        "Content-Type: application/json; charset=utf-8"}, "{\"runs\": 2, \"seed\": 5}");
    assertThat(r.status()).as(r.body()).isEqualTo(202);
    String id = JSON.readTree(r.body()).get("id").asText();
    server.runs().cancel(id);
  }

  @Test
  void anotherHostNameIsRefused() throws Exception {
    RawHttp.Response r = http.get("/api/scenario", "Host: attacker.example:" + server.port());
    assertThat(r.status()).isIn(421, 403);
    assertThat(error(r)).contains("attacker.example");
    assertThat(http.get("/", "Host: attacker.example").status()).isIn(421, 403);
    assertThat(http.get("/api/scenario", "Host: 127.0.0.1:1").status()).as("another port").isIn(421, 403);
    assertThat(http.get("/api/scenario", "Host: localhost:" + server.port()).status()).isEqualTo(200);
    assertThat(http.get("/api/scenario", "Host: [::1]:" + server.port()).status()).isEqualTo(200);
    assertThat(http.get("/api/scenario", "Host: planner.local:" + server.port()).status()).as("--allow-host")
        .isEqualTo(200);
  }

  @Test
  void aBindOffThisMachineNeedsAToken() {
    assertThatThrownBy(() -> new ServerOptions("0.0.0.0", 0, PlanLimits.DEFAULT, 1, 1, 2, 16 * 1024))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--token-file");
    assertThatThrownBy(() -> new ServerOptions("127.0.0.1", 0, PlanLimits.DEFAULT, 1, 1, 2, 16 * 1024)
        .withToken("short")).isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 16");
  }

  @Test
  void offLoopbackEveryApiRequestNeedsTheBearerToken() throws Exception {
    ServerOptions open = new ServerOptions("0.0.0.0", 0, new PlanLimits(50, 20_000), 1, 1, 2, 16 * 1024, List.of(),
        Optional.of(TOKEN), 64, 2);
    try (CordonServer wide = CordonServer.start(scenario, open)) {
      RawHttp h = new RawHttp(wide.port());
      assertThat(wide.pageAddress()).endsWith("/#token=" + TOKEN);
      RawHttp.Response none = h.get("/api/scenario");
      assertThat(none.status()).isEqualTo(401);
      assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
      assertThat(error(none)).contains("token");
      assertThat(h.get("/api/scenario", "Authorization: Bearer wrong-token-0123456789").status()).isEqualTo(401);
      assertThat(h.get("/api/scenario", "Authorization: Bearer " + TOKEN).status()).isEqualTo(200);
      assertThat(h.get("/api/scenario?token=" + TOKEN).status()).as("GET may carry it in the address").isEqualTo(200);
      int before = wide.runs().size();
      RawHttp.Response post = h.send("POST", "/api/runs?token=" + TOKEN,
          new String[] {"Content-Type: application/json"}, "{\"runs\": 2}");
      assertThat(post.status()).as("a POST must carry it as a header").isEqualTo(401);
      assertThat(wide.runs().size()).isEqualTo(before);
      RawHttp.Response ok = h.send("POST", "/api/runs", new String[] {"Content-Type: application/json",
          "Authorization: Bearer " + TOKEN}, "{\"runs\": 2}");
      assertThat(ok.status()).as(ok.body()).isEqualTo(202);
      String id = JSON.readTree(ok.body()).get("id").asText();
      assertThat(h.send("DELETE", "/api/runs/" + id, new String[0], null).status()).isEqualTo(401);
      assertThat(h.send("DELETE", "/api/runs/" + id, new String[] {"Authorization: Bearer " + TOKEN}, null).status())
          .isEqualTo(200);
      assertThat(h.get("/", "Host: 192.168.1.20:" + wide.port()).status()).as("the page itself, by IP").isEqualTo(200);
      assertThat(h.get("/", "Host: rebind.example:" + wide.port()).status()).isIn(421, 403);
    }
  }
}
