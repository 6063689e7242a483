package org.cordon.simulation.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV text as every output file of the simulation module writes it ({@code daily.csv}, {@code
 * sweep.csv}, {@code cordon staffing --format csv}, {@code cordon trace --format csv}): through
 * commons-csv's {@link CSVPrinter}, RFC 4180 quoting (a value with a comma, a quote or a line break
 * is quoted, quotes doubled; plain numbers and names are written as they are), {@code \n} between
 * records. So a variant named {@code a,"b"} reads back as one field.
 */
public final class CsvText {
  /** The format: RFC 4180 quoting, records ended by {@code \n}. */
  public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

  private CsvText() {}

  /**
   * @param header the column names
   * @param rows the records, each value printed with {@code String.valueOf} (null: empty)
   * @return the CSV text, header first, every record ended by {@code \n}
   */
  public static String of(List<String> header, Iterable<? extends Iterable<?>> rows) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter p = new CSVPrinter(out, FORMAT)) {
      p.printRecord(header);
      for (Iterable<?> row : rows) {
        p.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return out.toString();
  }
}
