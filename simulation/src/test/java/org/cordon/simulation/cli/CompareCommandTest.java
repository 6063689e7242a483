package org.cordon.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void compareWritesSummaryAndDailyAndPrintsATable(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    CliRun r = run("compare", "--runs", "4", "--seed", "3", "--threads", "2", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("as-happened", "late-city", "late-province", "never", "confirmed 02-03",
        "confirmed at end", "more confirmed by the end", "Closure x rest of the response", "Quarantine FACILITY from 2020-02-02 switched to HOME");
    String json = Files.readString(out.resolve("summary.json"));
    assertThat(json).contains("\"scenario\" : \"jinsha-2020\"", "\"2020-01-27\"", "\"2020-02-03\"", "\"2020-03-08\"",
        "\"closureDate\" : \"2020-02-10\"", "\"closureDate\" : \"2020-02-12\"", "\"by\" : \"end\"", "\"final\"",
        "\"attribution\"", "\"interaction\"", "\"closureShare\"", "\"quarantineSetting\"", "\"switchedTo\" : \"HOME\"");
    assertThat(Files.readAllLines(out.resolve("daily.csv")).get(0)).startsWith("variant,date,new_infections_median");
  }

  @Test
  void replayRunsOneVariant() {
    CliRun r = run("replay", "--variant", "late-city", "--runs", "2", "--threads", "1");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("late-city").doesNotContain("as-happened");
  }

  @Test
  void unknownVariantIsOneLineAndExitTwo() {
    CliRun r = run("replay", "--variant", "sometime", "--runs", "2");
    assertThat(r.exit()).isEqualTo(CordonCommand.EXIT_BAD_INPUT);
    assertThat(r.err().strip()).startsWith("cordon: ").contains("sometime").doesNotContain("\n");
  }

  @Test
  void badRunsAndThreadsAreRejectedWithoutOutput(@TempDir Path tmp) {
    Path out = tmp.resolve("never-written");
    for (String[] args : new String[][] {
        {"compare", "--runs", "0", "--out", out.toString()},
        {"compare", "--threads", "0", "--out", out.toString()},
        {"compare", "--runs", "many", "--out", out.toString()},
        {"compare", "--runs", "2", "--follow-up-days", "-1", "--out", out.toString()},
        {"compare", "--runs", "2", "--follow-up-days", "4000", "--out", out.toString()},
        {"compare", "--scenario", tmp.resolve("missing.yaml").toString(), "--out", out.toString()}}) {
      CliRun r = run(args);
      assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(CordonCommand.EXIT_BAD_INPUT);
      assertThat(r.err().strip()).startsWith("cordon: ").doesNotContain("\n").doesNotContain("Exception");
      assertThat(out).doesNotExist();
    }
  }

  @Test
  void replayShowsProgressOnStandardErrorUnlessQuietWithTheSameResults() {
    CliRun shown = run("replay", "--variant", "never", "--runs", "3", "--seed", "5", "--threads", "2");
    CliRun quiet = run("replay", "--variant", "never", "--runs", "3", "--seed", "5", "--threads", "1", "--quiet");
    assertThat(shown.exit()).as(shown.err()).isZero();
    assertThat(quiet.exit()).as(quiet.err()).isZero();
    assertThat(shown.err().lines().toList()).last().asString().startsWith("replay: 3/3 runs done");
    assertThat(quiet.err()).isEmpty();
    assertThat(quiet.out()).isEqualTo(shown.out());
  }
}
