package org.cordon.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cordon.simulation.report.ReportChart;
import org.cordon.simulation.experiment.JinshaExperiment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code cordon compare} writes the charts and report.html by default, and shows progress. */
class CompareReportTest {
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};


  @TempDir static Path tmp;
  static Path out;
  static CliRun withReport;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @BeforeAll
  static void compareOnce() {
    out = tmp.resolve("with report");
    withReport = run("compare", "--runs", "6", "--seed", "5", "--threads", "2", "--out", out.toString());
    assertThat(withReport.exit()).as(withReport.err()).isZero();
  }

  @Test
  void compareWritesEveryChartAndTheReport() throws Exception {
    for (String f : new String[] {"summary.json", "daily.csv", "report.html"}) {
      assertThat(out.resolve(f)).isRegularFile();
    }
    for (ReportChart c : ReportChart.values()) {
      byte[] png = Files.readAllBytes(out.resolve(c.fileName()));
      assertThat(Arrays.copyOf(png, 8)).as(c.fileName()).isEqualTo(PNG_SIGNATURE);
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
      assertThat(img.getWidth()).isEqualTo(ReportChart.WIDTH);
      assertThat(img.getHeight()).isEqualTo(ReportChart.HEIGHT);
    }
    assertThat(withReport.out()).contains("report.html");
  }

  @Test
  void reportHoldsTheNumbersOfSummaryJson() throws Exception {
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    Document html = parse(Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8));
    int checked = 0;
    for (JsonNode v : summary.get("variants")) {
      String name = v.get("name").asText();
      var dates = v.get("confirmed").fieldNames();
      while (dates.hasNext()) {
        String date = dates.next();
        for (String stat : new String[] {"median", "p5", "p95"}) {
          checked += expect(html, "confirmed", name, date, stat, v.get("confirmed").get(date).get(stat).asDouble());
        }
      }
    }
    for (JsonNode v : summary.get("variants")) {
      for (String stat : new String[] {"median", "p5", "p95"}) {
        checked += expect(html, "confirmed", v.get("name").asText(), "end", stat,
            v.get("final").get("confirmed").get(stat).asDouble());
      }
    }
    JsonNode attribution = summary.get("attribution");
    for (String key : new String[] {"closureEffect", "restEffect", "responseEffect", "interaction"}) {
      for (String stat : new String[] {"mean", "low", "high"}) {
        checked += expect(html, "attribution", key, "end", stat, attribution.get(key).get(stat).asDouble());
      }
    }
    for (JsonNode c : summary.get("comparisons")) {
      String name = c.get("variant").asText();
      String by = c.get("by").asText();
      for (String stat : new String[] {"median", "mean", "p5", "p95"}) {
        checked += expect(html, "difference", name, by, stat, c.get("difference").get(stat).asDouble());
      }
      checked += expect(html, "difference", name, by, "probabilityMore", c.get("probabilityMore").asDouble());
      checked += expect(html, "difference", name, by, "probabilityFewer", c.get("probabilityFewer").asDouble());
    }
    int variants = summary.get("variants").size();
    assertThat(variants).isEqualTo(JinshaExperiment.VARIANTS.size());
    // by 3 dates and at the end; 4 attribution estimates; comparisons by the last day and by the end
    assertThat(checked).isEqualTo(variants * 3 * 3 + variants * 3 + 4 * 3 + (variants - 1) * 6 * 2);
  }

  @Test
  void reportNamesTheSeriesTheSourcesAndTheCommand() throws Exception {
    String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("as-happened", "late-city", "late-province", "never");
    assertThat(html).contains("Lauer et al., Ann Intern Med 2020", "assumption", "shareInfectedWuhan");
    assertThat(html).contains("cordon compare --runs 6 --seed 5 --threads 2 --out &#39;" + out + "&#39;");
    String lower = html.toLowerCase(Locale.ROOT);
    assertThat(lower).doesNotContain("http://", "https://", "src=\"//", "href=\"//", "<script");
  }

  @Test
  void progressLinesGoToStandardErrorWhenNotATerminal() {
    // surefire runs without a console, so progress is plain lines, ending with the total
    assertThat(withReport.err()).doesNotContain("\r");
    // the variants, then the baseline and the headline variants with the quarantine setting switched
    int runs = 6 * (JinshaExperiment.VARIANTS.size() + 1 + org.cordon.simulation.experiment.QuarantineSwitch.HEADLINE.size());
    assertThat(withReport.err().lines().toList()).last().asString().startsWith("compare: " + runs + "/" + runs + " runs done in ");
  }

  @Test
  void quietAndNoReportWriteNoProgressNoChartsAndTheSameSummary() throws Exception {
    Path plain = tmp.resolve("plain");
    CliRun r = run("compare", "--runs", "6", "--seed", "5", "--threads", "1", "--quiet", "--no-report",
        "--out", plain.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(plain.resolve("summary.json")).isRegularFile();
    assertThat(plain.resolve("report.html")).doesNotExist();
    for (ReportChart c : ReportChart.values()) {
      assertThat(plain.resolve(c.fileName())).doesNotExist();
    }
    // progress and reports only observe: same seed, same summary (also on another thread count)
    assertThat(Files.readString(plain.resolve("summary.json"))).isEqualTo(Files.readString(out.resolve("summary.json")));
  }

  private static int expect(Document doc, String quantity, String variant, String date, String stat, double value) {
    NodeList tds = doc.getElementsByTagName("td");
    int found = 0;
    for (int i = 0; i < tds.getLength(); i++) {
      Element td = (Element) tds.item(i);
      if (td.getAttribute("data-quantity").equals(quantity) && td.getAttribute("data-variant").equals(variant)
          && td.getAttribute("data-date").equals(date) && td.getAttribute("data-stat").equals(stat)) {
        // summary.json rounds to 6 decimals; the page shows at most 2
        assertThat(Double.parseDouble(td.getAttribute("data-value"))).isCloseTo(value, offset(1e-6));
        assertThat(Double.parseDouble(td.getTextContent())).isCloseTo(value, offset(0.005 + 1e-6));
        found++;
      }
    }
    assertThat(found).as(quantity + " " + variant + " " + date + " " + stat).isEqualTo(1);
    return found;
  }

  private static Document parse(String page) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
  }
}
