package org.cordon.server;

import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.ServerConnector;

/**
 * How the embedded Jetty listens: one connector on the bound address whose connections are
 * dropped after {@value #IDLE_TIMEOUT_MILLIS} ms without a byte (so a client that sends half its
 * headers or half its body holds nothing for long), at most {@link ServerOptions#maxConnections()}
 * connections at once (when the cap is reached, idle ones are dropped after {@value
 * #IDLE_TIMEOUT_AT_LIMIT_MILLIS} ms), headers and address at most {@value #MAX_HEADER_BYTES}
 * bytes, no server version sent, and every error Jetty answers itself in the server's JSON shape
 * ({@link JsonErrorHandler}).
 */
final class JettySetup {
  /** A connection that sends nothing for this long is closed: headers and body alike. */
  static final long IDLE_TIMEOUT_MILLIS = 5_000;
  /** The idle timeout once the connection cap is reached. */
  static final long IDLE_TIMEOUT_AT_LIMIT_MILLIS = 1_000;
  /** The largest request line and headers. */
  static final int MAX_HEADER_BYTES = 8 * 1024;

  private JettySetup() {}

  /**
   * @param config Javalin's configuration
   * @param options the server's options
   */
  static void apply(JavalinConfig config, ServerOptions options) {
    config.jetty.modifyHttpConfiguration(http -> configure(http));
    config.jetty.addConnector((server, http) -> {
      configure(http);
      ServerConnector c = new ServerConnector(server, new HttpConnectionFactory(http));
      c.setHost(options.host());
      c.setPort(options.port());
      c.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
      NetworkConnectionLimit limit = new NetworkConnectionLimit(options.maxConnections(), c);
      limit.setEndPointIdleTimeout(IDLE_TIMEOUT_AT_LIMIT_MILLIS);
      server.addBean(limit);
      return c;
    });
    JsonErrorHandler errors = new JsonErrorHandler();
    config.jetty.modifyServer(server -> server.setErrorHandler(errors));
    config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(errors));
  }

  private static void configure(HttpConfiguration http) {
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setRequestHeaderSize(MAX_HEADER_BYTES);
  }
}
