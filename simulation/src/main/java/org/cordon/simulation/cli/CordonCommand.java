package org.cordon.simulation.cli;

import java.io.PrintWriter;
import org.cordon.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cordon} command line: one command with subcommands. Bad input ends the command with
 * one readable line on standard error and a non-zero exit code, never a stack trace (set the
 * environment variable {@code CORDON_DEBUG=1} to see one).
 */
@Command(
    name = "cordon",
    mixinStandardHelpOptions = true,
    version = "cordon 0.1.0",
    description = "Community-level epidemic containment: Jinsha 2020 and what-if closures.",
    subcommands = {
      CommandLine.HelpCommand.class,
      TraceCommand.class,
      GenerateCommand.class,
      InspectCommand.class,
      ScenarioCommand.class,
      StaffingCommand.class,
      CompareCommand.class,
      SweepCommand.class,
      ReplayCommand.class,
      CalibrateCommand.class,
    })
public final class CordonCommand implements Runnable {
  /** Exit code for bad input (arguments, files, scenarios). */
  public static final int EXIT_BAD_INPUT = 2;
  /** Exit code for an unexpected failure. */
  public static final int EXIT_FAILURE = 1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /**
   * Builds the command line, with the error handling every subcommand shares.
   *
   * @return a configured {@link CommandLine}
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new CordonCommand());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          PrintWriter err = ex.getCommandLine().getErr();
          err.println("cordon: " + ex.getMessage());
          return EXIT_BAD_INPUT;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          if (System.getenv("CORDON_DEBUG") != null) {
            ex.printStackTrace(err);
          }
          if (ex instanceof InvalidInputException) {
            err.println("cordon: " + ex.getMessage());
            return EXIT_BAD_INPUT;
          }
          Throwable root = ex;
          while (root.getCause() != null && !(root instanceof InvalidInputException)) {
            root = root.getCause();
          }
          if (root instanceof InvalidInputException) {
            err.println("cordon: " + root.getMessage());
            return EXIT_BAD_INPUT;
          }
          err.println("cordon: failed: " + oneLine(ex));
          return EXIT_FAILURE;
        });
    return cl;
  }

  private static String oneLine(Throwable ex) {
    String m = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    return m.replace('\n', ' ');
  }

  /**
   * Runs the command line and exits the JVM with its exit code.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
