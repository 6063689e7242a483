package org.cordon.simulation.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cordon.simulation.experiment.CsvText;

/**
 * Writes a {@link SweepResult} as {@code sweep.csv}: one row per start date, the paired
 * differences against the earliest date by the last day (so the first row is all zero):
 *
 * <pre>
 * part,start,confirmed_median,confirmed_p5,confirmed_p95,infected_median,infected_p5,infected_p95,mean_difference,probability_more,probability_fewer
 * closure,2020-01-25,0,0,0,0,0,0,0,0,0
 * closure,2020-01-26,0,0,1,0,0,2,0.105,0.07,0.02
 * </pre>
 *
 * {@code confirmed_*} and {@code infected_*} are the median and 5-95% (nearest rank, whole
 * numbers) of the extra confirmed cases and infections; {@code mean_difference}, {@code
 * probability_more} and {@code probability_fewer} are of the extra confirmed cases.
 */
public final class SweepCsv {
  /** The header row, exactly. */
  public static final String HEADER = "part,start,confirmed_median,confirmed_p5,confirmed_p95,infected_median,infected_p5,"
      + "infected_p95,mean_difference,probability_more,probability_fewer";

  private SweepCsv() {}

  /**
   * @param r a sweep's result
   * @return the CSV text, header first, one line per date
   */
  public static String toCsv(SweepResult r) {
    List<List<Object>> rows = new ArrayList<>(r.points().size());
    for (SweepPoint p : r.points()) {
      List<Object> row = new ArrayList<>(List.of(r.part(), p.start()));
      for (double v : new double[] {
          p.extraConfirmed().difference().median(), p.extraConfirmed().difference().p5(),
          p.extraConfirmed().difference().p95(), p.extraInfected().difference().median(),
          p.extraInfected().difference().p5(), p.extraInfected().difference().p95(),
          p.extraConfirmed().mean(), p.extraConfirmed().probabilityMore(), p.extraConfirmed().probabilityFewer()}) {
        row.add(number(v));
      }
      rows.add(row);
    }
    return CsvText.of(List.of(HEADER.split(",")), rows);
  }

  /**
   * @param r a sweep's result
   * @param file where to write it
   * @throws IOException if writing fails
   */
  public static void write(SweepResult r, Path file) throws IOException {
    Files.writeString(file, toCsv(r), StandardCharsets.UTF_8);
  }

  /** Whole numbers without a decimal point, others to 6 decimals. */
  static String number(double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    return String.format(Locale.ROOT, "%.6f", x).replaceAll("0+$", "");
  }
}
