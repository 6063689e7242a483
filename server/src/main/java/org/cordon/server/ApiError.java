package org.cordon.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An HTTP error in the project's words, and the one shape every error of the server has: one
 * line of JSON, {@code {"error": "..."}}, whether it comes from a route, from the access checks,
 * from Javalin or from Jetty itself ({@link JsonErrorHandler}); only a plan's 400 adds {@code
 * field} and {@code detail} ({@link org.cordon.server.plan.PlanProblem}).
 */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final int status;

  /**
   * @param status the HTTP status
   * @param message what is wrong, in the project's words
   */
  ApiError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  /** @return the HTTP status */
  int status() {
    return status;
  }

  /**
   * @param message a message
   * @return {@code {"error":"message"}} (one line)
   */
  static String json(String message) {
    try {
      return JSON.writeValueAsString(JSON.createObjectNode().put("error", String.valueOf(message)));
    } catch (JsonProcessingException e) {
      return "{\"error\":\"internal error\"}";
    }
  }

  /**
   * @param status an HTTP status
   * @return what it means, for errors raised below the routes (Jetty's own, Javalin's)
   */
  static String messageFor(int status) {
    return switch (status) {
      case 400 -> "bad request: the address, a header or the body is not valid HTTP";
      case 401 -> "this server needs its access token: open the address cordon serve printed";
      case 403 -> "forbidden";
      case 404 -> "no such page";
      case 405 -> "method not allowed";
      case 408 -> "the request took too long to arrive";
      case 411 -> "a body needs its length";
      case 413 -> "the request body is too large";
      case 414 -> "the address is too long";
      case 415 -> "unsupported content type: send JSON (Content-Type: application/json)";
      case 421 -> "this server does not answer for that host name";
      case 429 -> "busy: try again later";
      case 431 -> "the request headers are too large";
      case 500 -> "internal error; this is a bug, please report it";
      case 503 -> "the server is stopping or too busy";
      default -> status >= 500 ? "server error " + status : "request refused (HTTP " + status + ")";
    };
  }
}
