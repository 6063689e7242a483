package org.cordon.measure;

import org.cordon.InvalidInputException;

/**
 * A measure, or a timeline of measures, that is invalid: a field out of range, a measure that
 * ends before it starts, two measures that contradict each other. Names the measure and the
 * field, so a scenario reader can point at the line that declared them.
 */
public final class MeasureException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** The name of the measure. */
  private final String measure;

  /**
   * Creates an exception about one field of one measure.
   *
   * @param measure the name of the measure
   * @param field the field of the measure, e.g. {@code "end"}
   * @param problem what is wrong
   */
  public MeasureException(String measure, String field, String problem) {
    this("measure '" + measure + "'", measure, field, problem);
  }

  private MeasureException(String source, String measure, String field, String problem) {
    super(source, 0, field, problem);
    this.measure = measure;
  }

  /**
   * An error about one of the {@link ContainmentAssumptions}.
   *
   * @param field the assumption's name
   * @param problem what is wrong
   * @return the exception (measure name {@code "assumptions"})
   */
  public static MeasureException assumption(String field, String problem) {
    return new MeasureException("assumptions", "assumptions", field, problem);
  }

  /** @return the name of the measure that holds the bad value */
  public String measure() {
    return measure;
  }
}
