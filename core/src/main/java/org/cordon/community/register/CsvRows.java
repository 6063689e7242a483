package org.cordon.community.register;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cordon.community.Community;

/**
 * Reads one register file row by row: checks the header has every required column and each row
 * has as many fields as the header, and parses fields with errors that name file, line and field.
 */
final class CsvRows {
  static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();

  /** Receives each data row. */
  @FunctionalInterface
  interface Handler {
    void row(Row row);
  }

  private CsvRows() {}

  /**
   * Reads every row of {@code spec}'s file in {@code dir}.
   *
   * @throws RegisterException for a missing or empty file, a missing column, a malformed row, or
   *     whatever the handler rejects
   */
  static void read(Path dir, RegisterFile spec, Handler handler) {
    Path file = dir.resolve(spec.fileName());
    String source = file.toString();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = FORMAT.parse(reader)) {
      Iterator<CSVRecord> it = parser.iterator();
      CSVRecord header = null;
      long before = 0;
      long headerLine = 0;
      while (header == null && next(it, source, before)) {
        CSVRecord first = it.next();
        if (!(first.size() == 1 && first.get(0).isEmpty())) {
          header = first;
          headerLine = before + 1;
        }
        before = parser.getCurrentLineNumber();
      }
      if (header == null) {
        throw new RegisterException(source, 0, null, "empty file: expected a header row with columns " + String.join(",", spec.columns()));
      }
      Map<String, Integer> index = header(source, headerLine, header, spec.columns());
      Row row = new Row(source, index, header.size());
      while (next(it, source, before)) {
        CSVRecord record = it.next();
        // blank lines are skipped here rather than by the parser, so that line numbers stay exact
        if (!(record.size() == 1 && record.get(0).isEmpty())) {
          row.reset(record, before + 1);
          handler.row(row);
        }
        before = parser.getCurrentLineNumber();
      }
    } catch (NoSuchFileException e) {
      throw new RegisterException(source, 0, null, "missing file");
    } catch (IOException | UncheckedIOException e) {
      throw new RegisterException(source, 0, null, "cannot read: " + e.getMessage(), e);
    }
  }

  private static boolean next(Iterator<CSVRecord> it, String source, long before) {
    try {
      return it.hasNext();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new RegisterException(source, before + 1, null, "malformed row: " + e.getMessage(), e);
    }
  }

  private static Map<String, Integer> header(String source, long line, CSVRecord header, List<String> required) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).trim().toLowerCase(Locale.ROOT);
      if (i == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1); // byte-order mark written by spreadsheet programs
      }
      if (!name.isEmpty() && index.putIfAbsent(name, i) != null) {
        throw new RegisterException(source, line, name, "duplicate column");
      }
    }
    for (String column : required) {
      if (!index.containsKey(column)) {
        throw new RegisterException(source, line, column, "missing column (required: " + String.join(",", required) + ")");
      }
    }
    return index;
  }

  /** The current row, with parsers that report file, line and field. Reused between rows. */
  static final class Row {
    private final String source;
    private final Map<String, Integer> index;
    private final int width;
    private CSVRecord record;
    private long line;

    Row(String source, Map<String, Integer> index, int width) {
      this.source = source;
      this.index = index;
      this.width = width;
    }

    void reset(CSVRecord r, long l) {
      this.record = r;
      this.line = l;
      if (r.size() != width) {
        throw new RegisterException(
            source, line, null, "malformed row: expected " + width + " fields as in the header, found " + r.size());
      }
    }

    long line() {
      return line;
    }

    String source() {
      return source;
    }

    RegisterException error(String field, String problem) {
      return new RegisterException(source, line, field, problem);
    }

    /** @return the trimmed value, {@code ""} when empty */
    String text(String column) {
      return record.get(index.get(column));
    }

    /** @return a non-blank value */
    String name(String column) {
      String v = text(column);
      if (v.isEmpty()) {
        throw error(column, "missing value");
      }
      return v;
    }

    /** @return a non-negative integer */
    int count(String column) {
      String v = text(column);
      if (v.isEmpty()) {
        throw error(column, "missing value");
      }
      int n;
      try {
        n = Integer.parseInt(v);
      } catch (NumberFormatException e) {
        throw error(column, "not a whole number: '" + v + "'");
      }
      if (n < 0) {
        throw error(column, "negative: " + n);
      }
      return n;
    }

    /** @return an id of an entity of file {@code parent}, which has {@code size} rows */
    int reference(String column, RegisterFile parent, int size) {
      int id = count(column);
      if (id >= size) {
        throw error(
            column, "unknown " + column.replace('_', ' ') + " id " + id + " (" + parent.fileName() + " has " + range(size) + ")");
      }
      return id;
    }

    /** @return as {@link #reference}, or {@link Community#NONE} when the cell is empty */
    int optionalReference(String column, RegisterFile parent, int size) {
      return text(column).isEmpty() ? Community.NONE : reference(column, parent, size);
    }

    /** @return the enum constant named by the cell (case-insensitive) */
    <E extends Enum<E>> E enumValue(String column, Class<E> type) {
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
      throw error(column, (v.isEmpty() ? "missing value" : "unknown value '" + v + "'") + " (expected one of " + known + ")");
    }

    /** @return the ISO date in the cell, or {@code null} when it is empty */
    LocalDate date(String column) {
      String v = text(column);
      if (v.isEmpty()) {
        return null;
      }
      try {
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        throw error(column, "not a date (yyyy-mm-dd): '" + v + "'");
      }
    }
  }

  static String range(int size) {
    return size == 0 ? "no rows" : "ids 0.." + (size - 1);
  }
}
