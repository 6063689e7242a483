package org.cordon.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors (a bad or ambiguous address, a header or address too long, a request that
 * never reached a route) in the server's one shape: {@code {"error": "..."}} with the project's
 * message for the status ({@link ApiError#messageFor}), never Jetty's HTML page or its wording.
 */
final class JsonErrorHandler extends ErrorHandler {
  /** Every method gets the JSON line (Jetty writes error pages for GET, POST and HEAD only). */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, body(code), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    return body(status);
  }

  private static ByteBuffer body(int status) {
    return ByteBuffer.wrap(ApiError.json(ApiError.messageFor(status)).getBytes(StandardCharsets.UTF_8));
  }
}
