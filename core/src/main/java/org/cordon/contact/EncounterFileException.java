package org.cordon.contact;

import org.cordon.InvalidInputException;

/**
 * A bad encounter file: names the file, the line and the field, e.g. {@code encounters.csv line 7,
 * field last_day: 2020-01-20 is before first_day 2020-01-22}.
 */
public final class EncounterFileException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * @param source the file
   * @param line the 1-based line, or {@code 0} for the whole file
   * @param field the column, or {@code null}
   * @param problem what is wrong
   */
  public EncounterFileException(String source, long line, String field, String problem) {
    super(source, line, field, problem);
  }

  /**
   * @param source the file
   * @param line the 1-based line, or {@code 0} for the whole file
   * @param field the column, or {@code null}
   * @param problem what is wrong
   * @param cause the underlying exception
   */
  public EncounterFileException(String source, long line, String field, String problem, Throwable cause) {
    super(source, line, field, problem, cause);
  }
}
