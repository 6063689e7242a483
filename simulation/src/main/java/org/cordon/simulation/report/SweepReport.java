package org.cordon.simulation.report;

import static org.cordon.simulation.report.Html.escape;
import static org.cordon.simulation.report.Html.number;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.cordon.simulation.experiment.PairedComparison;
import org.cordon.simulation.sweep.SweepPoint;
import org.cordon.simulation.sweep.SweepResult;

/**
 * The page of {@code cordon sweep}: {@code report.html} with the section "Cost of each day of
 * delay" (the sentence, the table of {@code sweep.csv} with the counts of every date, {@code
 * sweep.png} inline, how the slope is fitted) and the command. Self-contained like the comparison
 * report ({@link HtmlReport}); every number of the table also sits exactly in a {@code
 * data-value} attribute beside {@code data-quantity}, {@code data-date} and {@code data-stat}.
 */
public final class SweepReport {
  private SweepReport() {}

  /**
   * Writes {@code sweep.png} and {@code report.html} into a folder (meant for the staging folder
   * of {@code AtomicOutput.writeDirectory}).
   *
   * @param r a sweep's result
   * @param command the exact command line that made it
   * @param dir an existing folder
   * @return the files written, the chart first
   * @throws IOException if a file cannot be written
   */
  public static List<Path> write(SweepResult r, String command, Path dir) throws IOException {
    return ReportWriter.writeOneChart(dir, SweepChart.FILE_NAME, SweepChart.png(r), png -> render(r, command, png));
  }

  /**
   * @param r a sweep's result
   * @param command the exact command line that made it
   * @param png the chart
   * @return the page
   */
  public static String render(SweepResult r, String command, byte[] png) {
    StringBuilder b = new StringBuilder(128 * 1024);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>").append(escape("Cordon sweep: " + r.part() + ", " + r.scenario())).append("</title>\n")
        .append("<style>\n").append(HtmlReport.STYLE).append("</style>\n</head>\n<body>\n");
    b.append("<h1>").append(escape("Cost of each day of delay: " + r.description() + ", " + r.scenario())).append("</h1>\n");
    b.append("<h2 id=\"sweep\">Cost of each day of delay</h2>\n");
    b.append("<p id=\"sweep-sentence\"><b>").append(escape(r.sentence())).append("</b></p>\n");
    b.append("<p>").append(escape(r.description().substring(0, 1).toUpperCase(java.util.Locale.ROOT)
        + r.description().substring(1))).append(" started on each date below, everything else as in the scenario's")
        .append(" baseline; ").append(r.runs()).append(" paired runs per date (run <i>i</i> has the same random")
        .append(" numbers and parameter draw at every date), seed ").append(r.seed()).append(". Counts by ")
        .append(r.by()).append("; extra = minus the same run started on ").append(r.reference())
        .append(". Median and 5-95% by nearest rank (whole cases).</p>\n");
    table(b, r);
    b.append("<figure id=\"chart-sweep\">\n<img src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png))
        .append("\" width=\"").append(ReportChart.WIDTH).append("\" height=\"").append(ReportChart.HEIGHT)
        .append("\" alt=\"extra confirmed cases and infections by start date\"/>\n<figcaption>Extra confirmed cases")
        .append(" and infections against the earliest date, median and 5-95% band (also written as ")
        .append(SweepChart.FILE_NAME).append(")</figcaption>\n</figure>\n");
    b.append("<p class=\"note\">The slope: for each run, the least-squares line of its confirmed cases on the start")
        .append(" day; the sentence gives the median and 5-95% of those slopes over the runs, and their mean (the")
        .append(" slope of the mean curve). With common random numbers a run is one epidemic under every start date,")
        .append(" so its slope is what delay costs in that epidemic. A straight line is a summary: the table shows")
        .append(" where the cost is not linear.</p>\n");
    b.append("<h2 id=\"command\">Command</h2>\n<p>This report was made by:</p>\n<pre><code>")
        .append(escape(command)).append("</code></pre>\n");
    b.append("</body>\n</html>\n");
    return b.toString();
  }

  private static void table(StringBuilder b, SweepResult r) {
    b.append("<table id=\"sweep-table\">\n<tr><th rowspan=\"2\">start</th><th colspan=\"3\">confirmed</th>")
        .append("<th colspan=\"4\">extra confirmed</th><th colspan=\"3\">extra infections</th>")
        .append("<th rowspan=\"2\">more cases</th><th rowspan=\"2\">fewer cases</th></tr>\n<tr>")
        .append("<th>median</th><th>5%</th><th>95%</th><th>median</th><th>mean</th><th>5%</th><th>95%</th>")
        .append("<th>median</th><th>5%</th><th>95%</th></tr>\n");
    for (SweepPoint p : r.points()) {
      String d = p.start().toString();
      b.append("<tr data-date=\"").append(d).append("\"><td>").append(d).append("</td>");
      cell(b, "confirmed", d, "median", p.confirmed().median());
      cell(b, "confirmed", d, "p5", p.confirmed().p5());
      cell(b, "confirmed", d, "p95", p.confirmed().p95());
      PairedComparison c = p.extraConfirmed();
      cell(b, "extraConfirmed", d, "median", c.difference().median());
      cell(b, "extraConfirmed", d, "mean", c.mean());
      cell(b, "extraConfirmed", d, "p5", c.difference().p5());
      cell(b, "extraConfirmed", d, "p95", c.difference().p95());
      cell(b, "extraInfected", d, "median", p.extraInfected().difference().median());
      cell(b, "extraInfected", d, "p5", p.extraInfected().difference().p5());
      cell(b, "extraInfected", d, "p95", p.extraInfected().difference().p95());
      cell(b, "extraConfirmed", d, "probabilityMore", c.probabilityMore());
      cell(b, "extraConfirmed", d, "probabilityFewer", c.probabilityFewer());
      b.append("</tr>\n");
    }
    b.append("</table>\n");
  }

  private static void cell(StringBuilder b, String quantity, String date, String stat, double value) {
    b.append("<td class=\"n\" data-quantity=\"").append(quantity).append("\" data-date=\"").append(date)
        .append("\" data-stat=\"").append(stat).append("\" data-value=\"").append(value).append("\">")
        .append(number(value)).append("</td>");
  }
}
