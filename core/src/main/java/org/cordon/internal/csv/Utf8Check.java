package org.cordon.internal.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds where a file stops being valid UTF-8, so that an error can name the line of the bad
 * bytes instead of a decoder's class name. Used on the error path only: it reads the file again,
 * in blocks, without holding it in memory.
 */
public final class Utf8Check {
  /** The problem every reader reports for bytes that are not UTF-8. */
  public static final String PROBLEM = "not valid UTF-8 text (save the file as UTF-8)";

  private Utf8Check() {}

  /**
   * @param file a file
   * @return the 1-based line holding the first byte sequence that is not UTF-8, or {@code 0} if
   *     the whole file is valid UTF-8
   * @throws IOException if the file cannot be read
   */
  public static long firstMalformedLine(Path file) throws IOException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    long line = 1;
    try (InputStream s = Files.newInputStream(file)) {
      boolean eof = false;
      while (true) {
        int n = eof ? -1 : s.read(in.array(), in.position(), in.remaining());
        if (n < 0) {
          eof = true;
        } else {
          in.position(in.position() + n);
        }
        in.flip();
        CoderResult r = decoder.decode(in, out, eof);
        line += newlines(out);
        if (r.isError()) {
          return line;
        }
        if (eof && !in.hasRemaining()) {
          return 0;
        }
        if (eof) {
          return line; // an incomplete sequence at the end of the file
        }
        in.compact();
      }
    }
  }

  /**
   * @param e an exception thrown while reading
   * @return whether it (or a cause) reports text that is not UTF-8
   */
  public static boolean isDecodingError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CharacterCodingException) {
        return true;
      }
    }
    return false;
  }

  private static long newlines(CharBuffer out) {
    out.flip();
    long n = 0;
    while (out.hasRemaining()) {
      if (out.get() == '\n') {
        n++;
      }
    }
    out.clear();
    return n;
  }
}
