package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
  void badOptionsEndWithOneCordonLineAndExitCode2(@TempDir Path data) {
    String[] port = run("--port", "70000");
    assertThat(port[0]).isEqualTo("2");
    assertThat(port[2]).isEqualTo("cordon: --port: must be 0..65535: 70000" + System.lineSeparator());
    String[] scenario = run("--scenario", "no-such-scenario.yaml", "--data", data.toString());
    assertThat(scenario[0]).isEqualTo("2");
    assertThat(scenario[2]).startsWith("cordon: --scenario: not a preset (known: jinsha-2020) nor a file: 'no-such-scenario.yaml'")
        .hasLineCount(1);
    String[] threads = run("--threads", "1");
    assertThat(threads[0]).isEqualTo("2");
    assertThat(threads[2]).isEqualTo("cordon: --threads: must be 2..1024: 1" + System.lineSeparator());
    String[] unknown = run("--colour");
    assertThat(unknown[0]).isEqualTo("2");
    assertThat(unknown[2]).startsWith("cordon: Unknown option: '--colour'");
  }

  @Test
  void aDatabaseFileThatIsNotCordonsEndsWithOneLineAndExitCode2NeverAReset(@TempDir Path dir) throws Exception {
    Path foreign = Files.createDirectories(dir.resolve("foreign"));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign.resolve(ServeCommand.DB_FILE));
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)");
      s.execute("INSERT INTO invoices VALUES (1, 9.5)");
    }
    String[] r = run("--port", "0", "--data", foreign.toString());
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).startsWith("cordon: --data: " + foreign.resolve(ServeCommand.DB_FILE) + " is not a Cordon database")
        .hasLineCount(1);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign.resolve(ServeCommand.DB_FILE));
        Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT amount FROM invoices")) {
      assertThat(rs.next()).as("the foreign data is untouched").isTrue();
    }

    Path corrupt = Files.createDirectories(dir.resolve("corrupt"));
    byte[] junk = "this is not a database, just text that happens to be long enough to look like a header".repeat(40)
        .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    Files.write(corrupt.resolve(ServeCommand.DB_FILE), junk);
    String[] c = run("--port", "0", "--data", corrupt.toString());
    assertThat(c[0]).isEqualTo("2");
    assertThat(c[2]).startsWith("cordon: --data: " + corrupt.resolve(ServeCommand.DB_FILE)).contains("not a Cordon database")
        .hasLineCount(1);
    assertThat(Files.readAllBytes(corrupt.resolve(ServeCommand.DB_FILE))).isEqualTo(junk);
  }

  @Test
  void helpListsTheOptions() {
    String[] help = run("--help");
    assertThat(help[0]).isEqualTo("0");
    assertThat(help[1]).contains("--port", "--host", "--scenario", "--max-runs", "--max-residents", "--max-concurrent",
        "--max-queued", "--threads", "--data", "--db-url", "--allow-host", "--token-file", "--max-connections",
        "--max-queued-per-client", "--debug");
  }
}
