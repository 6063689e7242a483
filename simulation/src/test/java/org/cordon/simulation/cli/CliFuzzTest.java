package org.cordon.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cordon.simulation.cli.fuzz.FuzzCase;
import org.cordon.simulation.cli.fuzz.FuzzFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of the command line, in this JVM: 2,000 mutated registers, scenario files,
 * encounter files and command lines ({@link FuzzFormats}), each run through {@link CliRun}. Every
 * case must end with exit 0, or with exit 2 and one line of at most 300 characters that names the
 * file (or option) at fault; never a stack trace or an exception's class name; and a failed command
 * leaves its {@code --out} folder as it was, with no staging folder beside it. The cases are a
 * function of the seed, so a failure reproduces.
 */
class CliFuzzTest {
  /** The seed of every case (change it to explore other cases; the test must pass for any). */
  private static final long SEED = 20200125L;

  @TempDir Path tmp;

  @Test
  void everyMutatedInputEndsInSuccessOrOneLineNamingItsFile() throws IOException {
    Path register = tmp.resolve("base-register");
    assertThat(CliRun.of("generate", "--residents", "300", "--seed", "1", "--out", register.toString()).exit()).isZero();
    String scenario = baseScenario(register);
    String encounters = baseEncounters();
    SplittableRandom r = new SplittableRandom(SEED);
    List<String> failures = new ArrayList<>();
    TreeMap<String, int[]> counts = new TreeMap<>();
    int n = 0;
    for (FuzzFormats.Share share : FuzzFormats.all(register, scenario, encounters, 750, 550, 350, 350)) {
      for (int i = 0; i < share.cases(); i++, n++) {
        Path dir = Files.createDirectories(tmp.resolve("case-" + n));
        FuzzCase c = share.format().next(r.split(), dir);
        byte[] before = c.out().isPresent() ? seedOut(c.out().get()) : null;
        CliRun run = CliRun.of(c.args().toArray(String[]::new));
        String problem = problem(c, run, before);
        counts.computeIfAbsent(c.format(), k -> new int[3])[run.exit() == 0 ? 0 : run.exit() == 2 ? 1 : 2]++;
        if (problem != null) {
          failures.add("case " + n + " (" + c.format() + ") " + c.args() + ": " + problem + "\n    err: " + run.err().strip());
        }
        AtomicOutput.deleteRecursively(dir);
      }
    }
    assertThat(n).isGreaterThanOrEqualTo(2000);
    assertThat(failures).as(failures.size() + " of " + n + " cases broke the contract; exit 0/2/other by format: "
        + counts.entrySet().stream().map(e -> e.getKey() + " " + java.util.Arrays.toString(e.getValue()))
            .collect(Collectors.joining(", "))).isEmpty();
    // the mutations must reach both outcomes in every format, or they test nothing
    counts.forEach((format, c) -> assertThat(c[1]).as(format + " rejected").isGreaterThan(0));
    counts.forEach((format, c) -> assertThat(c[0]).as(format + " accepted").isGreaterThan(0));
  }

  /** @return what is wrong with the run, or null if it kept the contract */
  private static String problem(FuzzCase c, CliRun run, byte[] before) throws IOException {
    String err = run.err();
    if (err.contains("\tat ") || err.contains("Exception") || err.contains("java.")) {
      return "stack trace or exception name";
    }
    if (run.exit() == 0) {
      return c.out().isPresent() ? leftovers(c.out().get()) : null;
    }
    if (run.exit() != 2) {
      return "exit " + run.exit();
    }
    List<String> lines = err.strip().lines().toList();
    if (lines.size() != 1) {
      return lines.size() + " lines";
    }
    String line = lines.get(0);
    if (!line.startsWith("cordon: ") || line.length() > ErrorReport.MAX_LINE) {
      return "not one short line cordon: ... (" + line.length() + " chars)";
    }
    if (c.names().stream().noneMatch(line::contains)) {
      return "names none of " + c.names();
    }
    if (c.out().isPresent()) {
      if (!java.util.Arrays.equals(before, snapshot(c.out().get()))) {
        return "--out changed on failure";
      }
      return leftovers(c.out().get());
    }
    return null;
  }

  /** Fills {@code out} with a previous output, returning its snapshot. */
  private static byte[] seedOut(Path out) throws IOException {
    Files.createDirectories(out);
    Files.writeString(out.resolve("summary.json"), "{\"previous\": true}");
    Files.writeString(out.resolve("notes.txt"), "kept");
    return snapshot(out);
  }

  private static byte[] snapshot(Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      return new byte[0];
    }
    StringBuilder sb = new StringBuilder();
    try (var files = Files.list(out)) {
      for (Path f : (Iterable<Path>) files.sorted()::iterator) {
        sb.append(f.getFileName()).append('=').append(Files.isRegularFile(f) ? Files.readString(f) : "<dir>").append('\n');
      }
    }
    return sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String leftovers(Path out) throws IOException {
    try (var siblings = Files.list(out.getParent())) {
      List<String> hidden = siblings.map(p -> p.getFileName().toString())
          .filter(name -> name.startsWith("." + out.getFileName())).toList();
      return hidden.isEmpty() ? null : "left " + hidden;
    }
  }

  /** The Jinsha timeline on the register, with disease, imports and two variants. */
  private static String baseScenario(Path register) {
    CliRun shown = CliRun.of("scenario", "show", "jinsha-2020", "--register", register.toString());
    assertThat(shown.exit()).as(shown.err()).isZero();
    // the preset is shown calibrated, with its own disease: and variants: sections; keep its
    // community, dates, timeline and assumptions and give the fuzz base sections of its own
    String shownText = shown.out();
    int own = shownText.indexOf("\ndisease:");
    String timeline = own < 0 ? shownText : shownText.substring(0, own + 1);
    return timeline
        + "disease:\n  asymptomaticShare: 0.2\n  transmission: {household: 0.03}\n"
        + "imports: {shareInfectedWuhan: 0.01, exposureDays: 10}\n"
        + "variants:\n"
        + "  - name: as-happened\n    closureDate: 2020-01-25\n"
        + "  - name: late\n    closureDate: 2020-02-10\n    jinsha: {honghua: never, community: 2020-02-10T08:00}\n";
  }

  /** Twenty encounters between residents of the 300-resident register. */
  private static String baseEncounters() {
    StringBuilder sb = new StringBuilder("a,b,first_day,last_day,minutes\n");
    SplittableRandom r = new SplittableRandom(7);
    for (int i = 0; i < 20; i++) {
      int a = r.nextInt(300);
      int b = (a + 1 + r.nextInt(299)) % 300;
      int day = 15 + r.nextInt(10);
      sb.append(a).append(',').append(b).append(",2020-01-").append(day).append(",2020-01-").append(day + r.nextInt(3))
          .append(',').append(i % 4 == 0 ? "" : Integer.toString(5 + r.nextInt(60))).append('\n');
    }
    return sb.toString();
  }
}
