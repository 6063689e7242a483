package org.cordon.simulation.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code cordon} command line: one command with subcommands. Every failure ends the command
 * with exactly one line on standard error ({@link ErrorReport}) and an exit code: {@value
 * #EXIT_OK} on success, {@value #EXIT_BAD_INPUT} for bad input (arguments, files, scenarios,
 * an unwritable {@code --out}), {@value #EXIT_FAILURE} for a bug or an exhausted heap. A stack trace
 * is printed only with {@code --debug} (or the environment variable {@code CORDON_DEBUG=1}).
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
      SensitivityCommand.class,
      ServePointer.class,
    })
public final class CordonCommand implements Runnable {
  /** Exit code of a command that succeeded. */
  public static final int EXIT_OK = 0;
  /** Exit code for bad input (arguments, files, scenarios, an unwritable output folder). */
  public static final int EXIT_BAD_INPUT = 2;
  /** Exit code for an unexpected failure: a bug (please report it) or an exhausted heap (EX_SOFTWARE). */
  public static final int EXIT_FAILURE = 70;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "On an unexpected failure, print the stack trace too.")
  boolean debug;

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
    cl.registerConverter(java.nio.file.Path.class, new PathConverter());
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          ex.getCommandLine().getErr().println(ErrorReport.line(ex.getMessage()));
          ex.getCommandLine().getErr().flush();
          return EXIT_BAD_INPUT;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> ErrorReport.report(ex, commandLine.getErr(), debug(parseResult)));
    CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
    cl.setExecutionStrategy(
        parseResult -> {
          try {
            return run.execute(parseResult);
          } catch (OutOfMemoryError | StackOverflowError e) {
            // not an Exception, so picocli lets it through: still one line, not a stack trace
            return ErrorReport.report(e, parseResult.commandSpec().commandLine().getErr(), debug(parseResult));
          }
        });
    return cl;
  }

  private static boolean debug(CommandLine.ParseResult parseResult) {
    for (CommandLine.ParseResult p = parseResult; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return System.getenv("CORDON_DEBUG") != null;
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
