package org.cordon.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@code ./cordon --help} shows a newcomer: every command, each summary whole. */
class HelpTextTest {
  @Test
  void theHelpListsEveryCommandServeIncludedWithWholeSummaries() {
    CliRun r = CliRun.of("--help");
    assertThat(r.exit()).isZero();
    for (String command : new String[] {"trace", "generate", "inspect", "scenario", "staffing", "compare", "sweep",
        "replay", "calibrate", "serve"}) {
      assertThat(r.out()).containsPattern("(?m)^  " + command + " ");
    }
    String flat = r.out().replaceAll("\\s+", " ");
    assertThat(flat).contains("or contacts to depth K over chosen layers.");
    assertThat(flat).contains("./cordon serve --help lists its options).");
  }

  @Test
  void serveFromTheSimulationJarSaysWhereThePageRuns() {
    CliRun.of("serve", "--port", "9000").assertOneLineError("serve", "./cordon serve");
  }
}
