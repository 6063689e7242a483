package org.cordon.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One in-process run of the {@code cordon} command line, with what it printed: the shared
 * fixture of the command tests.
 *
 * @param exit the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
record CliRun(int exit, String out, String err) {

  /** Runs {@code cordon args...} in this JVM and captures both streams. */
  static CliRun of(String... args) {
    return of(CordonCommand.commandLine(), args);
  }

  /** Runs {@code args} on a given command line (e.g. with a test subcommand added). */
  static CliRun of(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }

  /**
   * Asserts the run failed on bad input as every command must: exit code 2 and one readable line
   * {@code cordon: ...} on standard error, with no stack trace, containing each of {@code parts}.
   */
  CliRun assertOneLineError(String... parts) {
    assertThat(exit).as(err).isEqualTo(CordonCommand.EXIT_BAD_INPUT);
    assertThat(err).startsWith("cordon: ").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(err.strip().lines()).hasSize(1);
    assertThat(err).contains(parts);
    return this;
  }

  /** Asserts standard error names no Java class or package (a user reads it, not a developer). */
  CliRun assertNoJavaNames() {
    assertThat(err).doesNotContainPattern("java\\.|javax\\.|org\\.cordon|[A-Z][a-z]+(Exception|Error)\\b");
    return this;
  }
}
