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
    CliRun shown = run("calibrate", "--particles", "20", "--populations", "2", "--replicates", "2", "--runs", "4", "--seed", "9", "--threads", "2");
    assertThat(shown.exit()).as(shown.err()).isZero();
    // not a terminal under the test runner: plain lines; the total is an upper bound (populations x particles x
    // replicates x 2 + runs: the SMC's attempts are not known in advance)
    assertThat(shown.err()).doesNotContain("\r");
    assertThat(shown.err().lines().toList()).last().asString().startsWith("calibrate: ").contains("/164 runs");

    CliRun quiet = run("calibrate", "--draws", "20", "--populations", "2", "--replicates", "2", "--runs", "4", "--seed", "9", "--threads", "1",
        "--quiet");
    assertThat(quiet.exit()).as(quiet.err()).isZero();
    assertThat(quiet.err()).isEmpty();
    assertThat(quiet.out()).isEqualTo(shown.out());
  }
}
