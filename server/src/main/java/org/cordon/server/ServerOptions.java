package org.cordon.server;

import org.cordon.InvalidInputException;
import org.cordon.server.plan.PlanLimits;

/**
 * How a {@link CordonServer} listens and what it allows.
 *
 * @param host the address to bind (127.0.0.1 by default: the page is for the planner's own machine)
 * @param port the port (0 for any free one)
 * @param limits what one plan may ask for (runs, residents)
 * @param maxConcurrent runs on the engine at once
 * @param maxQueued runs waiting; more are refused with 429
 * @param threadsPerRun Monte Carlo worker threads per run (at least 2)
 * @param maxBodyBytes the largest request body accepted
 */
public record ServerOptions(String host, int port, PlanLimits limits, int maxConcurrent, int maxQueued,
    int threadsPerRun, long maxBodyBytes) {
  /** The default port. */
  public static final int DEFAULT_PORT = 8080;
  /** The default address. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** @throws InvalidInputException if the port or a limit is out of range */
  public ServerOptions {
    if (port < 0 || port > 65_535) {
      throw InvalidInputException.argument("--port", "must be 0..65535: " + port);
    }
    if (host == null || host.isBlank()) {
      throw InvalidInputException.argument("--host", "blank");
    }
    if (maxBodyBytes < 1024) {
      throw InvalidInputException.argument("maxBodyBytes", "must be at least 1024: " + maxBodyBytes);
    }
  }

  /**
   * @param port the port
   * @return the defaults: 127.0.0.1, 5,000 runs, 200,000 residents, 1 run at once, 4 waiting,
   *     every core (at least 2) per run, 64 KiB bodies
   */
  public static ServerOptions defaults(int port) {
    return new ServerOptions(DEFAULT_HOST, port, PlanLimits.DEFAULT, 1, 4,
        Math.max(2, Runtime.getRuntime().availableProcessors()), 64 * 1024);
  }
}
