package org.cordon.server;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.cordon.InvalidInputException;
import org.cordon.server.plan.PlanLimits;
import org.cordon.server.plan.PlanScenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code cordon serve}: starts the what-if page on this machine and prints its address. The
 * {@code ./cordon} script runs this jar's main for {@code serve} (the command line in the
 * simulation module knows nothing of HTTP). Bad options end with one line {@code cordon: ...}
 * and exit code 2.
 */
@Command(
    name = "cordon serve",
    mixinStandardHelpOptions = true,
    description = "Serve the what-if page: edit a plan, compare it with the scenario's baseline over paired runs.")
public final class ServeCommand implements Callable<Integer> {
  /** Exit code for bad input. */
  public static final int EXIT_BAD_INPUT = 2;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServerOptions.DEFAULT_PORT,
      description = "Port (default: ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = ServerOptions.DEFAULT_HOST,
      description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(names = "--scenario", paramLabel = "jinsha-2020|FILE", defaultValue = "jinsha-2020",
      description = "Preset name or YAML scenario file whose baseline plans start from (default: ${DEFAULT-VALUE}).")
  String scenario;

  @Option(names = "--max-runs", paramLabel = "N", defaultValue = "5000",
      description = "Most paired runs one plan may ask for (default: ${DEFAULT-VALUE}).")
  int maxRuns;

  @Option(names = "--max-residents", paramLabel = "N", defaultValue = "200000",
      description = "Most residents a plan may scale the community to (default: ${DEFAULT-VALUE}).")
  int maxResidents;

  @Option(names = "--max-concurrent", paramLabel = "N", defaultValue = "1",
      description = "Runs on the engine at once (default: ${DEFAULT-VALUE}).")
  int maxConcurrent;

  @Option(names = "--max-queued", paramLabel = "N", defaultValue = "4",
      description = "Runs waiting; more are refused with 429 (default: ${DEFAULT-VALUE}).")
  int maxQueued;

  @Option(names = "--threads", paramLabel = "T",
      description = "Worker threads per run (default: every core, at least 2; results do not depend on it).")
  Integer threads;

  @Option(names = "--debug", description = "On an unexpected failure, print the stack trace too.")
  boolean debug;

  @Spec CommandSpec spec;

  private final CountDownLatch stopped = new CountDownLatch(1);

  @Override
  public Integer call() throws InterruptedException, java.net.UnknownHostException {
    int t = threads == null ? Math.max(2, Runtime.getRuntime().availableProcessors()) : threads;
    if (t < 2 || t > 1024) {
      throw InvalidInputException.argument("--threads", "must be 2..1024: " + t);
    }
    ServerOptions options = new ServerOptions(host, port, new PlanLimits(maxRuns, maxResidents), maxConcurrent,
        maxQueued, t, 64 * 1024);
    PrintWriter out = spec.commandLine().getOut();
    out.println("cordon: loading " + scenario + "...");
    out.flush();
    PlanScenario plans = PlanScenario.resolve(scenario);
    CordonServer server = CordonServer.start(plans, options);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "cordon-serve-stop"));
    out.println("cordon: what-if page for " + plans.name() + " at " + server.address() + " (Ctrl-C stops)");
    if (!java.net.InetAddress.getByName(host).isLoopbackAddress()) {
      out.println("cordon: warning: " + host + " is reachable from other machines; the page has no login");
    }
    out.flush();
    stopped.await();
    return 0;
  }

  /**
   * @return the command line with the CLI's error handling (one {@code cordon:} line, exit 2)
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new ServeCommand());
    cl.setParameterExceptionHandler((ex, args) -> {
      ex.getCommandLine().getErr().println("cordon: " + ex.getMessage());
      return EXIT_BAD_INPUT;
    });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      Throwable root = ex;
      while (root.getCause() != null && !(root instanceof InvalidInputException)) {
        root = root.getCause();
      }
      if (root instanceof InvalidInputException) {
        commandLine.getErr().println("cordon: " + root.getMessage());
        return EXIT_BAD_INPUT;
      }
      if (parseResult.hasMatchedOption("--debug") || System.getenv("CORDON_DEBUG") != null) {
        ex.printStackTrace(commandLine.getErr());
      }
      commandLine.getErr().println("cordon: failed: " + String.valueOf(ex.getMessage()).replace('\n', ' '));
      return 1;
    });
    return cl;
  }

  /**
   * Runs {@code cordon serve} with these arguments.
   *
   * @param args the arguments after {@code serve}
   */
  public static void main(String[] args) {
    int code = commandLine().execute(args);
    System.exit(code);
  }
}
