package org.cordon;

import java.util.Objects;
import java.util.Optional;

/**
 * Bad input given to Cordon: a malformed register row, an unknown id, a date outside a scenario,
 * a probability outside [0, 1], two measures that contradict each other.
 *
 * <p>Every rejected input in Cordon is reported with this exception or a subclass of it. It names
 * where the bad value came from ({@link #source()}: a file, an argument, a measure), and where
 * known the line ({@link #line()}) and the field ({@link #field()}). Its message is one readable
 * line that a command-line tool can print as is: control characters (a newline, a tab) in any part
 * are escaped (as backslash-n, backslash-t, or backslash-u and four hex digits), and the message is at most {@link
 * #MAX_MESSAGE} characters long. Code that echoes a user's value in a problem passes it through
 * {@link #echo(String)}, which also shortens it to {@link #MAX_ECHO} characters.
 */
public class InvalidInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  /** The longest echoed value, in characters, before {@link #echo(String)} shortens it. */
  public static final int MAX_ECHO = 60;
  /** The longest message, in characters; a longer one ends in {@code ...}. */
  public static final int MAX_MESSAGE = 280;

  /** What held the bad value. */
  private final String source;
  /** The 1-based line, or 0. */
  private final long line;
  /** The field, or null. */
  private final String field;
  /** What is wrong. */
  private final String problem;

  /**
   * Creates an exception.
   *
   * @param source what held the bad value: a file name, an argument or option name, a measure
   * @param line the 1-based line in {@code source}, or {@code 0} when not applicable
   * @param field the field, column or property name, or {@code null} when not applicable
   * @param problem what is wrong, e.g. {@code "not a number: 'abc'"}
   */
  public InvalidInputException(String source, long line, String field, String problem) {
    this(source, line, field, problem, null);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param source what held the bad value
   * @param line the 1-based line, or {@code 0} when not applicable
   * @param field the field, or {@code null}
   * @param problem what is wrong
   * @param cause the underlying exception, or {@code null}
   */
  public InvalidInputException(
      String source, long line, String field, String problem, Throwable cause) {
    super(format(source, line, field, problem), cause);
    this.source = oneLine(Objects.requireNonNull(source, "source"), MAX_MESSAGE);
    this.line = line;
    this.field = field == null ? null : oneLine(field, MAX_MESSAGE);
    this.problem = oneLine(Objects.requireNonNull(problem, "problem"), MAX_MESSAGE);
  }

  /**
   * An error about one named argument or property, with no file or line.
   *
   * @param name the argument or property name
   * @param problem what is wrong with it
   * @return the exception, to throw
   */
  public static InvalidInputException argument(String name, String problem) {
    return new InvalidInputException(name, 0, null, problem);
  }

  /**
   * A user's value, ready to be quoted in a problem: control characters escaped, and shortened to
   * {@link #MAX_ECHO} characters followed by {@code ...} when longer.
   *
   * @param value the value as the user gave it ({@code null} reads as {@code "null"})
   * @return the value, safe to print on one short line
   */
  public static String echo(String value) {
    return oneLine(String.valueOf(value), MAX_ECHO);
  }

  /**
   * Escapes control characters and shortens to {@code max} characters (then {@code ...}).
   *
   * @param text any text
   * @param max the longest result before {@code ...}
   * @return one printable line
   */
  public static String oneLine(String text, int max) {
    StringBuilder sb = new StringBuilder(Math.min(text.length(), max) + 8);
    for (int i = 0; i < text.length(); i++) {
      if (sb.length() >= max) {
        return sb.append("...").toString();
      }
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  private static String format(String source, long line, String field, String problem) {
    StringBuilder sb = new StringBuilder(oneLine(String.valueOf(source), MAX_MESSAGE));
    if (line > 0) {
      sb.append(" line ").append(line);
    }
    if (field != null) {
      sb.append(line > 0 ? ", field " : " field ").append(oneLine(field, MAX_MESSAGE));
    }
    sb.append(": ").append(oneLine(String.valueOf(problem), MAX_MESSAGE));
    return oneLine(sb.toString(), MAX_MESSAGE);
  }

  /** @return the file, argument or measure that held the bad value */
  public String source() {
    return source;
  }

  /** @return the 1-based line number, or {@code 0} when not applicable */
  public long line() {
    return line;
  }

  /** @return the field, column or property name, when known */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** @return the problem alone, without the location */
  public String problem() {
    return problem;
  }
}
