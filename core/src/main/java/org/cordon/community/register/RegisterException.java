package org.cordon.community.register;

import org.cordon.InvalidInputException;

/**
 * A register file that cannot be read: missing or empty file, missing column, malformed row,
 * duplicate or missing id, reference to a missing entity, bad number, date or enum value. The
 * message names the file, the 1-based line and the field, e.g. {@code residents.csv line 12, field
 * household: unknown household id 9000 (households.csv has ids 0..7896)}.
 */
public class RegisterException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * @param file the file (as given, e.g. a path)
   * @param line the 1-based line, or {@code 0} for the whole file
   * @param field the column, or {@code null} for the whole row or file
   * @param problem what is wrong
   */
  public RegisterException(String file, long line, String field, String problem) {
    super(file, line, field, problem);
  }

  /**
   * @param file the file
   * @param line the 1-based line, or {@code 0}
   * @param field the column, or {@code null}
   * @param problem what is wrong
   * @param cause the underlying exception
   */
  public RegisterException(String file, long line, String field, String problem, Throwable cause) {
    super(file, line, field, problem, cause);
  }
}
