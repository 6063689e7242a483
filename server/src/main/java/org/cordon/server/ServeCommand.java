package org.cordon.server;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.cordon.InvalidInputException;
import org.cordon.server.plan.PlanLimits;
import org.cordon.server.plan.PlanScenario;
import org.cordon.server.store.RunStore;
import org.cordon.server.store.SqlRunStore;
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
  /** Exit code for any other failure (a bug, an exhausted heap), as the rest of the CLI. */
  public static final int EXIT_FAILURE = 70;

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

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "cordon-data",
      description = "Folder of the run database cordon.db (SQLite), created if missing (default: ./${DEFAULT-VALUE}/).")
  java.nio.file.Path data;

  @Option(names = "--db-url", paramLabel = "JDBC_URL",
      description = "Keep runs in this database instead (e.g. jdbc:sqlite:/shared/cordon.db); its JDBC driver must be"
          + " on the class path.")
  String dbUrl;

  @Option(names = "--allow-host", paramLabel = "NAME",
      description = "A host name the page may be reached by besides the bound address, localhost and 127.0.0.1"
          + " (repeatable; e.g. this machine's name on the network).")
  java.util.List<String> allowHosts = new java.util.ArrayList<>();

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "A file holding the access token (at least 16 characters). Needed to bind an address other"
          + " machines can reach; without it such a bind makes a token and prints it once.")
  java.nio.file.Path tokenFile;

  @Option(names = "--max-connections", paramLabel = "N", defaultValue = "" + ServerOptions.DEFAULT_MAX_CONNECTIONS,
      description = "Connections open at once (default: ${DEFAULT-VALUE}).")
  int maxConnections;

  @Option(names = "--max-queued-per-client", paramLabel = "N",
      defaultValue = "" + ServerOptions.DEFAULT_MAX_QUEUED_PER_CLIENT,
      description = "Runs one client address may have queued or running (default: ${DEFAULT-VALUE}).")
  int maxPerClient;

  @Option(names = "--debug", description = "On an unexpected failure, print the stack trace too.")
  boolean debug;

  @Spec CommandSpec spec;

  /** The largest token file read. */
  static final long MAX_TOKEN_FILE_BYTES = 4096;

  private final CountDownLatch stopped = new CountDownLatch(1);

  @Override
  public Integer call() throws InterruptedException {
    int t = threads == null ? Math.max(2, Runtime.getRuntime().availableProcessors()) : threads;
    if (t < 2 || t > 1024) {
      throw InvalidInputException.argument("--threads", "must be 2..1024: " + t);
    }
    boolean loopback = ServerOptions.loopback(host);
    Optional<String> token = tokenFile == null ? Optional.empty() : Optional.of(readToken(tokenFile));
    boolean made = token.isEmpty() && !loopback;
    if (made) {
      token = Optional.of(newToken());
    }
    ServerOptions options = new ServerOptions(host, port, new PlanLimits(maxRuns, maxResidents), maxConcurrent,
        maxQueued, t, 64 * 1024, allowHosts, token, maxConnections, maxPerClient);
    PrintWriter out = spec.commandLine().getOut();
    RunStore store = openStore();
    PlanScenario plans;
    CordonServer server;
    try {
      out.println("cordon: loading " + scenario + "...");
      out.flush();
      plans = PlanScenario.resolve(scenario);
      server = CordonServer.start(plans, options, store);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "cordon-serve-stop"));
    out.println("cordon: what-if page for " + plans.name() + " at " + server.pageAddress() + " (Ctrl-C stops); runs kept in "
        + (dbUrl != null ? dbUrl : data.resolve(DB_FILE).toString()));
    if (!loopback) {
      out.println("cordon: " + host + " is reachable from other machines: every request needs the access token"
          + (made ? " (made now, shown only here; open the address above)" : " from " + tokenFile));
    }
    out.flush();
    stopped.await();
    return 0;
  }

  /** The database file in {@code --data}. */
  public static final String DB_FILE = "cordon.db";

  /** Opens the run store: {@code --db-url}, else {@code cordon.db} in {@code --data} (created if missing). */
  private RunStore openStore() {
    if (dbUrl != null) {
      return SqlRunStore.open(dbUrl, "--db-url");
    }
    try {
      java.nio.file.Files.createDirectories(data);
    } catch (java.io.IOException | RuntimeException e) {
      throw InvalidInputException.argument("--data", "cannot create the folder " + data + ": " + e.getMessage());
    }
    return SqlRunStore.open("jdbc:sqlite:" + data.resolve(DB_FILE), "--data");
  }

  private static String readToken(java.nio.file.Path file) {
    org.cordon.internal.csv.InputFiles.check(file, MAX_TOKEN_FILE_BYTES);
    try {
      return java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8).strip();
    } catch (java.io.IOException e) {
      throw new InvalidInputException(file.toString(), 0, null, "cannot read: "
          + org.cordon.internal.csv.InputFiles.reason(e), e);
    }
  }

  private static String newToken() {
    byte[] b = new byte[24];
    new java.security.SecureRandom().nextBytes(b);
    return java.util.HexFormat.of().formatHex(b);
  }

  /**
   * @return the command line with the CLI's error handling (one {@code cordon:} line, exit 2)
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new ServeCommand());
    cl.registerConverter(java.nio.file.Path.class, new org.cordon.simulation.cli.PathConverter());
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
      if (root instanceof OutOfMemoryError) {
        commandLine.getErr().println("cordon: out of memory: give the server a larger heap (CORDON_JAVA_OPTS=-Xmx8g)");
        return EXIT_FAILURE;
      }
      commandLine.getErr().println("cordon: internal error; this is a bug, please report it with the command line");
      return EXIT_FAILURE;
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
