package org.cordon.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.cordon.simulation.report.ReportChart;
import org.cordon.simulation.sensitivity.JinshaInputs;
import org.cordon.simulation.sensitivity.SensitivityCsv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cordon sensitivity}: its files on a tiny run of the preset, its determinism, and its rejections. */
class SensitivityCommandTest {
  static final List<String> CSVS = List.of("sensitivity-late-city.csv", "sensitivity-response-late-city.csv");
  @TempDir static Path tmp;
  static Path out;
  static CliRun run;

  @BeforeAll
  static void runOnce() {
    out = tmp.resolve("sensitivity out");
    run = CliRun.of("sensitivity", "--samples", "2", "--runs", "1", "--seed", "3", "--threads", "2", "--quiet",
        "--out", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
  }

  @Test
  void writesOneCsvPerHeadlineWithTheExactHeaderAndOneRowPerInput() throws Exception {
    assertThat(out).isDirectoryContaining("glob:**/sensitivity.json").isDirectoryContaining("glob:**/sensitivity.png")
        .isDirectoryContaining("glob:**/report.html");
    for (String name : CSVS) {
      List<String> lines = Files.readAllLines(out.resolve(name));
      assertThat(lines.get(0))
          .isEqualTo("input,low,high,first_order,first_order_p5,first_order_p95,total,total_p5,total_p95")
          .isEqualTo(SensitivityCsv.HEADER);
      assertThat(lines).hasSize(1 + JinshaInputs.ENTRIES.size());
      assertThat(lines.subList(1, lines.size())).extracting(l -> l.split(",")[0]).containsExactlyElementsOf(JinshaInputs.names());
      assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l.split(",")).hasSize(9));
    }
    assertThat(run.out()).contains("late-city vs as-happened", "response-late-city vs as-happened", "wrote");
  }

  @Test
  void jsonChartAndReportCarryTheSameNumbers() throws Exception {
    JsonNode json = new ObjectMapper().readTree(out.resolve("sensitivity.json").toFile());
    assertThat(json.get("samples").asInt()).isEqualTo(2);
    assertThat(json.get("designPoints").asInt()).isEqualTo(2 * (JinshaInputs.ENTRIES.size() + 2));
    assertThat(json.get("headlines")).hasSize(2);
    String page = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(page).contains("id=\"sensitivity\"", "Global sensitivity", "cordon sensitivity --samples 2");
    // well-formed (XHTML-style), as the other reports
    javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
    for (JsonNode h : json.get("headlines")) {
      List<String> csv = Files.readAllLines(out.resolve(h.get("csv").asText()));
      JsonNode first = h.get("inputs").get(0);
      String[] row = csv.get(1).split(",");
      assertThat(row[0]).isEqualTo(first.get("input").asText());
      if (!first.get("total").isNull()) {
        assertThat(Double.parseDouble(row[6])).isEqualTo(first.get("total").asDouble());
        assertThat(page).contains("data-headline=\"" + h.get("variant").asText() + "\" data-input=\""
            + first.get("input").asText() + "\" data-stat=\"total\" data-value=\"");
      }
    }
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(out.resolve("sensitivity.png"))));
    assertThat(img.getWidth()).isEqualTo(ReportChart.WIDTH);
    assertThat(img.getHeight()).isGreaterThanOrEqualTo(ReportChart.HEIGHT);
  }

  @Test
  void sameFilesOnOneAndTwoThreads() throws Exception {
    Path one = tmp.resolve("one");
    Path two = tmp.resolve("two");
    for (Path p : List.of(one, two)) {
      CliRun r = CliRun.of("sensitivity", "--inputs", "transmissionScale,stayHomeFactor,febrileShare,vehicleLeakUnguarded",
          "--samples", "4", "--runs", "2", "--seed", "5", "--threads", p == one ? "1" : "2", "--quiet", "--out", p.toString());
      assertThat(r.exit()).as(r.err()).isZero();
    }
    for (String f : List.of(CSVS.get(0), CSVS.get(1), "sensitivity.json")) {
      assertThat(Files.readAllBytes(two.resolve(f))).as(f).isEqualTo(Files.readAllBytes(one.resolve(f)));
    }
    assertThat(Files.readAllLines(one.resolve(CSVS.get(0)))).hasSize(5);
  }

  @Test
  void badInputIsOneLineExitTwoAndWritesNothing() throws Exception {
    Path never = tmp.resolve("never-written");
    String[][] cases = {
      {"--samples", "0"},
      {"--samples", "-3"},
      {"--runs", "0"},
      {"--range", "febrileShare=0.9:0.1"},
      {"--range", "febrileShare=0.1-0.9"},
      {"--range", "nosuchInput=0:1"},
      {"--inputs", "febrileShare,nosuchInput"},
      {"--scenario", tmp.resolve("missing.yaml").toString()},
      {"--threads", "0"},
    };
    String[] mentions = {"--samples", "--samples", "--runs", "--range", "--range", "nosuchInput", "nosuchInput",
        "missing.yaml", "--threads"};
    for (int c = 0; c < cases.length; c++) {
      String[] args = new String[cases[c].length + 4];
      args[0] = "sensitivity";
      System.arraycopy(cases[c], 0, args, 1, cases[c].length);
      args[args.length - 3] = "--quiet";
      args[args.length - 2] = "--out";
      args[args.length - 1] = never.toString();
      CliRun r = CliRun.of(args);
      r.assertOneLineError(mentions[c]).assertNoJavaNames();
      assertThat(never).as(String.join(" ", args)).doesNotExist();
    }
    assertThat(Files.list(tmp).map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("never-written"));
  }
}
