package org.cordon.simulation.report;

import static org.cordon.simulation.report.Html.escape;
import static org.cordon.simulation.report.Html.number;
import static org.cordon.simulation.report.Html.value;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cordon.simulation.sensitivity.SensitivityCsv;
import org.cordon.simulation.sensitivity.SensitivityResult;
import org.cordon.simulation.sensitivity.SobolIndices;

/**
 * The page of {@code cordon sensitivity}: {@code report.html} with the section "Global
 * sensitivity" (per headline: the inputs with the largest total index, the output's variance and
 * its Monte Carlo noise share, the table of its CSV file), {@code sensitivity.png} inline, how to
 * read it, and the command. Self-contained like the comparison report ({@link HtmlReport}); every
 * index in the tables also sits exactly in a {@code data-value} attribute beside {@code
 * data-headline}, {@code data-input} and {@code data-stat}.
 */
public final class SensitivityReport {
  private SensitivityReport() {}

  /**
   * Writes {@code sensitivity.png} and {@code report.html} into a folder (meant for the staging
   * folder of {@code AtomicOutput}).
   *
   * @param r a result
   * @param command the exact command line that made it
   * @param dir an existing folder
   * @return the files written, the chart first
   * @throws IOException if a file cannot be written
   */
  public static List<Path> write(SensitivityResult r, String command, Path dir) throws IOException {
    return ReportWriter.writeOneChart(dir, SensitivityChart.FILE_NAME, SensitivityChart.png(r), png -> render(r, command, png));
  }

  /**
   * @param h a headline
   * @param count how many inputs
   * @return "a (ST 0.41), b (ST 0.22)": the inputs with the largest total index
   */
  public static String top(SensitivityResult.Headline h, int count) {
    return h.topByTotal(count).stream()
        .map(i -> i.input().name() + String.format(Locale.ROOT, " (ST %.2f)", i.total()))
        .collect(Collectors.joining(", "));
  }

  /**
   * @param r a result
   * @param command the exact command line that made it
   * @param png the chart
   * @return the page
   */
  public static String render(SensitivityResult r, String command, byte[] png) {
    StringBuilder b = new StringBuilder(256 * 1024);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>").append(escape("Cordon sensitivity: " + r.scenario())).append("</title>\n")
        .append("<style>\n").append(HtmlReport.STYLE).append("</style>\n</head>\n<body>\n");
    b.append("<h1>").append(escape("Global sensitivity of the headline differences, " + r.scenario())).append("</h1>\n");
    b.append("<h2 id=\"sensitivity\">Global sensitivity</h2>\n");
    b.append("<p>Sobol first-order (S1) and total (ST) indices of the mean paired difference in ")
        .append(escape(r.statistic())).append(" (").append(r.by()).append(") of each headline variant against its")
        .append(" baseline, over ").append(r.problem().size()).append(" inputs sampled uniformly and independently over")
        .append(" their ranges: a Saltelli design of N = ").append(r.samples()).append(" base rows (")
        .append((long) r.samples() * (r.problem().size() + 2)).append(" design points) from a Sobol sequence, ")
        .append(r.runs()).append(" paired runs per point with the same random numbers at every point, seed ")
        .append(r.seed()).append(". Estimators: Saltelli et al. 2010 (S1) and Jansen 1999 (ST); intervals: 5-95% over ")
        .append(r.resamples()).append(" bootstrap resamples of the base rows.</p>\n");
    for (SensitivityResult.Headline h : r.headlines()) {
      b.append("<h3 id=\"headline-").append(escape(h.name())).append("\">").append(escape(h.variant() + " vs " + h.versus()))
          .append("</h3>\n<p class=\"headline-sentence\"><b>Largest total indices: ").append(escape(top(h, 3)))
          .append(".</b> Mean difference over the design ").append(number(h.sobol().mean())).append(", variance ")
          .append(number(h.sobol().variance())).append("; Monte Carlo noise of the ").append(r.runs())
          .append(" runs per point: ").append(Double.isNaN(h.noiseShare()) ? "not measured (one run per point)"
              : String.format(Locale.ROOT, "%.0f%% of the variance", 100 * h.noiseShare()))
          .append("; sum of S1 ").append(number(h.firstOrderSum())).append(" (also in ")
          .append(escape(SensitivityCsv.fileName(h))).append(").</p>\n");
      table(b, h);
    }
    b.append("<figure id=\"chart-sensitivity\">\n<img src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png))
        .append("\" width=\"").append(ReportChart.WIDTH).append("\" height=\"").append(SensitivityChart.height(r))
        .append("\" alt=\"first-order and total Sobol indices per input\"/>\n<figcaption>First-order and total Sobol")
        .append(" indices per input, bootstrap 5-95% whiskers (also written as ").append(SensitivityChart.FILE_NAME)
        .append(")</figcaption>\n</figure>\n");
    b.append("<p class=\"note\">How to read it: S1 is the share of the difference's variance over the design that one")
        .append(" input explains alone; ST the share it takes part in, alone or through interactions. An input with ST")
        .append(" near 0 can be fixed anywhere in its range without changing the answer. The runs' own randomness is")
        .append(" part of the variance (the noise share above): it shows as variance no input explains (1 minus the")
        .append(" sum of S1), and it adds up to about the noise share to the ST of every input that changes the")
        .append(" course of the runs, since the paired runs then no longer share their random numbers: an ST near")
        .append(" the noise share with an S1 near 0 is noise, not an effect. Inputs are")
        .append(" independent and uniform over their ranges: the calibration's correlations are not kept. Negative")
        .append(" values and values above 1 are estimation error.</p>\n");
    b.append("<h2 id=\"command\">Command</h2>\n<p>This report was made by:</p>\n<pre><code>")
        .append(escape(command)).append("</code></pre>\n");
    b.append("</body>\n</html>\n");
    return b.toString();
  }

  private static void table(StringBuilder b, SensitivityResult.Headline h) {
    b.append("<table class=\"sensitivity-table\" data-headline=\"").append(escape(h.name())).append("\">\n")
        .append("<tr><th rowspan=\"2\">input</th><th colspan=\"2\">range</th><th colspan=\"3\">first order S1</th>")
        .append("<th colspan=\"3\">total ST</th><th rowspan=\"2\">basis of the range</th></tr>\n<tr><th>low</th>")
        .append("<th>high</th><th>S1</th><th>5%</th><th>95%</th><th>ST</th><th>5%</th><th>95%</th></tr>\n");
    for (SobolIndices i : h.sobol().indices()) {
      String n = i.input().name();
      b.append("<tr data-input=\"").append(escape(n)).append("\"><td>").append(escape(n)).append("</td><td class=\"n\">")
          .append(value(i.input().low())).append("</td><td class=\"n\">").append(value(i.input().high())).append("</td>");
      cell(b, h, n, "firstOrder", i.firstOrder());
      cell(b, h, n, "firstOrderP5", i.firstOrderBootstrap().p5());
      cell(b, h, n, "firstOrderP95", i.firstOrderBootstrap().p95());
      cell(b, h, n, "total", i.total());
      cell(b, h, n, "totalP5", i.totalBootstrap().p5());
      cell(b, h, n, "totalP95", i.totalBootstrap().p95());
      b.append("<td>").append(escape(i.input().basis())).append("</td></tr>\n");
    }
    b.append("</table>\n");
  }

  private static void cell(StringBuilder b, SensitivityResult.Headline h, String input, String stat, double v) {
    b.append("<td class=\"n\" data-headline=\"").append(escape(h.name())).append("\" data-input=\"").append(escape(input))
        .append("\" data-stat=\"").append(stat).append("\" data-value=\"").append(v).append("\">")
        .append(number(v)).append("</td>");
  }
}
