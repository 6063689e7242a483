package org.cordon.spark;

import java.io.PrintWriter;
import java.util.function.Function;
import org.apache.spark.sql.SparkSession;
import org.cordon.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code cordon-spark}: the {@code compare}, {@code sweep} and {@code calibrate} jobs of the
 * {@code cordon} command line, run on Apache Spark, for {@code spark-submit}:
 *
 * <pre>
 * spark-submit --master local[2] --class org.cordon.spark.CordonSpark spark/target/cordon-spark.jar \
 *     compare --runs 2000 --out out/
 * </pre>
 *
 * The master comes from the submit; nothing is hard-coded. Bad input ends the job with one line
 * {@code cordon-spark: ...} on standard error and exit code 2 (a replicate that threw: exit 1,
 * naming its index); {@code CORDON_DEBUG=1} shows the stack trace.
 */
@Command(
    name = "cordon-spark",
    mixinStandardHelpOptions = true,
    version = "cordon-spark 0.1.0",
    description = "Cordon's compare, sweep and calibrate on Apache Spark (results identical to the local commands).",
    subcommands = {CommandLine.HelpCommand.class, CompareJob.class, SweepJob.class, CalibrateJob.class})
public final class CordonSpark implements Runnable {
  /** Exit code for bad input. */
  public static final int EXIT_BAD_INPUT = 2;
  /** Exit code for a failed job. */
  public static final int EXIT_FAILURE = 1;

  private final Function<String, SparkSession> sessions;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private CordonSpark(Function<String, SparkSession> sessions) {
    this.sessions = sessions;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /**
   * @param job the job's name
   * @return the session to run it in
   */
  SparkSession session(String job) {
    return sessions.apply(job);
  }

  /**
   * @param sessions gives the session a job runs in, by the job's name ({@link Sessions#forJob}
   *     for {@code spark-submit}; a test's shared session)
   * @return the command line, with the error handling every job shares
   */
  public static CommandLine commandLine(Function<String, SparkSession> sessions) {
    CommandLine cl = new CommandLine(new CordonSpark(sessions));
    cl.registerConverter(java.nio.file.Path.class, new org.cordon.simulation.cli.PathConverter());
    cl.setParameterExceptionHandler((ex, args) -> {
      ex.getCommandLine().getErr().println("cordon-spark: " + ex.getMessage());
      return EXIT_BAD_INPUT;
    });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      if (System.getenv("CORDON_DEBUG") != null) {
        ex.printStackTrace(err);
      }
      for (Throwable t = ex; t != null; t = t.getCause()) {
        if (t instanceof OutOfMemoryError) { // never bad input, even when a reader wrapped it
          err.println("cordon-spark: out of memory: give the driver or the executors a larger heap");
          return EXIT_FAILURE;
        }
      }
      for (Throwable t = ex; t != null; t = t.getCause()) {
        if (t instanceof InvalidInputException) {
          err.println("cordon-spark: " + t.getMessage());
          return EXIT_BAD_INPUT;
        }
      }
      String m = ex.getMessage() == null ? "" : ex.getMessage().lines().findFirst().orElse("");
      boolean javaNames = m.matches(".*(\\b(org|java|javax|scala)\\.[a-z]|[A-Z][A-Za-z]*(Exception|Error)\\b).*");
      err.println("cordon-spark: failed" + (m.isEmpty() || javaNames ? "; this is a bug, please report it with the command"
          + " line (CORDON_DEBUG=1 prints the stack trace)" : ": " + m));
      return EXIT_FAILURE;
    });
    return cl;
  }

  /**
   * Runs a job in the session {@code spark-submit} configured, stops the session and exits with
   * the job's exit code.
   *
   * @param args a job and its options, e.g. {@code compare --runs 2000 --out out/}
   */
  public static void main(String[] args) {
    int code;
    try {
      code = commandLine(Sessions::forJob).execute(args);
    } finally {
      SparkSession.getDefaultSession().foreach(s -> {
        s.stop();
        return null;
      });
    }
    System.exit(code);
  }
}
