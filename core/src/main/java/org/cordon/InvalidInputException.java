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
 * line that a command-line tool can print as is.
 */
public class InvalidInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

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
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.field = field;
    this.problem = Objects.requireNonNull(problem, "problem");
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

  private static String format(String source, long line, String field, String problem) {
    StringBuilder sb = new StringBuilder(String.valueOf(source));
    if (line > 0) {
      sb.append(" line ").append(line);
    }
    if (field != null) {
      sb.append(line > 0 ? ", field " : " field ").append(field);
    }
    return sb.append(": ").append(problem).toString();
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
