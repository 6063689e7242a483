package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.cordon.server.plan.PlanScenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The what-if page in a real headless Chromium (Debian's {@code chromium} and {@code
 * chromium-driver}, found on {@code PATH} by {@link BrowserCondition} and set explicitly so Selenium
 * Manager downloads nothing; skipped when they are missing unless {@code -Dcordon.browser=required}) against the server
 * on the jinsha-2020 preset: a planner moves the community closure to 10 Feb and runs 40 paired runs.
 */
@RequiresBrowser
class BrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path profile;
  static CordonServer server;
  static WebDriver driver;
  static Http http;

  @BeforeAll
  static void start() {
    String chromium = BrowserCondition.chromium().toString();
    File chromedriver = BrowserCondition.chromedriver().toFile();
    server = CordonServer.start(PlanScenario.jinsha2020(), ServerOptions.defaults(0));
    http = new Http(server);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1400,2200");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aPlannerMovesTheCommunityClosureRuns40PairedRunsAndSeesTheComparison() throws Exception {
    String base = "http://127.0.0.1:" + server.port() + "/";
    driver.get(base);
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    JavascriptExecutor js = (JavascriptExecutor) driver;

    // the timeline lists the baseline's measures with their dates
    List<WebElement> rows = driver.findElements(By.cssSelector("#timeline tbody tr"));
    assertThat(rows).extracting(r -> r.getAttribute("data-measure")).contains("community-closure", "survey");
    WebElement community = driver.findElement(By.id("f-community"));
    assertThat(community.getAttribute("value")).isEqualTo("2020-02-01T08:00");

    // a datetime-local input takes its value from the picker; set it as the picker would and fire change
    js.executeScript("const i = arguments[0]; i.value = '2020-02-10T08:00'; i.dispatchEvent(new Event('change'));",
        community);
    assertThat(driver.findElement(By.id("f-guards24h")).getAttribute("value"))
        .as("guards go 24 h two days after the closure, as in the baseline").isEqualTo("2020-02-12T08:00");
    WebElement runs = driver.findElement(By.id("runs"));
    runs.clear();
    runs.sendKeys("40");
    assertThat(driver.findElement(By.id("seed")).getAttribute("value")).isEqualTo("1");
    driver.findElement(By.id("run")).click();

    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#comparison tbody tr")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-confirmed polyline[data-median='plan']")));
    Files.write(Path.of("target", "browser-test.png"), ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));

    String summaryLink = driver.findElement(By.cssSelector("#downloads a[download='summary.json']")).getAttribute("href");
    assertThat(summaryLink).startsWith(base + "api/runs/");
    String path = summaryLink.substring(base.length() - 1);
    JsonNode summary = JSON.readTree(http.get(path).body());
    assertThat(summary.get("runs").asInt()).isEqualTo(40);
    assertThat(summary.get("comparisons").get(0).get("variant").asText()).isEqualTo("plan");
    String scenario = http.get(path.replace("summary.json", "scenario.yaml")).body();
    assertThat(scenario).contains("community: 2020-02-10T08:00");

    // every number in the tables is summary.json's, at the path the cell names
    List<WebElement> cells = driver.findElements(By.cssSelector("#results td[data-path]"));
    int expectedCells = 0;
    for (JsonNode v : summary.get("variants")) {
      expectedCells += 3 * v.get("confirmed").size();
    }
    expectedCells += 4 * summary.get("comparisons").size();
    assertThat(cells).hasSizeGreaterThanOrEqualTo(expectedCells);
    for (WebElement cell : cells) {
      JsonNode value = at(summary, cell.getAttribute("data-path"));
      assertThat(Double.parseDouble(cell.getText())).as(cell.getAttribute("data-path")).isEqualTo(value.asDouble());
    }

    // the charts: bands for both variants, the two observed counts, one histogram entry per run
    assertThat(driver.findElements(By.cssSelector("#chart-confirmed polygon[data-band]"))).hasSize(2);
    assertThat(driver.findElements(By.cssSelector("#chart-confirmed circle[data-observed]")))
        .extracting(e -> e.getAttribute("data-observed")).containsExactly("2020-01-27", "2020-02-03");
    int histogram = 0;
    for (WebElement bar : driver.findElements(By.cssSelector("#chart-histogram rect[data-count]"))) {
      histogram += Integer.parseInt(bar.getAttribute("data-count"));
    }
    assertThat(histogram).isEqualTo(40);
    assertThat(driver.findElements(By.cssSelector("#chart-staffing polyline"))).hasSize(4);

    // no error in the console, nothing fetched from anywhere but this server
    List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    assertThat(errors).isEmpty();
    @SuppressWarnings("unchecked")
    List<String> resources = (List<String>) js.executeScript(
        "return [location.href].concat(performance.getEntriesByType('resource').map(e => e.name));");
    assertThat(resources).hasSizeGreaterThan(4).allSatisfy(u -> assertThat(u).startsWith(base));
  }

  private static JsonNode at(JsonNode root, String path) {
    JsonNode n = root;
    for (String part : path.split("\\.")) {
      n = n.isArray() ? n.get(Integer.parseInt(part)) : n.get(part);
      assertThat(n).as(path).isNotNull();
    }
    return n;
  }
}
