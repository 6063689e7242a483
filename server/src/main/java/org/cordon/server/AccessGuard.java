package org.cordon.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * The checks every request passes before a route sees it, in this order:
 *
 * <ol>
 *   <li><b>Host</b> (421): the {@code Host} header names the bound address, {@code localhost},
 *       127.0.0.1 or [::1], or a name given with {@code --allow-host}, with the server's port if
 *       it has one; so a page of another site cannot reach the API by DNS rebinding;
 *   <li><b>Origin</b> (403): a browser's {@code Origin} (or {@code Sec-Fetch-Site: cross-site})
 *       must be this server itself, so another site's page cannot start or cancel runs;
 *   <li><b>token</b> (401): when the server has an access token (it must when bound off this
 *       machine), every {@code /api/} request carries it as {@code Authorization: Bearer TOKEN};
 *       a GET may carry it as {@code ?token=TOKEN} instead (the page's event stream and download
 *       links cannot set headers); compared in constant time;
 *   <li><b>method</b> (405): OPTIONS is answered with an error, never with CORS headers;
 *   <li><b>Content-Type</b> (415): a POST, PUT or PATCH is {@code application/json}; a form or
 *       text body, which another site's page can send without asking, is refused unread.
 * </ol>
 */
final class AccessGuard {
  private final Set<String> hosts = new HashSet<>();
  private final boolean wildcard;
  private final IntSupplier port;
  private final Optional<byte[]> token;

  /**
   * @param options the server's options (bound host, {@code --allow-host} names, token)
   * @param port the port the server listens on (known once it has started)
   */
  AccessGuard(ServerOptions options, IntSupplier port) {
    String bound = unbracket(options.host().toLowerCase(Locale.ROOT));
    this.wildcard = bound.equals("0.0.0.0") || bound.equals("::") || bound.equals("0:0:0:0:0:0:0:0");
    hosts.add("localhost");
    hosts.add("127.0.0.1");
    hosts.add("::1");
    if (!wildcard) {
      hosts.add(bound);
    }
    options.allowHosts().forEach(h -> hosts.add(unbracket(h)));
    this.port = port;
    this.token = options.token().map(t -> t.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Checks a request.
   *
   * @param ctx the request
   * @throws ApiError with the status above if the request is refused
   */
  void check(Context ctx) {
    String host = ctx.header("Host");
    if (host == null || !hostAllowed(host)) {
      throw new ApiError(421, "this server does not answer for the host name '" + echo(host) + "'; give it with"
          + " --allow-host if it is this machine's");
    }
    String origin = ctx.header("Origin");
    if (origin != null && !origin.equalsIgnoreCase("http://" + host)
        || "cross-site".equalsIgnoreCase(ctx.header("Sec-Fetch-Site"))) {
      throw new ApiError(403, "refused: a request from another site ('" + echo(origin) + "')");
    }
    if (token.isPresent() && ctx.path().startsWith("/api/") && !authorized(ctx)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiError(401, "this server needs its access token: open the address cordon serve printed"
          + " (…/#token=…), or send Authorization: Bearer TOKEN");
    }
    HandlerType method = ctx.method();
    if (method == HandlerType.OPTIONS) {
      throw new ApiError(405, "method not allowed: OPTIONS (this server answers no cross-site requests)");
    }
    if (method == HandlerType.POST || method == HandlerType.PUT || method == HandlerType.PATCH) {
      String type = ctx.header("Content-Type");
      String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
      if (!media.equals("application/json")) {
        throw new ApiError(415, "unsupported content type '" + echo(type) + "': send JSON (Content-Type:"
            + " application/json)");
      }
    }
  }

  private boolean authorized(Context ctx) {
    String header = ctx.header("Authorization");
    String given = null;
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      given = header.substring(7).strip();
    } else if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD) {
      given = ctx.queryParam("token");
    }
    return given != null && MessageDigest.isEqual(token.get(), given.getBytes(StandardCharsets.UTF_8));
  }

  private boolean hostAllowed(String header) {
    String h = header.strip().toLowerCase(Locale.ROOT);
    String name;
    String portText = null;
    if (h.startsWith("[")) {
      int close = h.indexOf(']');
      if (close < 0) {
        return false;
      }
      name = h.substring(1, close);
      String rest = h.substring(close + 1);
      if (!rest.isEmpty()) {
        if (!rest.startsWith(":")) {
          return false;
        }
        portText = rest.substring(1);
      }
    } else {
      int colon = h.lastIndexOf(':');
      name = colon < 0 ? h : h.substring(0, colon);
      portText = colon < 0 ? null : h.substring(colon + 1);
    }
    if (portText != null && !portText.equals(String.valueOf(port.getAsInt()))) {
      return false;
    }
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    return hosts.contains(name) || wildcard && ipLiteral(name);
  }

  /** @return whether {@code name} is an IP address written out (no DNS name can rebind to it) */
  private static boolean ipLiteral(String name) {
    return name.matches("\\d{1,3}(\\.\\d{1,3}){3}") || name.contains(":") && name.matches("[0-9a-f:.]+");
  }

  private static String unbracket(String h) {
    return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
  }

  private static String echo(String value) {
    return value == null ? "" : org.cordon.InvalidInputException.echo(value);
  }
}
