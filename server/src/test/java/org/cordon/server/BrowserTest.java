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
import org.cordon.server.store.SqlRunStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
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
 * on the jinsha-2020 preset: a planner's mistakes are caught at the field; they move the community closure to 10
 * Feb, run 40 paired runs and read the answer; the page on a phone; two kept runs side by side; a restart on the
 * same run database. The tests run in order: later ones use the runs of earlier ones.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RequiresBrowser
class BrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path profile;
  @TempDir static Path data;
  static CordonServer server;
  static WebDriver driver;
  static Http http;

  @BeforeAll
  static void start() {
    String chromium = BrowserCondition.chromium().toString();
    File chromedriver = BrowserCondition.chromedriver().toFile();
    startServer();
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

  /** (Re)starts the server on the same run database. */
  static void startServer() {
    server = CordonServer.start(PlanScenario.jinsha2020(), ServerOptions.defaults(0),
        SqlRunStore.open("jdbc:sqlite:" + data.resolve(ServeCommand.DB_FILE), "--data"));
    http = new Http(server);
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

  /** Summary and answer of the planner's first run, for the restart test. */
  static String firstRun;
  static String firstSummary;
  static String firstAnswer;

  private String base() {
    return "http://127.0.0.1:" + server.port() + "/";
  }

  private WebDriverWait loadPage(String hash) {
    driver.get(base() + hash);
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(120));
    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    // count the plans the page posts
    ((JavascriptExecutor) driver).executeScript("window.__posts = 0; const f = window.fetch;"
        + " window.fetch = (u, o) => { if (o && o.method === 'POST') window.__posts++; return f(u, o); };");
    return wait;
  }

  private static void type(WebElement input, String text) {
    input.clear();
    for (char c : text.toCharArray()) {
      input.sendKeys(String.valueOf(c));
    }
  }

  /** Clicks an element after scrolling it to the middle of the window (the sticky Run bar covers the bottom). */
  private static void click(WebElement e) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
    e.click();
  }

  private static long posts() {
    return (Long) ((JavascriptExecutor) driver).executeScript("return window.__posts;");
  }

  private static List<LogEntry> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
  }

  private static void assertFieldMessage(String id, String message) {
    WebElement error = driver.findElement(By.id("err-" + id));
    assertThat(error.isDisplayed()).as(id).isTrue();
    assertThat(error.getText()).isEqualTo(message);
    WebElement input = driver.findElement(By.id(id));
    assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(input.getAttribute("aria-describedby")).contains("err-" + id);
    // the message sits under its field
    assertThat(error.getRect().getY()).isGreaterThanOrEqualTo(input.getRect().getY() + input.getRect().getHeight() - 1);
  }

  @Test
  @Order(1)
  void aBadDateAndLettersInANumberFieldShowAMessageUnderTheFieldAndSendNothing() {
    loadPage("");
    driver.manage().logs().get(LogType.BROWSER).getAll(); // drop what loading logged
    WebElement community = driver.findElement(By.id("f-community"));
    assertThat(community.getAttribute("value")).isEqualTo("1 Feb 2020 08:00");
    type(community, "31 Feb 2020");
    assertThat(consoleErrors()).as("no console error while typing a date").isEmpty();
    assertFieldMessage("f-community", "Community closure must be a date like 10 Feb 2020 08:00, or never.");
    type(community, "10 Apr 2020");
    assertFieldMessage("f-community",
        "Community closure must fall between 10 Jan 2020 and 8 Mar 2020 (the scenario's days), or be never.");
    WebElement staff = driver.findElement(By.id("f-surveyStaff"));
    type(staff, "abc");
    assertFieldMessage("f-surveyStaff", "Survey staff must be a whole number from 1 to 100,000.");
    WebElement seed = driver.findElement(By.id("seed"));
    type(seed, "x1");
    assertFieldMessage("seed", "Seed must be a whole number.");
    driver.findElement(By.id("run")).click();
    assertThat(posts()).as("no request for a plan with marked fields").isZero();
    assertThat(driver.findElement(By.id("status")).getText()).startsWith("Not sent:");
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("f-community");

    // back to the baseline clears every message
    driver.findElement(By.id("reset")).click();
    assertThat(driver.findElements(By.cssSelector("[aria-invalid='true']"))).isEmpty();

    // what only the model rejects comes back as a 400 naming the field, and lands under it
    click(driver.findElement(By.id("never-guards24h")));
    type(community, "8 Mar 2020 08:00");
    assertThat(driver.findElements(By.cssSelector("[aria-invalid='true']"))).as("the browser finds nothing wrong").isEmpty();
    driver.findElement(By.id("run")).click();
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("err-f-community")));
    assertThat(posts()).isEqualTo(1);
    assertThat(driver.findElement(By.id("err-f-community")).getText()).startsWith("This plan cannot run: ")
        .doesNotContain("plan.yaml").doesNotContain("variants[").doesNotContain("measure '").doesNotContain("2020-03-");
    assertThat(community.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Not run: see the message under Community closure.");
    // the browser logs the refused request itself, and nothing else
    assertThat(consoleErrors()).singleElement().satisfies(e -> assertThat(e.getMessage())
        .contains("/api/runs").contains("status of 400"));
    driver.findElement(By.id("reset")).click();
    assertThat(driver.findElements(By.cssSelector("[aria-invalid='true']"))).isEmpty();
    assertThat(driver.findElement(By.id("err-f-community")).isDisplayed()).isFalse();
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  @Order(2)
  void aPlannerMovesTheCommunityClosureRuns40PairedRunsAndReadsTheAnswer() throws Exception {
    WebDriverWait wait = loadPage("");
    JavascriptExecutor js = (JavascriptExecutor) driver;

    // the timeline lists the baseline's measures with their dates, in the page's one date format
    List<WebElement> rows = driver.findElements(By.cssSelector("#timeline tbody tr"));
    assertThat(rows).extracting(r -> r.getAttribute("data-measure")).contains("community-closure", "survey");
    WebElement community = driver.findElement(By.id("f-community"));
    type(community, "10 Feb 2020 08:00");
    assertThat(driver.findElement(By.id("f-guards24h")).getAttribute("value"))
        .as("guards go 24 h two days after the closure, as in the baseline").isEqualTo("12 Feb 2020 08:00");
    type(driver.findElement(By.id("runs")), "40");
    assertThat(driver.findElement(By.id("seed")).getAttribute("value")).isEqualTo("1");
    // every input has a label
    for (WebElement input : driver.findElements(By.cssSelector("#plan input[type=text]"))) {
      String id = input.getAttribute("id");
      assertThat(driver.findElements(By.cssSelector("label[for='" + id + "']")).size()
          + (input.getAttribute("aria-label") == null ? 0 : 1)).as(id).isPositive();
    }
    driver.findElement(By.id("run")).click();

    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#comparison tbody tr")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-confirmed polyline[data-median='plan']")));
    Files.write(Path.of("target", "browser-test.png"), ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
    assertThat(posts()).isEqualTo(1);
    assertThat(driver.switchTo().activeElement().getAttribute("id")).as("results focused").isEqualTo("results");
    assertThat(driver.findElement(By.id("status")).getText()).startsWith("Done: 40 of 40 paired runs");

    String summaryLink = driver.findElement(By.cssSelector("#downloads a[download='summary.json']")).getAttribute("href");
    assertThat(summaryLink).startsWith(base() + "api/runs/");
    String path = summaryLink.substring(base().length() - 1);
    String summaryText = http.get(path).body();
    JsonNode summary = JSON.readTree(summaryText);
    assertThat(summary.get("runs").asInt()).isEqualTo(40);
    String id = path.split("/")[3];
    assertThat(driver.getCurrentUrl()).as("the address follows the run shown").endsWith("#run=" + id);
    String scenario = http.get(path.replace("summary.json", "scenario.yaml")).body();
    assertThat(scenario).contains("community: 2020-02-10T08:00");

    // the answer in words agrees with summary.json
    JsonNode c = summary.get("comparisons").get(summary.get("comparisons").size() - 1);
    WebElement answer = driver.findElement(By.id("answer"));
    String text = answer.getText();
    assertThat(text).startsWith("Closing the community on 10 Feb 2020 instead of 1 Feb 2020: by 8 Mar 2020");
    assertThat(Double.parseDouble(answer.getAttribute("data-median"))).isEqualTo(c.get("difference").get("median").asDouble());
    assertThat(Double.parseDouble(answer.getAttribute("data-p5"))).isEqualTo(c.get("difference").get("p5").asDouble());
    assertThat(Double.parseDouble(answer.getAttribute("data-p95"))).isEqualTo(c.get("difference").get("p95").asDouble());
    assertThat(text).contains("more cases in " + Math.round(100 * c.get("probabilityMore").asDouble()) + "% of runs, fewer in "
        + Math.round(100 * c.get("probabilityFewer").asDouble()) + "%.");
    long median = c.get("difference").get("median").asLong();
    assertThat(text).contains(median == 0 ? "typically no change" : "typically " + Math.abs(median));
    JsonNode baseCost = summary.get("variants").get(0).get("cost");
    JsonNode planCost = summary.get("variants").get(1).get("cost");
    long guardShifts = planCost.get("guardShifts").asLong() - baseCost.get("guardShifts").asLong();
    long residentDays = planCost.get("residentDaysClosed").asLong() - baseCost.get("residentDaysClosed").asLong();
    assertThat(guardShifts).as("a later closure needs fewer guard shifts").isNegative();
    assertThat(text).contains("It saves " + String.format(java.util.Locale.UK, "%,d", -guardShifts) + " guard shifts")
        .contains(String.format(java.util.Locale.UK, "%,d", -residentDays) + " resident-days of closure");
    // explanations reachable from the table headers
    for (String anchor : List.of("explain-paired", "explain-range", "explain-p", "explain-cost")) {
      assertThat(driver.findElements(By.cssSelector("#results th a[href='#" + anchor + "']"))).as(anchor).isNotEmpty();
      assertThat(driver.findElement(By.id(anchor)).getText()).isNotBlank();
    }
    assertThat(driver.findElement(By.id("explain-rests")).getText()).isEqualTo("What the answer rests on");

    // every number in the tables is summary.json's, at the path the cell names
    List<WebElement> cells = driver.findElements(By.cssSelector("#results td[data-path]"));
    int expectedCells = 0;
    for (JsonNode v : summary.get("variants")) {
      expectedCells += 3 * v.get("confirmed").size() + 4;
    }
    expectedCells += 6 * summary.get("comparisons").size();
    assertThat(cells).hasSize(expectedCells);
    for (WebElement cell : cells) {
      JsonNode value = at(summary, cell.getAttribute("data-path"));
      assertThat(Double.parseDouble(cell.getText().replace(",", ""))).as(cell.getAttribute("data-path"))
          .isEqualTo(value.asDouble());
    }
    assertThat(driver.findElement(By.cssSelector("#cost tbody tr:nth-child(2) td:nth-child(2)")).getText())
        .as("the plan's own community closure").isEqualTo("10 Feb 2020 08:00");

    // the charts: bands for both variants, the two observed counts, one histogram entry per run, named, with
    // whole-number ticks and a legend
    assertThat(driver.findElements(By.cssSelector("#chart-confirmed polygon[data-band]"))).hasSize(2);
    assertThat(driver.findElements(By.cssSelector("#chart-confirmed circle[data-observed]")))
        .extracting(e -> e.getAttribute("data-observed")).containsExactly("2020-01-27", "2020-02-03");
    int histogram = 0;
    for (WebElement bar : driver.findElements(By.cssSelector("#chart-histogram rect[data-count]"))) {
      histogram += Integer.parseInt(bar.getAttribute("data-count"));
    }
    assertThat(histogram).isEqualTo(40);
    assertThat(driver.findElements(By.cssSelector("#chart-staffing polyline"))).hasSize(4);
    for (String chart : List.of("chart-confirmed", "chart-histogram", "chart-staffing")) {
      WebElement svg = driver.findElement(By.id(chart));
      assertThat(driver.findElement(By.id(svg.getAttribute("aria-labelledby"))).getText()).as(chart).isNotBlank();
      assertThat(driver.findElements(By.cssSelector("#" + chart + " + ul.legend li"))).as(chart).isNotEmpty();
      for (WebElement t : driver.findElements(By.cssSelector("#" + chart + " text"))) {
        if (t.getText().matches("[0-9.,]+")) {
          assertThat(t.getText()).as(chart + " tick").doesNotContain(".");
        }
      }
    }

    // no error in the console, nothing fetched from anywhere but this server
    assertThat(consoleErrors()).isEmpty();
    @SuppressWarnings("unchecked")
    List<String> resources = (List<String>) js.executeScript(
        "return [location.href].concat(performance.getEntriesByType('resource').map(e => e.name));");
    assertThat(resources).hasSizeGreaterThan(4).allSatisfy(u -> assertThat(u).startsWith(base()));
    firstRun = id;
    firstSummary = summaryText;
    firstAnswer = text;
  }

  @Test
  @Order(3)
  void onAPhone390PxWideNothingScrollsSidewaysAndRunStaysInView() {
    ChromeDriver chrome = (ChromeDriver) driver;
    chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    try {
      WebDriverWait wait = loadPage("#run=" + firstRun);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-confirmed polyline[data-median='plan']")));
      JavascriptExecutor js = (JavascriptExecutor) driver;
      assertThat((Long) js.executeScript("return window.innerWidth;")).isEqualTo(390L);
      assertThat((Long) js.executeScript("return document.documentElement.scrollWidth;")).isLessThanOrEqualTo(390L);
      for (String chart : List.of("chart-confirmed", "chart-histogram", "chart-staffing")) {
        Number right = (Number) js.executeScript("return document.getElementById(arguments[0]).getBoundingClientRect().right;",
            chart);
        assertThat(right.doubleValue()).as(chart).isLessThanOrEqualTo(390);
      }
      // Run stays in view at the top and at the bottom of the page
      for (String where : List.of("window.scrollTo(0, 0);", "window.scrollTo(0, document.body.scrollHeight);")) {
        js.executeScript(where);
        Number bottom = (Number) js.executeScript("return document.getElementById('run').getBoundingClientRect().bottom;");
        assertThat(bottom.doubleValue()).as(where).isLessThanOrEqualTo(844).isPositive();
      }
      Files.write(Path.of("target", "browser-test-390.png"), chrome.getScreenshotAs(OutputType.BYTES));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
    }
  }

  @Test
  @Order(4)
  void twoKeptRunsSideBySideWithTheirDifferencesMarkedAndBothAnswers() {
    WebDriverWait wait = loadPage("");
    type(driver.findElement(By.id("f-guardPosts")), "1");
    type(driver.findElement(By.id("runs")), "10");
    driver.findElement(By.id("run")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-confirmed polyline[data-median='plan']")));
    String second = driver.getCurrentUrl().replaceAll(".*#run=", "");
    wait.until(d -> d.findElements(By.cssSelector("#runs-list tbody tr")).size() >= 2);
    click(driver.findElement(By.id("tick-" + firstRun)));
    click(driver.findElement(By.id("tick-" + second)));
    click(driver.findElement(By.id("compare-two")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("compare-table")));
    List<WebElement> answers = driver.findElements(By.cssSelector("#side-by-side .answer-box .answer"));
    assertThat(answers).hasSize(2);
    assertThat(answers.get(0).getText()).isEqualTo(firstAnswer);
    assertThat(answers.get(1).getText()).startsWith("Guards per checkpoint 1 instead of 2: by 8 Mar 2020");
    List<String> differing = driver.findElements(By.cssSelector("#compare-table tr[data-differs='true'] th")).stream()
        .map(WebElement::getText).toList();
    assertThat(differing).anySatisfy(t -> assertThat(t).startsWith("Community closure"))
        .anySatisfy(t -> assertThat(t).startsWith("Guards per checkpoint")).anySatisfy(t -> assertThat(t).startsWith("Paired runs"))
        .allSatisfy(t -> assertThat(t).endsWith("(differs)"));
    assertThat(driver.findElements(By.cssSelector("#compare-table tr[data-differs='false'] th")).stream()
        .map(WebElement::getText)).anySatisfy(t -> assertThat(t).isEqualTo("Seed"));
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  @Order(5)
  void afterARestartOnTheSameDataTheRunIsListedReopensAndItsSummaryIsByteIdentical() {
    server.close();
    startServer();
    WebDriverWait wait = loadPage("");
    wait.until(d -> d.findElements(By.cssSelector("#runs-list tbody tr")).size() >= 2);
    WebElement row = driver.findElement(By.cssSelector("#runs-list tr[data-run='" + firstRun + "']"));
    assertThat(row.getText()).contains("Community closure 10 Feb 2020 08:00 (baseline 1 Feb 2020 08:00)").contains("done");
    click(row.findElement(By.cssSelector("button[data-open]")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-confirmed polyline[data-median='plan']")));
    assertThat(driver.findElement(By.id("answer")).getText()).isEqualTo(firstAnswer);
    assertThat(driver.findElement(By.id("f-community")).getAttribute("value")).isEqualTo("10 Feb 2020 08:00");
    assertThat(driver.getCurrentUrl()).endsWith("#run=" + firstRun);
    assertThat(http.get("/api/runs/" + firstRun + "/summary.json").body()).isEqualTo(firstSummary);
    assertThat(consoleErrors()).isEmpty();
  }

  /**
   * Bound off loopback the server needs its token: the page takes it from {@code #token=} once,
   * keeps it in {@code sessionStorage} and out of the address bar, and every request the page
   * makes carries it: the plan's POST (header), the event stream and the download links ({@code
   * ?token=}), the kept runs' list, reopening one, two side by side and deleting one (runs.js,
   * through {@code api()}). A 401 anywhere would show as a console error or a page that never
   * finishes.
   */
  @Test
  @Order(6)
  void offLoopbackThePageTakesItsTokenFromTheAddressKeepsItOutOfTheBarAndRunsAPlan() throws Exception {
    String token = "browser-token-0123456789abcdef";
    ServerOptions open = new ServerOptions("0.0.0.0", 0, org.cordon.server.plan.PlanLimits.DEFAULT, 1, 1, 2, 64 * 1024,
        List.of(), java.util.Optional.of(token), 64, 2);
    try (CordonServer wide = CordonServer.start(PlanScenario.jinsha2020(), open)) {
      String origin = "http://127.0.0.1:" + wide.port() + "/";
      driver.get(origin + "#token=" + token);
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
      wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
      driver.manage().logs().get(LogType.BROWSER).getAll(); // drop what loading logged
      JavascriptExecutor js = (JavascriptExecutor) driver;
      assertThat((String) js.executeScript("return location.href;")).doesNotContain(token).isEqualTo(origin);
      assertThat((String) js.executeScript("return sessionStorage.getItem('cordon-token');")).isEqualTo(token);

      // a plan: POST with the header, followed by the event stream with ?token= until it is done
      String first = runThroughThePage(wait, "2", "1");
      assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Done: 2 of 2 paired runs (run " + first
          + ", seed 1).");
      assertThat(driver.getCurrentUrl()).isEqualTo(origin + "#run=" + first);
      // the download links carry the token in their address and answer without a header
      for (WebElement a : driver.findElements(By.cssSelector("#downloads a"))) {
        String href = a.getAttribute("href");
        assertThat(href).as(a.getText()).contains("?token=" + token);
        Long status = (Long) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
            + " fetch(arguments[0]).then(r => done(r.status), e => done(-1));", href);
        assertThat(status).as(href).isEqualTo(200L);
      }

      // the kept runs, a second plan, the two side by side, deleting one: all through api()
      String second = runThroughThePage(wait, "2", "2");
      wait.until(d -> d.findElements(By.cssSelector("#runs-list tbody tr")).size() == 2);
      click(driver.findElement(By.id("tick-" + first)));
      click(driver.findElement(By.id("tick-" + second)));
      click(driver.findElement(By.id("compare-two")));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("compare-table")));
      assertThat(driver.findElements(By.cssSelector("#side-by-side .answer-box .answer"))).hasSize(2);
      click(driver.findElement(By.cssSelector("#runs-list tr[data-run='" + first + "'] button[data-open]")));
      wait.until(d -> d.getCurrentUrl().endsWith("#run=" + first));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#comparison tbody tr")));
      click(driver.findElement(By.cssSelector("#runs-list tr[data-run='" + second + "'] button[data-delete]")));
      wait.until(d -> d.findElements(By.cssSelector("#runs-list tbody tr")).size() == 1);
      assertThat(wide.runs().get(second)).isEmpty();

      // a reload keeps the token (sessionStorage) and reopens the run in the address
      driver.navigate().refresh();
      wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#comparison tbody tr")));
      assertThat(driver.getCurrentUrl()).isEqualTo(origin + "#run=" + first);
      assertThat(consoleErrors()).as("no request was refused").isEmpty();

      // and the token is really needed: the same request without it is refused
      Long bare = (Long) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
          + " fetch('/api/runs').then(r => done(r.status), e => done(-1));");
      assertThat(bare).isEqualTo(401L);
    }
  }

  /** Runs a plan with these paired runs and seed on the page as it is; returns the run's id once shown. */
  private static String runThroughThePage(WebDriverWait wait, String runs, String seed) {
    String before = driver.getCurrentUrl();
    type(driver.findElement(By.id("runs")), runs);
    type(driver.findElement(By.id("seed")), seed);
    click(driver.findElement(By.id("run")));
    wait.until(d -> !d.getCurrentUrl().equals(before) && d.getCurrentUrl().contains("#run="));
    String id = driver.getCurrentUrl().replaceAll(".*#run=", "");
    wait.until(d -> d.findElement(By.id("status")).getText().startsWith("Done:")
        && d.findElement(By.id("status")).getText().contains("run " + id));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-confirmed polyline[data-median='plan']")));
    return id;
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
