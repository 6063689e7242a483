package org.cordon.internal.csv;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.csv.CSVRecord;
import org.cordon.InvalidInputException;
import org.cordon.SupportedDates;

/**
 * The current data row of a {@link CsvTable}, with field parsers whose errors name source, line
 * and field. Reused between rows: do not keep it past the callback. Columns are named in lower
 * case; asking for a column the header does not have is a programming error.
 */
public final class Row {
  private final String source;
  private final Map<String, Integer> index;
  private final int width;
  private final ErrorFactory errors;
  private CSVRecord record;
  private long line;

  Row(String source, Map<String, Integer> index, int width, ErrorFactory errors) {
    this.source = source;
    this.index = Map.copyOf(index);
    this.width = width;
    this.errors = errors;
  }

  void reset(CSVRecord r, long l) {
    this.record = r;
    this.line = l;
    if (r.size() != width) {
      throw errors.create(source, line, null, "malformed row: expected " + width + " fields as in the header, found " + r.size());
    }
  }

  /** @return the 1-based line the row starts on */
  public long line() {
    return line;
  }

  /** @return the file or input the row comes from */
  public String source() {
    return source;
  }

  /**
   * @param column a column name (lower case)
   * @return whether the header has the column
   */
  public boolean has(String column) {
    return index.containsKey(column);
  }

  /**
   * @param field the column, or {@code null} for the whole row
   * @param problem what is wrong
   * @return an exception at this row's line, to throw
   */
  public InvalidInputException error(String field, String problem) {
    return errors.create(source, line, field, problem);
  }

  /**
   * @param column a column of the header
   * @return the trimmed value, {@code ""} when empty
   * @throws IllegalArgumentException if the header has no such column
   */
  public String text(String column) {
    Integer i = index.get(column);
    if (i == null) {
      throw new IllegalArgumentException("no column " + column + " in " + source);
    }
    return record.get(i);
  }

  /**
   * @param column a column of the header
   * @return the non-empty value
   * @throws InvalidInputException for an empty cell
   */
  public String name(String column) {
    String v = text(column);
    if (v.isEmpty()) {
      throw error(column, "missing value");
    }
    return v;
  }

  /**
   * @param column a column of the header
   * @return the whole number in the cell, of any sign
   * @throws InvalidInputException for an empty cell or a value that is not a whole number
   */
  public int integer(String column) {
    String v = name(column);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw errors.create(source, line, column, "not a whole number: '" + InvalidInputException.echo(v) + "'", e);
    }
  }

  /**
   * @param column a column of the header
   * @return the whole number {@code >= 0} in the cell
   * @throws InvalidInputException for an empty cell, a value that is not a whole number, a
   *     negative number
   */
  public int count(String column) {
    int n = integer(column);
    if (n < 0) {
      throw error(column, "negative: " + n);
    }
    return n;
  }

  /**
   * An id of one of {@code size} entities of {@code owner}, e.g. {@code reference("household",
   * "household", "households.csv", 7897)}.
   *
   * @param column a column of the header
   * @param kind what the id names, for the message ({@code "unknown household id 9000"})
   * @param owner what holds the entities, for the message ({@code "households.csv has ids 0..7896"})
   * @param size how many entities there are (ids {@code 0..size-1})
   * @return the id
   * @throws InvalidInputException for an empty cell, a value that is not a whole number, an id
   *     outside {@code 0..size-1}
   */
  public int reference(String column, String kind, String owner, int size) {
    int id = integer(column);
    if (id < 0 || id >= size) {
      throw error(column, "unknown " + kind + " id " + id + " (" + owner + " has " + range(size) + ")");
    }
    return id;
  }

  /**
   * As {@link #reference}, where an empty cell means "none".
   *
   * @param column a column of the header
   * @param kind what the id names
   * @param owner what holds the entities
   * @param size how many entities there are
   * @return the id, or empty for an empty cell
   * @throws InvalidInputException for a value that is not a whole number, an id outside {@code
   *     0..size-1}
   */
  public OptionalInt optionalReference(String column, String kind, String owner, int size) {
    return text(column).isEmpty() ? OptionalInt.empty() : OptionalInt.of(reference(column, kind, owner, size));
  }

  /**
   * @param column a column of the header
   * @param type the enum
   * @param <E> the enum type
   * @return the constant named by the cell (case-insensitive)
   * @throws InvalidInputException for an empty cell or a name that is no constant of {@code type}
   */
  public <E extends Enum<E>> E enumValue(String column, Class<E> type) {
    String v = text(column);
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(v)) {
        return e;
      }
    }
    StringBuilder known = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      known.append(known.length() == 0 ? "" : ", ").append(e.name());
    }
    throw error(column, (v.isEmpty() ? "missing value" : "unknown value '" + InvalidInputException.echo(v) + "'") + " (expected one of " + known + ")");
  }

  /**
   * @param column a column of the header
   * @return the ISO date ({@code YYYY-MM-DD}) in the cell
   * @throws InvalidInputException for an empty cell, a value that is not an ISO date, a date
   *     outside {@link SupportedDates}
   */
  public LocalDate date(String column) {
    String v = text(column);
    LocalDate d;
    try {
      d = LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw errors.create(source, line, column, "not a date (YYYY-MM-DD): '" + InvalidInputException.echo(v) + "'", e);
    }
    String outside = SupportedDates.problem(d);
    if (outside != null) {
      throw error(column, outside);
    }
    return d;
  }

  /**
   * @param column a column of the header
   * @return the ISO date in the cell, or empty for an empty cell
   * @throws InvalidInputException for a value that is not an ISO date
   */
  public Optional<LocalDate> optionalDate(String column) {
    return text(column).isEmpty() ? Optional.empty() : Optional.of(date(column));
  }

  /**
   * @param size how many entities there are
   * @return {@code "ids 0..size-1"}, or {@code "no rows"} when there are none
   */
  public static String range(int size) {
    return size == 0 ? "no rows" : "ids 0.." + (size - 1);
  }
}
