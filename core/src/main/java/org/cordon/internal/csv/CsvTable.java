package org.cordon.internal.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV table with a header row, row by row: RFC 4180 quoting (a quoted field may hold
 * commas), fields trimmed (also around quotes), blank lines skipped with line numbers kept exact, a byte-order mark
 * before the header ignored, header names matched case-insensitively. Checks that the header has
 * every required column and no column twice, and that each row has as many fields as the header.
 * Every problem is an exception made by the caller's {@link ErrorFactory}, naming source, line and
 * field.
 *
 * <pre>{@code
 * CsvTable.read(path, List.of("id", "name"), RegisterException::new, row -> add(row.count("id"), row.name("name")));
 * }</pre>
 */
public final class CsvTable {
  /**
   * The format: RFC 4180, trimmed fields (spaces around a quoted field are ignored too); empty lines
   * are kept so that line numbers stay exact.
   */
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(true).setTrim(true).get();

  private CsvTable() {}

  /**
   * Reads every data row of a UTF-8 file; the file's path is the source in errors.
   *
   * @param file the file
   * @param required the columns the header must have (lower case); other columns are allowed
   * @param errors makes the exceptions
   * @param rows receives each data row; the {@link Row} is reused between rows
   * @throws org.cordon.InvalidInputException (made by {@code errors}) for a missing or unreadable
   *     file, one that is not a regular file or is larger than {@link InputFiles#MAX_TABLE_BYTES}
   *     (checked before it is read), bytes that are not UTF-8 (naming their line), and for everything {@link #read(Reader,
   *     String, List, ErrorFactory, Consumer)} rejects
   */
  public static void read(Path file, List<String> required, ErrorFactory errors, Consumer<Row> rows) {
    String source = file.toString();
    if (!Files.exists(file)) {
      throw errors.create(source, 0, null, "missing file");
    }
    InputFiles.check(file, InputFiles.MAX_TABLE_BYTES, errors);
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      read(reader, source, required, errors, rows);
    } catch (NoSuchFileException e) {
      throw errors.create(source, 0, null, "missing file", e);
    } catch (IOException | UncheckedIOException e) {
      if (Utf8Check.isDecodingError(e)) {
        throw errors.create(source, malformedLine(file), null, Utf8Check.PROBLEM, e);
      }
      throw errors.create(source, 0, null, "cannot read: " + InputFiles.reason(e), e);
    } catch (org.cordon.InvalidInputException e) {
      if (Utf8Check.isDecodingError(e)) {
        throw errors.create(source, malformedLine(file), null, Utf8Check.PROBLEM, e);
      }
      throw e;
    }
  }

  private static long malformedLine(Path file) {
    try {
      return Utf8Check.firstMalformedLine(file);
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * Reads every data row of CSV text.
   *
   * @param in the text; not closed
   * @param source the name to use in errors
   * @param required the columns the header must have (lower case); other columns are allowed
   * @param errors makes the exceptions
   * @param rows receives each data row; the {@link Row} is reused between rows
   * @throws org.cordon.InvalidInputException (made by {@code errors}) for an empty or blank text, a
   *     missing or duplicate column, a malformed row (e.g. an unclosed quote), a row with a
   *     different number of fields than the header, and whatever {@code rows} throws
   * @throws UncheckedIOException if reading {@code in} fails
   */
  public static void read(Reader in, String source, List<String> required, ErrorFactory errors, Consumer<Row> rows) {
    CSVParser parser;
    try {
      parser = FORMAT.parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Iterator<CSVRecord> it = parser.iterator();
    CSVRecord header = null;
    long before = 0; // lines consumed before the next record
    long headerLine = 0;
    while (header == null && next(it, source, before, errors)) {
      CSVRecord first = it.next();
      if (!blank(first)) {
        header = first;
        headerLine = before + 1;
      }
      before = parser.getCurrentLineNumber();
    }
    if (header == null) {
      throw errors.create(source, 0, null, "empty file: expected a header row with columns " + String.join(",", required));
    }
    Row row = new Row(source, columns(source, headerLine, header, required, errors), header.size(), errors);
    while (next(it, source, before, errors)) {
      CSVRecord record = it.next();
      // blank lines are skipped here rather than by the parser, so that line numbers stay exact
      if (!blank(record)) {
        row.reset(record, before + 1);
        rows.accept(row);
      }
      before = parser.getCurrentLineNumber();
    }
  }

  private static boolean blank(CSVRecord record) {
    return record.size() == 1 && record.get(0).isEmpty();
  }

  /** Turns a parse error (e.g. an unclosed quote) into an error at the line where the record starts. */
  private static boolean next(Iterator<CSVRecord> it, String source, long before, ErrorFactory errors) {
    try {
      return it.hasNext();
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CSVException) {
        throw errors.create(source, before + 1, null, "malformed row: " + e.getCause().getMessage(), e);
      }
      throw e;
    } catch (IllegalStateException e) {
      throw errors.create(source, before + 1, null, "malformed row: " + e.getMessage(), e);
    }
  }

  private static Map<String, Integer> columns(
      String source, long line, CSVRecord header, List<String> required, ErrorFactory errors) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).trim().toLowerCase(Locale.ROOT);
      if (i == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1).trim(); // byte-order mark written by spreadsheet programs
      }
      if (!name.isEmpty() && index.putIfAbsent(name, i) != null) {
        throw errors.create(source, line, name, "duplicate column");
      }
    }
    for (String column : required) {
      if (!index.containsKey(column)) {
        throw errors.create(source, line, column, "missing column (required: " + String.join(",", required) + ")");
      }
    }
    return index;
  }
}
