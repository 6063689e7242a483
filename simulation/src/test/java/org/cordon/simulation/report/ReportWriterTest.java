package org.cordon.simulation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportWriterTest {
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @TempDir static Path dir;
  static ReportData data;
  static List<Path> written;
  static String html;

  @BeforeAll
  static void writeOnce() throws IOException {
    data = ReportFixtures.jinshaLike();
    written = ReportWriter.write(data, dir);
    html = Files.readString(dir.resolve(ReportWriter.REPORT_HTML), StandardCharsets.UTF_8);
  }

  @Test
  void everyChartAndTheReportAreWritten() {
    assertThat(written).hasSize(ReportChart.values().length + 1);
    for (ReportChart c : ReportChart.values()) {
      assertThat(dir.resolve(c.fileName())).isRegularFile();
    }
    assertThat(dir.resolve("report.html")).isRegularFile();
  }

  @Test
  void chartsAreValidPngsOfTheStatedSize() throws IOException {
    for (ReportChart c : ReportChart.values()) {
      byte[] bytes = Files.readAllBytes(dir.resolve(c.fileName()));
      assertThat(Arrays.copyOf(bytes, 8)).as(c.fileName()).isEqualTo(PNG_SIGNATURE);
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
      assertThat(img).as(c.fileName()).isNotNull();
      assertThat(img.getWidth()).isEqualTo(1000);
      assertThat(img.getHeight()).isEqualTo(560);
      assertThat(distinctColours(img)).as(c.fileName() + " draws more than a blank canvas").isGreaterThan(20);
    }
  }

  @Test
  void reportIsWellFormedAndInlinesEveryChart() throws Exception {
    Document doc = parse(html);
    NodeList imgs = doc.getElementsByTagName("img");
    assertThat(imgs.getLength()).isEqualTo(ReportChart.values().length);
    for (int i = 0; i < imgs.getLength(); i++) {
      String src = ((Element) imgs.item(i)).getAttribute("src");
      assertThat(src).startsWith("data:image/png;base64,");
      byte[] png = java.util.Base64.getDecoder().decode(src.substring("data:image/png;base64,".length()));
      assertThat(ImageIO.read(new ByteArrayInputStream(png))).isNotNull();
    }
  }

  @Test
  void elementIdsAreUniqueAndInternalLinksResolve() throws Exception {
    Document doc = parse(html);
    java.util.Set<String> ids = new java.util.HashSet<>();
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      String id = ((Element) all.item(i)).getAttribute("id");
      if (!id.isEmpty()) {
        assertThat(ids.add(id)).as("duplicate id " + id).isTrue();
      }
    }
    NodeList links = doc.getElementsByTagName("a");
    assertThat(links.getLength()).isPositive();
    for (int i = 0; i < links.getLength(); i++) {
      String href = ((Element) links.item(i)).getAttribute("href");
      assertThat(href).startsWith("#");
      assertThat(ids).contains(href.substring(1));
    }
  }

  @Test
  void reportReferencesNothingRemote() {
    String lower = html.toLowerCase(java.util.Locale.ROOT);
    assertThat(lower).doesNotContain("http://", "https://", "src=\"//", "href=\"//", "<script", "@import", "url(");
    assertThat(lower).doesNotContainPattern("(src|href)=\"(?!data:|#)");
  }

  @Test
  void reportNamesEverySeriesAndShowsTheCommand() {
    for (VariantSeries v : data.series()) {
      assertThat(html).contains(v.name());
    }
    assertThat(html).contains("cordon compare --runs 200 --seed 7 --out &#39;out dir&#39;");
    assertThat(html).contains("Lauer et al., Ann Intern Med 2020", "ironSheetLeakGuarded", "ABC rejection (synthetic)");
  }

  @Test
  void textIsEscaped() {
    assertThat(html).contains("the Jinsha replay &amp; its variants &lt;test&gt;.");
    assertThat(html).doesNotContain("<test>");
  }

  @Test
  void comparisonTableHoldsTheNumbersOfTheData() throws Exception {
    Document doc = parse(html);
    int checked = 0;
    for (VariantRow r : data.table()) {
      for (var e : r.confirmed().entrySet()) {
        Quantiles q = e.getValue();
        checked += expectCell(doc, "confirmed", r.name(), e.getKey().toString(), "median", q.median());
        checked += expectCell(doc, "confirmed", r.name(), e.getKey().toString(), "p5", q.p5());
        checked += expectCell(doc, "confirmed", r.name(), e.getKey().toString(), "p95", q.p95());
      }
    }
    for (DifferenceRow r : data.differences()) {
      checked += expectCell(doc, "difference", r.variant(), r.by().toString(), "median", r.difference().median());
      checked += expectCell(doc, "difference", r.variant(), r.by().toString(), "mean", r.mean());
      checked += expectCell(doc, "difference", r.variant(), r.by().toString(), "p5", r.difference().p5());
      checked += expectCell(doc, "difference", r.variant(), r.by().toString(), "p95", r.difference().p95());
      checked += expectCell(doc, "difference", r.variant(), r.by().toString(), "probabilityMore", r.probabilityMore());
      checked += expectCell(doc, "difference", r.variant(), r.by().toString(), "probabilityFewer", r.probabilityFewer());
    }
    assertThat(checked).isEqualTo(4 * 3 * 3 + 3 * 6);
  }

  @Test
  void aVariantNameWithMarkupStaysText() throws Exception {
    ReportData odd = ReportFixtures.withNames(List.of("as<happened>", "late & \"city\""));
    Path out = Files.createTempDirectory(dir, "odd");
    ReportWriter.write(odd, out);
    String page = Files.readString(out.resolve("report.html"));
    Document doc = parse(page);
    assertThat(doc.getElementsByTagName("happened").getLength()).isZero();
    assertThat(page).contains("as&lt;happened&gt;", "late &amp; &quot;city&quot;");
  }

  /** Finds the one table cell for (quantity, variant, date, stat) and checks its exact and shown values. */
  private static int expectCell(Document doc, String quantity, String variant, String date, String stat, double value) {
    NodeList tds = doc.getElementsByTagName("td");
    int found = 0;
    for (int i = 0; i < tds.getLength(); i++) {
      Element td = (Element) tds.item(i);
      if (td.getAttribute("data-quantity").equals(quantity) && td.getAttribute("data-variant").equals(variant) && td.getAttribute("data-date").equals(date)
          && td.getAttribute("data-stat").equals(stat)) {
        assertThat(Double.parseDouble(td.getAttribute("data-value"))).isEqualTo(value);
        // shown rounded to at most two decimals
        assertThat(Double.parseDouble(td.getTextContent())).isCloseTo(value, org.assertj.core.data.Offset.offset(0.005));
        found++;
      }
    }
    assertThat(found).as(variant + " " + date + " " + stat).isEqualTo(1);
    return found;
  }

  static Document parse(String page) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
  }

  private static int distinctColours(BufferedImage img) {
    java.util.Set<Integer> colours = new java.util.HashSet<>();
    for (int y = 0; y < img.getHeight(); y += 4) {
      for (int x = 0; x < img.getWidth(); x += 4) {
        colours.add(img.getRGB(x, y));
      }
    }
    return colours.size();
  }
}
