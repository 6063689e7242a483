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
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cordon.simulation.report.ReportChart;
import org.cordon.simulation.sweep.SweepCsv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code cordon sweep}: its files, its sentence, and its rejections. */
class SweepCommandTest {
  @TempDir static Path tmp;
  static Path out;
  static CliRun sweep;

  @BeforeAll
  static void sweepOnce() {
    out = tmp.resolve("sweep out");
    sweep = CliRun.of("sweep", "--part", "closure", "--from", "2020-01-28", "--to", "2020-02-09", "--step-days", "4",
        "--runs", "6", "--seed", "2", "--threads", "2", "--quiet", "--out", out.toString());
    assertThat(sweep.exit()).as(sweep.err()).isZero();
  }

  @Test
  void csvHasExactlyTheColumnsAndOneRowPerDate() throws Exception {
    List<String> lines = Files.readAllLines(out.resolve("sweep.csv"));
    assertThat(lines.get(0)).isEqualTo("part,start,confirmed_median,confirmed_p5,confirmed_p95,infected_median,"
        + "infected_p5,infected_p95,mean_difference,probability_more,probability_fewer").isEqualTo(SweepCsv.HEADER);
    assertThat(lines).hasSize(1 + 4);
    assertThat(lines.subList(1, 5)).extracting(l -> l.split(",")[1])
        .containsExactly("2020-01-28", "2020-02-01", "2020-02-05", "2020-02-09");
    assertThat(lines.get(1)).isEqualTo("closure,2020-01-28,0,0,0,0,0,0,0,0,0"); // the reference against itself
    for (String l : lines.subList(1, 5)) {
      assertThat(l.split(",")).hasSize(11);
    }
  }

  @Test
  void printsTheSentenceAndWritesTheChartTheJsonAndTheReport() throws Exception {
    JsonNode json = new ObjectMapper().readTree(out.resolve("sweep.json").toFile());
    String sentence = json.get("sentence").asText();
    assertThat(sentence).startsWith("Each day of delay of the closure costs ").contains("confirmed cases by 2020-03-08");
    assertThat(sweep.out()).contains(sentence, "2020-02-09", "report.html");
    assertThat(json.get("points")).hasSize(4);
    assertThat(json.get("confirmedPerDay").get("p5").asDouble())
        .isLessThanOrEqualTo(json.get("confirmedPerDay").get("p95").asDouble());
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(out.resolve("sweep.png"))));
    assertThat(img.getWidth()).isEqualTo(ReportChart.WIDTH);
    assertThat(img.getHeight()).isEqualTo(ReportChart.HEIGHT);
    String page = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(page).contains("id=\"sweep\"", "Cost of each day of delay", "cordon sweep --part closure");
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
    int checked = 0;
    for (JsonNode p : json.get("points")) {
      String date = p.get("start").asText();
      for (String stat : new String[] {"median", "mean", "p5", "p95", "probabilityMore", "probabilityFewer"}) {
        checked += cell(doc, "extraConfirmed", date, stat, p.get("extraConfirmed").get(stat).asDouble());
      }
      for (String stat : new String[] {"median", "p5", "p95"}) {
        checked += cell(doc, "confirmed", date, stat, p.get("confirmed").get(stat).asDouble());
        checked += cell(doc, "extraInfected", date, stat, p.get("extraInfected").get(stat).asDouble());
      }
    }
    assertThat(checked).isEqualTo(4 * 12);
  }

  @Test
  void badInputIsOneLineExitTwoAndWritesNothing() throws Exception {
    Path never = tmp.resolve("never-written");
    Path plain = tmp.resolve("plain.yaml");
    Files.writeString(plain, "name: plain\ncommunity: {preset: jinsha-2020}\nstart: 2020-01-20\nend: 2020-02-29\n"
        + "timeline: []\n");
    String[][] cases = {
      {"--part", "closure", "--from", "2020-02-12", "--to", "2020-02-10"},
      {"--part", "closure", "--from", "2020-02-10", "--to", "2020-02-12", "--step-days", "0"},
      {"--part", "closure", "--from", "2020-02-10", "--to", "2020-02-12", "--step-days", "-1"},
      {"--part", "gates", "--from", "2020-02-10", "--to", "2020-02-12"},
      {"--part", "closure", "--from", "2020-01-01", "--to", "2020-02-12"},
      {"--part", "closure", "--from", "2020-02-10", "--to", "2020-03-20"},
      {"--part", "closure", "--from", "2020-01-10", "--to", "2020-03-08", "--runs", "1000"},
      {"--part", "closure", "--from", "2020-02-10", "--to", "10 Feb"},
      {"--part", "closure", "--from", "2020-02-10", "--to", "2020-02-12", "--scenario", plain.toString()},
      {"--part", "closure", "--from", "2020-02-10", "--to", "2020-02-12", "--scenario", tmp.resolve("none.yaml").toString()},
    };
    String[] mentions = {"--to", "--step-days", "--step-days", "gates", "--from", "--to", "--runs", "--to", "jinsha",
        "none.yaml"};
    for (int c = 0; c < cases.length; c++) {
      String[] args = new String[cases[c].length + 3];
      args[0] = "sweep";
      System.arraycopy(cases[c], 0, args, 1, cases[c].length);
      args[args.length - 2] = "--out";
      args[args.length - 1] = never.toString();
      CliRun r = CliRun.of(args);
      r.assertOneLineError(mentions[c]);
      assertThat(never).as(String.join(" ", args)).doesNotExist();
    }
    assertThat(Files.list(tmp).map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("never-written"));
  }

  private static int cell(Document doc, String quantity, String date, String stat, double value) {
    NodeList tds = doc.getElementsByTagName("td");
    int found = 0;
    for (int i = 0; i < tds.getLength(); i++) {
      Element td = (Element) tds.item(i);
      if (td.getAttribute("data-quantity").equals(quantity) && td.getAttribute("data-date").equals(date)
          && td.getAttribute("data-stat").equals(stat)) {
        assertThat(Double.parseDouble(td.getAttribute("data-value"))).isCloseTo(value, offset(1e-6));
        found++;
      }
    }
    assertThat(found).as(quantity + " " + date + " " + stat).isEqualTo(1);
    return found;
  }
}
