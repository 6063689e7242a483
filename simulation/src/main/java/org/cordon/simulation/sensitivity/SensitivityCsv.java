package org.cordon.simulation.sensitivity;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The indices of one headline as CSV, one row per input in the problem's order, through
 * commons-csv: {@value #HEADER}. One file per headline, {@code sensitivity-<variant>.csv} (e.g.
 * {@code sensitivity-late-city.csv}), so every file has exactly this header. Numbers to 6
 * decimals, NaN (outputs with no variance) as {@code NaN}.
 */
public final class SensitivityCsv {
  /** The header row, exactly. */
  public static final String HEADER = "input,low,high,first_order,first_order_p5,first_order_p95,total,total_p5,total_p95";

  private SensitivityCsv() {}

  /**
   * @param h a headline
   * @return its file name
   */
  public static String fileName(SensitivityResult.Headline h) {
    return "sensitivity-" + h.name() + ".csv";
  }

  /**
   * @param h a headline's indices
   * @return the CSV text, header first
   */
  public static String toCsv(SensitivityResult.Headline h) {
    StringWriter w = new StringWriter();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER.split(",")).setRecordSeparator('\n').get();
    try (CSVPrinter p = new CSVPrinter(w, format)) {
      for (SobolIndices i : h.sobol().indices()) {
        p.printRecord(i.input().name(), number(i.input().low()), number(i.input().high()), number(i.firstOrder()),
            number(i.firstOrderBootstrap().p5()), number(i.firstOrderBootstrap().p95()), number(i.total()),
            number(i.totalBootstrap().p5()), number(i.totalBootstrap().p95()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /**
   * Writes one file per headline into a folder.
   *
   * @param r the result
   * @param dir the folder
   * @throws IOException if a file cannot be written
   */
  public static void write(SensitivityResult r, Path dir) throws IOException {
    for (SensitivityResult.Headline h : r.headlines()) {
      Files.writeString(dir.resolve(fileName(h)), toCsv(h), StandardCharsets.UTF_8);
    }
  }

  /** Whole numbers without a decimal point, others to 6 decimals, NaN as {@code NaN}. */
  static String number(double x) {
    if (Double.isNaN(x)) {
      return "NaN";
    }
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    String s = String.format(Locale.ROOT, "%.6f", x).replaceAll("0+$", "");
    return s.equals("-0.") || s.equals("0.") ? "0" : s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }
}
