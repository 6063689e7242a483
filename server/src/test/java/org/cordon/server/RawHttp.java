package org.cordon.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 by hand over a socket, for requests a client library will not send (any Host, a path
 * with {@code %00}, a 9,000-character address, no Content-Type): one request per connection.
 */
final class RawHttp {
  /** A response: status, headers (as text) and body. */
  record Response(int status, String headers, String body) {
    /** @return the value of a header, or null */
    String header(String name) {
      for (String line : headers.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return null;
    }
  }

  private final int port;

  RawHttp(int port) {
    this.port = port;
  }

  /**
   * @param method the method
   * @param target the request target, sent as is
   * @param headers header lines ("Name: value"); Host is added unless given, Connection: close always
   * @param body the body, or null
   * @return the response
   */
  Response send(String method, String target, String[] headers, String body) {
    StringBuilder b = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    boolean host = false;
    for (String h : headers) {
      host |= h.regionMatches(true, 0, "Host:", 0, 5);
      b.append(h).append("\r\n");
    }
    if (!host) {
      b.append("Host: 127.0.0.1:").append(port).append("\r\n");
    }
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    if (body != null) {
      b.append("Content-Length: ").append(content.length).append("\r\n");
    }
    b.append("Connection: close\r\n\r\n");
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      s.setSoTimeout(20_000);
      s.getOutputStream().write(b.toString().getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().write(content);
      s.getOutputStream().flush();
      // read as ISO-8859-1, one char a byte, so that chunk sizes (in bytes) count chars; the body
      // is decoded as UTF-8 after de-chunking (a multi-byte character in a chunked body used to
      // shift every later chunk size)
      String raw = new String(readAll(s.getInputStream()), StandardCharsets.ISO_8859_1);
      int end = raw.indexOf("\r\n\r\n");
      String head = end < 0 ? raw : raw.substring(0, end);
      String rest = end < 0 ? "" : raw.substring(end + 4);
      int status = Integer.parseInt(head.substring(9, 12));
      String headerText = head.contains("\r\n") ? head.substring(head.indexOf("\r\n") + 2) : "";
      Response r = new Response(status, headerText, rest);
      String bytes = "chunked".equalsIgnoreCase(r.header("Transfer-Encoding")) ? dechunk(rest) : rest;
      return new Response(status, headerText,
          new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Response get(String target, String... headers) {
    return send("GET", target, headers, null);
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toByteArray();
  }

  private static String dechunk(String s) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      int eol = s.indexOf("\r\n", i);
      if (eol < 0) {
        break;
      }
      int n = Integer.parseInt(s.substring(i, eol).split(";")[0].trim(), 16);
      if (n == 0) {
        break;
      }
      out.append(s, eol + 2, Math.min(s.length(), eol + 2 + n));
      i = eol + 2 + n + 2;
    }
    return out.toString();
  }
}
