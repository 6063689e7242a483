package org.cordon.simulation.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the daily bands as {@code daily.csv}: one row per variant and day, with columns {@code
 * variant,date}, then {@code _median,_p5,_p95} for each of {@code new_infections,
 * cumulative_infections, new_confirmed, cumulative_confirmed, quarantined, isolated}, then {@code
 * guards_on_duty,survey_coverage} (from the timeline).
 */
public final class DailyCsv {
  private static final String[] SERIES = {
    "new_infections", "cumulative_infections", "new_confirmed", "cumulative_confirmed", "quarantined", "isolated"
  };

  private DailyCsv() {}

  /** @return the header line */
  public static String header() {
    return String.join(",", columns());
  }

  private static List<String> columns() {
    List<String> columns = new ArrayList<>(List.of("variant", "date"));
    for (String s : SERIES) {
      columns.addAll(List.of(s + "_median", s + "_p5", s + "_p95"));
    }
    columns.addAll(List.of("guards_on_duty", "survey_coverage"));
    return columns;
  }

  /**
   * @param s a summary
   * @return the CSV text (through {@link CsvText}: a variant name with a comma or a quote is quoted)
   */
  public static String toCsv(ComparisonSummary s) {
    List<List<Object>> rows = new ArrayList<>(s.daily().size());
    for (DailyBand d : s.daily()) {
      List<Object> row = new ArrayList<>(List.of(d.variant(), d.date()));
      for (Band b : new Band[] {d.newInfections(), d.cumulativeInfections(), d.newConfirmed(),
          d.cumulativeConfirmed(), d.quarantined(), d.isolated()}) {
        row.addAll(List.of(num(b.median()), num(b.p5()), num(b.p95())));
      }
      row.add(d.guardsOnDuty());
      row.add(String.format(Locale.ROOT, "%.4f", d.surveyCoverage()));
      rows.add(row);
    }
    return CsvText.of(columns(), rows);
  }

  /**
   * @param s a summary
   * @param file where to write
   * @throws IOException if writing fails
   */
  public static void write(ComparisonSummary s, Path file) throws IOException {
    Files.writeString(file, toCsv(s), StandardCharsets.UTF_8);
  }

  private static String num(double x) {
    if (Double.isNaN(x)) {
      return "";
    }
    return x == Math.rint(x) ? Long.toString((long) x) : String.format(Locale.ROOT, "%.2f", x);
  }
}
