package org.cordon.simulation.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    StringBuilder sb = new StringBuilder("variant,date");
    for (String s : SERIES) {
      sb.append(',').append(s).append("_median,").append(s).append("_p5,").append(s).append("_p95");
    }
    return sb.append(",guards_on_duty,survey_coverage").toString();
  }

  /**
   * @param s a summary
   * @return the CSV text
   */
  public static String toCsv(ComparisonSummary s) {
    StringBuilder sb = new StringBuilder(header()).append('\n');
    for (DailyBand d : s.daily()) {
      sb.append(d.variant()).append(',').append(d.date());
      for (Band b : new Band[] {d.newInfections(), d.cumulativeInfections(), d.newConfirmed(),
          d.cumulativeConfirmed(), d.quarantined(), d.isolated()}) {
        sb.append(',').append(num(b.median())).append(',').append(num(b.p5())).append(',').append(num(b.p95()));
      }
      sb.append(',').append(d.guardsOnDuty()).append(',').append(String.format(Locale.ROOT, "%.4f", d.surveyCoverage()));
      sb.append('\n');
    }
    return sb.toString();
  }

  /**
   * @param s a summary
   * @param file where to write
   * @throws IOException if writing fails
   */
  public static void write(ComparisonSummary s, Path file) throws IOException {
    Files.writeString(file, toCsv(s));
  }

  private static String num(double x) {
    if (Double.isNaN(x)) {
      return "";
    }
    return x == Math.rint(x) ? Long.toString((long) x) : String.format(Locale.ROOT, "%.2f", x);
  }
}
