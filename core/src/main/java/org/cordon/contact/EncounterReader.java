package org.cordon.contact;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.cordon.community.Community;

/**
 * Reads recorded encounters from CSV: a header row naming the columns {@code a,b,first_day,
 * last_day} and optionally {@code minutes} (in any order; other columns are ignored), then one
 * encounter a row.
 *
 * <pre>
 * a,b,first_day,last_day,minutes
 * 12,4031,2020-01-21,2020-01-23,40
 * 12,977,2020-01-24,2020-01-24,
 * </pre>
 *
 * <p>{@code a} and {@code b} are resident ids of the community, dates are ISO ({@code
 * YYYY-MM-DD}), {@code minutes} is a whole number of minutes {@code >= 0} or empty when not
 * recorded. Blank lines are skipped. Every problem is an {@link EncounterFileException} naming the
 * file, line and field: a missing column, an empty file, a row with the wrong number of fields, a
 * non-number, an unknown resident, a resident meeting itself, a non-date, a last day before the
 * first, negative minutes.
 */
public final class EncounterReader {
  private static final String[] REQUIRED = {"a", "b", "first_day", "last_day"};

  private EncounterReader() {}

  /**
   * @param file a CSV file
   * @param community the community whose resident ids the file uses
   * @return the encounters in file order
   * @throws EncounterFileException if the file cannot be read or holds bad input
   */
  public static List<Encounter> read(Path file, Community community) {
    String source = file.toString();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, source, community);
    } catch (NoSuchFileException e) {
      throw new EncounterFileException(source, 0, null, "no such file", e);
    } catch (IOException e) {
      throw new EncounterFileException(source, 0, null, "cannot read: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new EncounterFileException(source, 0, null, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * @param in the CSV text
   * @param source the name to use in error messages
   * @param community the community whose resident ids the text uses
   * @return the encounters in input order
   * @throws EncounterFileException if the text holds bad input
   * @throws UncheckedIOException if reading fails
   */
  public static List<Encounter> read(Reader in, String source, Community community) {
    BufferedReader br = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in);
    List<Encounter> out = new ArrayList<>();
    try {
      String headerLine = br.readLine();
      long line = 1;
      while (headerLine != null && headerLine.isBlank()) {
        headerLine = br.readLine();
        line++;
      }
      if (headerLine == null) {
        throw new EncounterFileException(source, 0, null, "empty file (expected a header row a,b,first_day,last_day[,minutes])");
      }
      String[] header = split(stripBom(headerLine));
      int[] col = new int[REQUIRED.length];
      for (int k = 0; k < REQUIRED.length; k++) {
        col[k] = indexOf(header, REQUIRED[k]);
        if (col[k] < 0) {
          throw new EncounterFileException(source, line, REQUIRED[k], "missing column (header: " + headerLine.trim() + ")");
        }
      }
      int minutesCol = indexOf(header, "minutes");
      for (String row = br.readLine(); row != null; row = br.readLine()) {
        line++;
        if (row.isBlank()) {
          continue;
        }
        String[] f = split(row);
        if (f.length != header.length) {
          throw new EncounterFileException(
              source, line, null, "malformed row: " + f.length + " fields, header has " + header.length);
        }
        int a = resident(f[col[0]], source, line, "a", community);
        int b = resident(f[col[1]], source, line, "b", community);
        if (a == b) {
          throw new EncounterFileException(source, line, "b", "resident " + a + " meets itself");
        }
        LocalDate first = date(f[col[2]], source, line, "first_day");
        LocalDate last = date(f[col[3]], source, line, "last_day");
        if (last.isBefore(first)) {
          throw new EncounterFileException(
              source, line, "last_day", last + " is before first_day " + first);
        }
        OptionalInt minutes = OptionalInt.empty();
        if (minutesCol >= 0 && !f[minutesCol].isEmpty()) {
          int m = integer(f[minutesCol], source, line, "minutes");
          if (m < 0) {
            throw new EncounterFileException(source, line, "minutes", "negative: " + m);
          }
          minutes = OptionalInt.of(m);
        }
        out.add(new Encounter(a, b, first, last, minutes));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }

  /** Splits a row on commas, trimming fields and removing surrounding double quotes. */
  private static String[] split(String row) {
    String[] f = row.split(",", -1);
    for (int i = 0; i < f.length; i++) {
      String s = f[i].trim();
      if (s.length() >= 2 && s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"') {
        s = s.substring(1, s.length() - 1).trim();
      }
      f[i] = s;
    }
    return f;
  }

  private static int indexOf(String[] header, String name) {
    for (int i = 0; i < header.length; i++) {
      if (header[i].equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  private static int integer(String s, String source, long line, String field) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new EncounterFileException(source, line, field, "not a whole number: '" + s + "'", e);
    }
  }

  private static int resident(String s, String source, long line, String field, Community c) {
    if (s.isEmpty()) {
      throw new EncounterFileException(source, line, field, "missing resident id");
    }
    int id = integer(s, source, line, field);
    if (id < 0 || id >= c.residentCount()) {
      throw new EncounterFileException(
          source, line, field, "unknown resident id " + id + " (community has ids 0.." + (c.residentCount() - 1) + ")");
    }
    return id;
  }

  private static LocalDate date(String s, String source, long line, String field) {
    try {
      LocalDate d = LocalDate.parse(s);
      DayWindow.day(field, d);
      return d;
    } catch (DateTimeParseException e) {
      throw new EncounterFileException(source, line, field, "not a date (YYYY-MM-DD): '" + s + "'", e);
    } catch (org.cordon.InvalidInputException e) {
      throw new EncounterFileException(source, line, field, e.problem(), e);
    }
  }
}
