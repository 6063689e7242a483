package org.cordon.simulation.cli;

import java.io.PrintWriter;
import org.cordon.InvalidInputException;

/**
 * Turns any failure of a command into the one line the user sees, and the exit code: bad input
 * ({@link InvalidInputException} anywhere in the cause chain) is {@code cordon: <file> line <n>,
 * field <f>: <problem>} and exit {@value CordonCommand#EXIT_BAD_INPUT}; an exhausted heap
 * ({@link OutOfMemoryError} anywhere in the chain, even under bad input) and any other exception
 * (a bug) are one line asking for a report, exit {@value CordonCommand#EXIT_FAILURE}, naming no
 * Java class. Every line has its control characters escaped and is at most
 * {@value #MAX_LINE} characters long.
 */
final class ErrorReport {
  /** The longest line printed, {@code cordon: } included. */
  static final int MAX_LINE = 300;
  /** A library's or Java class's name, which never reaches the user's line. */
  private static final java.util.regex.Pattern JAVA_NAMES = java.util.regex.Pattern.compile(
      "\\b(org|java|javax|com|sun|jdk)\\.[a-z]|[A-Z][A-Za-z]*(Exception|Error)\\b|snakeyaml|StreamReadConstraints");

  private ErrorReport() {}

  /**
   * Prints the line for {@code failure} (and its stack trace when {@code debug}).
   *
   * @param failure what went wrong
   * @param err standard error
   * @param debug whether to print the stack trace as well
   * @return the exit code
   */
  static int report(Throwable failure, PrintWriter err, boolean debug) {
    if (debug) {
      failure.printStackTrace(err);
    }
    int exit;
    String line;
    InvalidInputException bad = find(failure, InvalidInputException.class);
    OutOfMemoryError oom = find(failure, OutOfMemoryError.class);
    if (oom != null) { // before bad input: an exhausted heap is never the input's fault (exit 70, not 2)
      exit = CordonCommand.EXIT_FAILURE;
      line = "out of memory (heap " + (Runtime.getRuntime().maxMemory() >> 20)
          + " MB): give a smaller community or fewer --threads, or a larger heap (CORDON_JAVA_OPTS=-Xmx8g)";
    } else if (bad != null) {
      exit = CordonCommand.EXIT_BAD_INPUT;
      line = bad.getMessage();
    } else {
      exit = CordonCommand.EXIT_FAILURE;
      String m = failure.getMessage() == null || JAVA_NAMES.matcher(failure.getMessage()).find() ? ""
          : " (" + failure.getMessage() + ")";
      line = "internal error" + m + "; this is a bug, please report it"
          + " with the command line" + (debug ? "" : " and the output of --debug");
      // the bug is named in full, the advice kept: shorten the middle if needed
      if (line.length() > MAX_LINE - 8) {
        String tail = "...); this is a bug, please report it with the command line and the output of --debug";
        line = line.substring(0, MAX_LINE - 8 - tail.length()) + tail;
      }
    }
    err.println(line(line));
    err.flush();
    return exit;
  }

  /**
   * @param message a message
   * @return {@code cordon: message} on one line of at most {@link #MAX_LINE} characters, control
   *     characters escaped
   */
  static String line(String message) {
    return "cordon: " + InvalidInputException.oneLine(String.valueOf(message), MAX_LINE - 11);
  }

  private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
