package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeCommandTest {
  private static String[] run(String... args) {
    CommandLine cl = ServeCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new String[] {"" + code, out.toString(), err.toString()};
  }

  @Test
  void badOptionsEndWithOneCordonLineAndExitCode2() {
    String[] port = run("--port", "70000");
    assertThat(port[0]).isEqualTo("2");
    assertThat(port[2]).isEqualTo("cordon: --port: must be 0..65535: 70000" + System.lineSeparator());
    String[] scenario = run("--scenario", "no-such-scenario.yaml");
    assertThat(scenario[0]).isEqualTo("2");
    assertThat(scenario[2]).startsWith("cordon: --scenario: not a preset (known: jinsha-2020) nor a file: no-such-scenario.yaml")
        .hasLineCount(1);
    String[] threads = run("--threads", "1");
    assertThat(threads[0]).isEqualTo("2");
    assertThat(threads[2]).isEqualTo("cordon: --threads: must be 2..1024: 1" + System.lineSeparator());
    String[] unknown = run("--colour");
    assertThat(unknown[0]).isEqualTo("2");
    assertThat(unknown[2]).startsWith("cordon: Unknown option: '--colour'");
  }

  @Test
  void helpListsTheOptions() {
    String[] help = run("--help");
    assertThat(help[0]).isEqualTo("0");
    assertThat(help[1]).contains("--port", "--host", "--scenario", "--max-runs", "--max-concurrent", "--max-queued", "--debug");
  }
}
