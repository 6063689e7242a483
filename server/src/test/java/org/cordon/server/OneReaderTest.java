package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cordon.simulation.cli.CordonCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every command reads a scenario file through the one reader {@code compare} uses: fifty bad
 * scenarios (seeded mutations of a good one, seed {@value #SEED}, kept when {@code compare}
 * rejects them) give the same line from {@code compare}, {@code staffing}, {@code sweep}, {@code
 * scenario check} and {@code serve --scenario}. (The Spark jobs call the same reader on the driver,
 * {@code ScenarioSource.of}.)
 */
class OneReaderTest {
  private static final long SEED = 21L;
  private static final String BASE = String.join("\n",
      "name: one-reader",
      "community: {preset: jinsha-2020, seed: 1, residents: 300}",
      "start: 2020-01-10",
      "end: 2020-03-08",
      "disease: {calibration: jinsha-2020}",
      "imports: {shareInfectedWuhan: 0.02, exposureDays: 10}",
      "assumptions: {stayHomeFactor: 0.3}",
      "variants:",
      "  - name: as-happened",
      "    closureDate: 2020-01-25",
      "    jinsha: {honghua: 2020-01-25T13:00, community: 2020-02-01T08:00}",
      "  - name: late",
      "    closureDate: 2020-02-10",
      "    jinsha: {honghua: never, community: 2020-02-10T08:00}",
      "");
  private static final String[] VALUES = {"-1", "abc", "2020-13-45", "[", "{a: ", "1e999", "", "~", "\"\\t\"",
      "/nonexistent.yaml", "2099-01-01", "0", "[1, 2]", "{x: 1}", "never", "2020-02-30T08:00", "99999999999"};
  private static final String[] LINES = {"unknown: 1", "  - name: as-happened", "disease: {calibration: /nonexistent.yaml}",
      "name: [", "assumptions: {stayHomeFactor: 7}", "imports: {exposureDays: -3}", "  ? [a]", "\tname: tab",
      "variants: 3", "end: 2019-01-01", "disease: {transmission: {household: 2}}", "    jinsha: {survey: soon}"};

  @TempDir Path tmp;

  @Test
  void fiftyBadScenariosGiveTheSameLineFromEveryCommand() throws IOException {
    Random random = new Random(SEED);
    List<Path> bad = new ArrayList<>();
    for (int attempt = 0; attempt < 500 && bad.size() < 50; attempt++) {
      Path f = tmp.resolve("bad-" + attempt + ".yaml");
      Files.writeString(f, mutate(BASE, random));
      if (cli("compare", "--scenario", f.toString(), "--runs", "1", "--quiet").code() == 2) {
        bad.add(f);
      } else {
        Files.delete(f);
      }
    }
    assertThat(bad).hasSize(50);
    List<String> differences = new ArrayList<>();
    java.util.Set<String> distinct = new java.util.HashSet<>();
    for (Path f : bad) {
      Map<String, Result> lines = new LinkedHashMap<>();
      lines.put("compare", cli("compare", "--scenario", f.toString(), "--runs", "1", "--quiet"));
      lines.put("staffing", cli("staffing", "--scenario", f.toString()));
      lines.put("sweep", cli("sweep", "--scenario", f.toString(), "--part", "closure", "--from", "2020-01-20", "--to",
          "2020-01-21", "--runs", "1", "--quiet", "--out", tmp.resolve("sweep-out").toString()));
      lines.put("scenario check", cli("scenario", "check", f.toString()));
      lines.put("serve", serve("--scenario", f.toString(), "--max-concurrent", "0", "--data",
          tmp.resolve("data").toString()));
      Result expected = lines.get("compare");
      distinct.add(expected.err().replace(f.toString(), "FILE").replaceAll("line \\d+", "line N"));
      assertThat(expected.err()).startsWith("cordon: ").doesNotContain("\n")
          .doesNotContain("org.", "java.", "Exception", "StreamReadConstraints", "snakeyaml");
      lines.forEach((command, r) -> {
        if (r.code() != 2 || !r.err().equals(expected.err())) {
          differences.add(f.getFileName() + " " + command + ": " + r.code() + " " + r.err() + " (compare: "
              + expected.err() + ")");
        }
      });
    }
    assertThat(differences).isEmpty();
    assertThat(distinct).as("different problems among the fifty").hasSizeGreaterThanOrEqualTo(10);
    assertThat(tmp.resolve("sweep-out")).doesNotExist();
  }

  record Result(int code, String err) {}

  private static Result cli(String... args) {
    return run(CordonCommand.commandLine(), args);
  }

  private static Result serve(String... args) {
    return run(ServeCommand.commandLine(), args);
  }

  private static Result run(CommandLine cl, String... args) {
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Result(code, err.toString().strip());
  }

  private static String mutate(String base, Random random) {
    List<String> lines = new ArrayList<>(List.of(base.split("\n")));
    int edits = 1 + random.nextInt(2);
    for (int e = 0; e < edits; e++) {
      int i = random.nextInt(lines.size());
      switch (random.nextInt(4)) {
        case 0 -> {
          String line = lines.get(i);
          int colon = line.lastIndexOf(": ");
          lines.set(i, colon < 0 ? line + " " + pick(random, VALUES)
              : line.substring(0, colon + 2) + pick(random, VALUES));
        }
        case 1 -> lines.remove(i);
        case 2 -> lines.add(i, lines.get(i));
        default -> lines.add(i, pick(random, LINES));
      }
    }
    return String.join("\n", lines) + "\n";
  }

  private static String pick(Random random, String[] options) {
    return options[random.nextInt(options.length)];
  }
}
