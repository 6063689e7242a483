package org.cordon.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code cordon calibrate} shows progress on standard error, none with --quiet, same results. */
class CalibrateProgressTest {

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void calibrateCountsDrawsAndPredictiveRunsAndQuietShowsNothing() {
    CliRun shown = run("calibrate", "--draws", "20", "--replicates", "2", "--accept", "0.25", "--runs", "4", "--seed", "9", "--threads", "2");
    assertThat(shown.exit()).as(shown.err()).isZero();
    // not a terminal under the test runner: plain lines, the last one with the total of 20 draws x 2 replicates + 4 runs
    assertThat(shown.err()).doesNotContain("\r");
    assertThat(shown.err().lines().toList()).last().asString().startsWith("calibrate: 44/44 runs done in ");

    CliRun quiet = run("calibrate", "--draws", "20", "--replicates", "2", "--accept", "0.25", "--runs", "4", "--seed", "9", "--threads", "1",
        "--quiet");
    assertThat(quiet.exit()).as(quiet.err()).isZero();
    assertThat(quiet.err()).isEmpty();
    assertThat(quiet.out()).isEqualTo(shown.out());
  }
}
