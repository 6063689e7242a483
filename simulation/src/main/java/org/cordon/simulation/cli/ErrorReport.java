package org.cordon.simulation.cli;

import java.io.PrintWriter;
import org.cordon.InvalidInputException;

/**
 * Turns any failure of a command into the one line the user sees, and the exit code: bad input
 * ({@link InvalidInputException} anywhere in the cause chain) is {@code cordon: <file> line <n>,
 * field <f>: <problem>} and exit {@value CordonCommand#EXIT_BAD_INPUT}; an exhausted heap and any
 * other exception (a bug) are one line asking for a report, exit {@value
 * CordonCommand#EXIT_FAILURE}. Every line has its control characters escaped and is at most
 * {@value #MAX_LINE} characters long.
 */
final class ErrorReport {
  /** The longest line printed, {@code cordon: } included. */
  static final int MAX_LINE = 300;

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
    if (bad != null) {
      exit = CordonCommand.EXIT_BAD_INPUT;
      line = bad.getMessage();
    } else if (oom != null) {
      exit = CordonCommand.EXIT_FAILURE;
      line = "out of memory (heap " + (Runtime.getRuntime().maxMemory() >> 20)
          + " MB): give a smaller community or fewer --threads, or a larger heap (CORDON_JAVA_OPTS=-Xmx8g)";
    } else {
      exit = CordonCommand.EXIT_FAILURE;
      String m = failure.getMessage() == null ? "" : ": " + failure.getMessage();
      line = "internal error (" + failure.getClass().getSimpleName() + m + "); this is a bug, please report it"
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
