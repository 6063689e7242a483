package org.cordon.contact;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.cordon.InvalidInputException;
import org.cordon.community.Community;
import org.cordon.internal.csv.CsvTable;
import org.cordon.internal.csv.Row;

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
 * recorded. Fields may be quoted as in RFC 4180 (a quoted field may hold commas). Blank lines are
 * skipped. Every problem is an {@link EncounterFileException} naming the file, line and field: a
 * missing or duplicate column, an empty file, an unclosed quote, a row with the wrong number of
 * fields, a non-number, an unknown resident, a resident meeting itself, a non-date, a last day
 * before the first, negative minutes.
 */
public final class EncounterReader {
  private static final List<String> REQUIRED = List.of("a", "b", "first_day", "last_day");

  private EncounterReader() {}

  /**
   * @param file a CSV file
   * @param community the community whose resident ids the file uses
   * @return the encounters in file order
   * @throws EncounterFileException if the file cannot be read or holds bad input
   */
  public static List<Encounter> read(Path file, Community community) {
    List<Encounter> out = new ArrayList<>();
    CsvTable.read(file, REQUIRED, EncounterFileException::new, rows(community, out));
    return out;
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
    List<Encounter> out = new ArrayList<>();
    CsvTable.read(in, source, REQUIRED, EncounterFileException::new, rows(community, out));
    return out;
  }

  private static Consumer<Row> rows(Community community, List<Encounter> out) {
    int n = community.residentCount();
    return r -> {
      int a = r.reference("a", "resident", "community", n);
      int b = r.reference("b", "resident", "community", n);
      if (a == b) {
        throw r.error("b", "resident " + a + " meets itself");
      }
      LocalDate first = day(r, "first_day");
      LocalDate last = day(r, "last_day");
      if (last.isBefore(first)) {
        throw r.error("last_day", last + " is before first_day " + first);
      }
      OptionalInt minutes =
          r.has("minutes") && !r.text("minutes").isEmpty() ? OptionalInt.of(r.count("minutes")) : OptionalInt.empty();
      out.add(new Encounter(a, b, first, last, minutes));
    };
  }

  /** An ISO date that {@link DayWindow} accepts. */
  private static LocalDate day(Row r, String column) {
    LocalDate d = r.date(column);
    try {
      DayWindow.day(column, d);
    } catch (InvalidInputException e) {
      throw new EncounterFileException(r.source(), r.line(), column, e.problem(), e);
    }
    return d;
  }
}
