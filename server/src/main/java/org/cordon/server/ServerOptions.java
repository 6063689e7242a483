package org.cordon.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
 * @param allowHosts host names a request's {@code Host} header may carry besides the bound address,
 *     {@code localhost} and 127.0.0.1 ({@code --allow-host}), lower case
 * @param token the access token every API request must carry ({@code Authorization: Bearer ...});
 *     required when {@code host} is not a loopback address, empty for none
 * @param maxConnections the most connections open at once ({@code --max-connections})
 * @param maxQueuedPerClient the most runs one client address may have queued or running at once
 */
public record ServerOptions(String host, int port, PlanLimits limits, int maxConcurrent, int maxQueued,
    int threadsPerRun, long maxBodyBytes, List<String> allowHosts, Optional<String> token, int maxConnections,
    int maxQueuedPerClient) {
  /** The default port. */
  public static final int DEFAULT_PORT = 8080;
  /** The default address. */
  public static final String DEFAULT_HOST = "127.0.0.1";
  /** The default cap on open connections. */
  public static final int DEFAULT_MAX_CONNECTIONS = 512;
  /** The default cap on one client's queued or running runs. */
  public static final int DEFAULT_MAX_QUEUED_PER_CLIENT = 2;
  /** The shortest token accepted (characters). */
  public static final int MIN_TOKEN_LENGTH = 16;

  /**
   * @throws InvalidInputException if the port or a limit is out of range, the host is not an
   *     address of this machine's form, or a non-loopback host has no token
   */
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
    if (maxConnections < 8 || maxConnections > 100_000) {
      throw InvalidInputException.argument("--max-connections", "must be 8..100000: " + maxConnections);
    }
    if (maxQueuedPerClient < 1) {
      throw InvalidInputException.argument("--max-queued-per-client", "must be at least 1: " + maxQueuedPerClient);
    }
    allowHosts = allowHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    for (String h : allowHosts) {
      if (h.isEmpty() || !h.matches("[a-z0-9.:\\[\\]-]+")) {
        throw InvalidInputException.argument("--allow-host", "not a host name: '" + InvalidInputException.echo(h) + "'");
      }
    }
    token = token.map(String::strip);
    if (token.isPresent() && (token.get().length() < MIN_TOKEN_LENGTH || !token.get().matches("[\\x21-\\x7e]+"))) {
      throw InvalidInputException.argument("--token-file", "the token must be at least " + MIN_TOKEN_LENGTH
          + " printable characters without spaces");
    }
    if (token.isEmpty() && !loopback(host)) {
      throw InvalidInputException.argument("--host", host + " is reachable from other machines: give --token-file FILE"
          + " (or let cordon serve make a token)");
    }
  }

  /**
   * The options without access settings: no extra host names, no token (so loopback only), the
   * default connection caps.
   *
   * @param host the address to bind
   * @param port the port
   * @param limits what one plan may ask for
   * @param maxConcurrent runs on the engine at once
   * @param maxQueued runs waiting
   * @param threadsPerRun worker threads per run
   * @param maxBodyBytes the largest request body
   * @throws InvalidInputException as the canonical constructor
   */
  public ServerOptions(String host, int port, PlanLimits limits, int maxConcurrent, int maxQueued, int threadsPerRun,
      long maxBodyBytes) {
    this(host, port, limits, maxConcurrent, maxQueued, threadsPerRun, maxBodyBytes, List.of(), Optional.empty(),
        DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_QUEUED_PER_CLIENT);
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

  /**
   * @param token the access token
   * @return these options with that token
   */
  public ServerOptions withToken(String token) {
    return new ServerOptions(host, port, limits, maxConcurrent, maxQueued, threadsPerRun, maxBodyBytes, allowHosts,
        Optional.of(token), maxConnections, maxQueuedPerClient);
  }

  /**
   * @param host an address or host name
   * @return whether it is a loopback address (or a name of one, such as {@code localhost})
   * @throws InvalidInputException naming {@code --host} if it is neither an address nor a known name
   */
  public static boolean loopback(String host) {
    String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    try {
      InetAddress a = InetAddress.getByName(h);
      return a.isLoopbackAddress();
    } catch (UnknownHostException | SecurityException e) {
      throw InvalidInputException.argument("--host", "not an address of this machine: '"
          + InvalidInputException.echo(host) + "'");
    }
  }
}
