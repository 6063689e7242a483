package org.cordon.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.cordon.InvalidInputException;
import org.cordon.simulation.scenario.ParserProblems;

/**
 * Reads a request's JSON body: at most {@value #PER_CLIENT} bodies per client address and
 * {@value #TOTAL} in all are read at once (a client sending its body slowly holds one of these,
 * never every thread; the rest get 429 before their body is read), a key given twice is an error,
 * and a parser's complaint is put in the project's words ({@link ParserProblems}).
 */
final class JsonBody {
  /** Bodies one client may be sending at once. */
  static final int PER_CLIENT = 4;
  /** Bodies being sent at once in all. */
  static final int TOTAL = 32;
  /** The most of a refused body read and dropped before the 413 (see {@link #drain}). */
  static final long DRAIN_BYTES = 1 << 20;

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

  private final Map<String, AtomicInteger> reading = new ConcurrentHashMap<>();
  private final AtomicInteger total = new AtomicInteger();
  private final int maxBytes;

  /** @param maxBytes the largest body read (413 beyond, also for a body sent in chunks, without a length) */
  JsonBody(long maxBytes) {
    this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 1, maxBytes);
  }

  /**
   * @param ctx a request
   * @param what what the body is, for messages (e.g. {@code plan})
   * @return the body's JSON
   * @throws InvalidInputException naming {@code what} if the body is not JSON or has a key twice
   * @throws ApiError 429 if too many bodies are being sent at once, 413 if the body is too large
   */
  JsonNode read(Context ctx, String what) {
    String client = ctx.req().getRemoteAddr();
    AtomicInteger mine = reading.computeIfAbsent(client, k -> new AtomicInteger());
    int m = mine.incrementAndGet();
    int t = total.incrementAndGet();
    try {
      if (m > PER_CLIENT || t > TOTAL) {
        throw new ApiError(429, "busy: too many requests are still sending their bodies; try again");
      }
      String body = bounded(ctx);
      try {
        return JSON.readTree(body);
      } catch (JsonProcessingException e) {
        long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        throw InvalidInputException.argument(what, "not JSON" + (line > 0 ? " (line " + line + ", column " + column
            + ")" : "") + ": " + ParserProblems.describe(e));
      }
    } finally {
      total.decrementAndGet();
      if (mine.decrementAndGet() <= 0) {
        reading.remove(client, mine);
      }
    }
  }

  private String bounded(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBytes) {
      drain(ctx);
      throw tooLarge();
    }
    byte[] bytes;
    try {
      bytes = ctx.req().getInputStream().readNBytes(maxBytes + 1);
    } catch (IOException e) {
      throw new ApiError(400, "the request body could not be read (the client stopped sending or was too slow)");
    }
    if (bytes.length > maxBytes) {
      drain(ctx);
      throw tooLarge();
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * Reads and drops what is left of a body refused as too large, up to {@link #DRAIN_BYTES}: a
   * client still sending a body a little over the limit then reads the 413, where the connection
   * closed with its bytes unread reached it as a reset before the answer (seen in a test). A
   * longer body is left unread: the connection closes.
   */
  private static void drain(Context ctx) {
    try {
      byte[] sink = new byte[8192];
      var in = ctx.req().getInputStream();
      for (long left = DRAIN_BYTES; left > 0; ) {
        int n = in.read(sink, 0, (int) Math.min(sink.length, left));
        if (n < 0) {
          return;
        }
        left -= n;
      }
    } catch (IOException e) {
      // the client stopped sending: nothing to answer it with
    }
  }

  private ApiError tooLarge() {
    return new ApiError(413, "the request body is larger than " + maxBytes + " bytes");
  }
}
