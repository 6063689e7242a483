package org.cordon.internal.csv;

import org.cordon.InvalidInputException;

/**
 * Creates the exception a reader throws for bad input, so that each file format keeps its own
 * subclass of {@link InvalidInputException} (e.g. {@code RegisterException::new}).
 */
@FunctionalInterface
public interface ErrorFactory {
  /**
   * @param source the file or other named input
   * @param line the 1-based line, or {@code 0} for the whole input
   * @param field the column, or {@code null} for the whole row or input
   * @param problem what is wrong
   * @param cause the underlying exception, or {@code null}
   * @return the exception, to throw
   */
  InvalidInputException create(String source, long line, String field, String problem, Throwable cause);

  /**
   * @param source the file or other named input
   * @param line the 1-based line, or {@code 0}
   * @param field the column, or {@code null}
   * @param problem what is wrong
   * @return the exception without a cause, to throw
   */
  default InvalidInputException create(String source, long line, String field, String problem) {
    return create(source, line, field, problem, null);
  }
}
