package org.cordon.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code cordon calibrate} shows progress on standard error, none with --quiet, same results. */
class CalibrateProgressTest {
  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cl = CordonCommand.commandLine();
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    cl.setOut(new PrintWriter(o));
    cl.setErr(new PrintWriter(e));
    int exit = cl.execute(args);
    return new Run(exit, o.toString(), e.toString());
  }

  @Test
  void calibrateCountsDrawsAndPredictiveRunsAndQuietShowsNothing() {
    Run shown = run("calibrate", "--draws", "20", "--accept", "0.25", "--runs", "4", "--seed", "9", "--threads", "2");
    assertThat(shown.exit()).as(shown.err()).isZero();
    // not a terminal under the test runner: plain lines, the last one with the total of 20 draws + 4 runs
    assertThat(shown.err()).doesNotContain("\r");
    assertThat(shown.err().lines().toList()).last().asString().startsWith("calibrate: 24/24 runs done in ");

    Run quiet = run("calibrate", "--draws", "20", "--accept", "0.25", "--runs", "4", "--seed", "9", "--threads", "1",
        "--quiet");
    assertThat(quiet.exit()).as(quiet.err()).isZero();
    assertThat(quiet.err()).isEmpty();
    assertThat(quiet.out()).isEqualTo(shown.out());
  }
}
