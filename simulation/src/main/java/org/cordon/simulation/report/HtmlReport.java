package org.cordon.simulation.report;

import static org.cordon.simulation.report.Html.escape;
import static org.cordon.simulation.report.Html.number;

import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.TreeSet;

/**
 * The report page: one self-contained HTML file (well-formed XHTML syntax, UTF-8) with its styles
 * inline and the charts as {@code data:} URIs, so it opens anywhere and fetches nothing. It shows
 * the scenario, the comparison table (by the report dates and at the end of the runs), the
 * attribution of the 2 × 2 split and the quarantine-setting switch when there are, the charts, the
 * calibration fit, the parameters with their sources, and the command that made it. Every text is
 * escaped.
 *
 * <p>Each number of the comparison tables is also given exactly in a {@code data-value}
 * attribute, next to {@code data-quantity} ({@code confirmed} or {@code difference}), {@code
 * data-variant}, {@code data-date} ({@code end} for the end of the runs) and {@code data-stat},
 * so tools and tests can read the table without parsing the rounded text; the attribution's cells
 * likewise with {@code data-quantity="attribution"}, the estimate's name in {@code data-variant}
 * and {@code mean}, {@code low} or {@code high} in {@code data-stat}.
 */
public final class HtmlReport {
  static final String STYLE = """
      body{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;margin:2em auto;max-width:1060px;\
      color:#222;line-height:1.45;padding:0 1em}
      h1{font-size:1.7em;margin-bottom:.2em}h2{margin-top:1.8em;border-bottom:1px solid #ccc}
      table{border-collapse:collapse;margin:.8em 0}th,td{border:1px solid #ccc;padding:.3em .6em}
      th{background:#f0f3f7;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}
      tr.assumption td{background:#fff8e6}.note{color:#555;font-size:.92em}
      figure{margin:1.2em 0}img{max-width:100%;height:auto;border:1px solid #ddd}
      figcaption{color:#555;font-size:.92em}pre{background:#f6f6f6;padding:.8em;overflow-x:auto}
      .ok{color:#1a7f37}.out{color:#b42318}
      """;

  private HtmlReport() {}

  /**
   * @param data the report
   * @param charts the PNG of each chart, in the order to show them
   * @return the page
   */
  public static String render(ReportData data, Map<ReportChart, byte[]> charts) {
    StringBuilder b = new StringBuilder(256 * 1024);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>").append(escape("Cordon report: " + data.scenario())).append("</title>\n")
        .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    b.append("<h1>").append(escape("Closing early against closing late: " + data.scenario())).append("</h1>\n");
    b.append("<p class=\"note\">Contents: <a href=\"#scenario\">scenario</a> · <a href=\"#comparison\">")
        .append("comparison</a> · <a href=\"#charts\">charts</a> · <a href=\"#calibration\">calibration</a> · ")
        .append("<a href=\"#parameters\">parameters and sources</a> · <a href=\"#command\">command</a></p>\n");
    scenario(b, data);
    comparison(b, data);
    figures(b, charts);
    calibration(b, data);
    parameters(b, data);
    b.append("<h2 id=\"command\">Command</h2>\n<p>This report was made by:</p>\n<pre><code>")
        .append(escape(data.command())).append("</code></pre>\n");
    b.append("<p class=\"note\">Cordon simulation report. The charts and numbers come from ")
        .append(data.runs()).append(" paired Monte Carlo runs per variant with seed ").append(data.seed())
        .append("; the same command and seed give the same numbers.</p>\n");
    b.append("</body>\n</html>\n");
    return b.toString();
  }

  private static void scenario(StringBuilder b, ReportData data) {
    b.append("<h2 id=\"scenario\">Scenario</h2>\n<p>").append(escape(data.description())).append("</p>\n");
    b.append("<p>Scenario <b>").append(escape(data.scenario())).append("</b>, ").append(data.runs())
        .append(" runs per variant, seed ").append(data.seed()).append(".</p>\n");
    b.append("<table id=\"variants\">\n<tr><th>variant</th><th>community closure</th></tr>\n");
    for (VariantSeries v : data.series()) {
      b.append("<tr><td>").append(escape(v.name())).append("</td><td>")
          .append(escape(v.closureDate().map(LocalDate::toString).orElse("never"))).append("</td></tr>\n");
    }
    b.append("</table>\n");
    if (!data.observations().isEmpty()) {
      b.append("<p>Observed: ");
      String sep = "";
      for (Observation o : data.observations()) {
        b.append(sep).append(o.confirmed()).append(" confirmed by ").append(o.date())
            .append(" (").append(escape(o.source())).append(")");
        sep = "; ";
      }
      b.append(".</p>\n");
    }
  }

  private static void comparison(StringBuilder b, ReportData data) {
    b.append("<h2 id=\"comparison\">Comparison</h2>\n");
    TreeSet<LocalDate> dates = new TreeSet<>();
    data.table().forEach(r -> dates.addAll(r.confirmed().keySet()));
    b.append("<p>Cumulative confirmed cases by each date: median and 5-95% range over the runs.</p>\n");
    b.append("<table id=\"confirmed\">\n<tr><th rowspan=\"2\">variant</th><th rowspan=\"2\">closure</th>");
    boolean finals = data.table().stream().anyMatch(r -> r.finalConfirmed().isPresent());
    for (LocalDate d : dates) {
      b.append("<th colspan=\"3\">confirmed by ").append(d).append("</th>");
    }
    if (finals) {
      b.append("<th colspan=\"3\">confirmed at the end</th>");
    }
    b.append("</tr>\n<tr>");
    for (int i = 0; i < dates.size() + (finals ? 1 : 0); i++) {
      b.append("<th>median</th><th>5%</th><th>95%</th>");
    }
    b.append("</tr>\n");
    for (VariantRow r : data.table()) {
      b.append("<tr data-variant=\"").append(escape(r.name())).append("\"><td>").append(escape(r.name()))
          .append("</td><td>").append(escape(r.closureDate().map(LocalDate::toString).orElse("never"))).append("</td>");
      for (LocalDate d : dates) {
        Quantiles q = r.confirmed().get(d);
        if (q == null) {
          b.append("<td colspan=\"3\">not simulated</td>");
          continue;
        }
        cell(b, "confirmed", r.name(), d.toString(), "median", q.median());
        cell(b, "confirmed", r.name(), d.toString(), "p5", q.p5());
        cell(b, "confirmed", r.name(), d.toString(), "p95", q.p95());
      }
      if (finals) {
        if (r.finalConfirmed().isEmpty()) {
          b.append("<td colspan=\"3\">not simulated</td>");
        } else {
          Quantiles q = r.finalConfirmed().get();
          cell(b, "confirmed", r.name(), "end", "median", q.median());
          cell(b, "confirmed", r.name(), "end", "p5", q.p5());
          cell(b, "confirmed", r.name(), "end", "p95", q.p95());
        }
      }
      b.append("</tr>\n");
    }
    b.append("</table>\n");
    cost(b, data);
    if (data.differences().isEmpty()) {
      return;
    }
    b.append("<p>Each later variant against the baseline, run by run (paired: run <i>i</i> of every variant")
        .append(" shares its random numbers): extra confirmed cases (median, mean and 5-95% range; percentiles")
        .append(" by nearest rank, so whole cases), and the shares of runs with more and with fewer cases.</p>\n");
    b.append("<table id=\"differences\">\n<tr><th>variant</th><th>versus</th><th>confirmed by</th>")
        .append("<th>extra cases, median</th><th>mean</th><th>5%</th><th>95%</th><th>probability of more cases</th>")
        .append("<th>probability of fewer cases</th></tr>\n");
    for (DifferenceRow r : data.differences()) {
      b.append("<tr data-variant=\"").append(escape(r.variant())).append("\"><td>").append(escape(r.variant()))
          .append("</td><td>").append(escape(r.versus())).append("</td><td>")
          .append(r.toEnd() ? "the end of the run" : r.by().toString()).append("</td>");
      cell(b, "difference", r.variant(), r.byLabel(), "median", r.difference().median());
      cell(b, "difference", r.variant(), r.byLabel(), "mean", r.mean());
      cell(b, "difference", r.variant(), r.byLabel(), "p5", r.difference().p5());
      cell(b, "difference", r.variant(), r.byLabel(), "p95", r.difference().p95());
      cell(b, "difference", r.variant(), r.byLabel(), "probabilityMore", r.probabilityMore());
      cell(b, "difference", r.variant(), r.byLabel(), "probabilityFewer", r.probabilityFewer());
      b.append("</tr>\n");
    }
    b.append("</table>\n<ul id=\"findings\">\n");
    for (DifferenceRow r : data.headlineDifferences()) {
      b.append("<li>").append(escape(r.variant())).append(" against ").append(escape(r.versus())).append(": ")
          .append(number(r.difference().median())).append(" more confirmed cases by ")
          .append(r.toEnd() ? "the end of the outbreak" : r.by().toString())
          .append(" (median; mean ").append(number(r.mean())).append("; 5-95%: ").append(number(r.difference().p5()))
          .append(" to ").append(number(r.difference().p95())).append("), more cases in ")
          .append(number(100 * r.probabilityMore())).append("% of paired runs, fewer in ")
          .append(number(100 * r.probabilityFewer())).append("%.</li>\n");
    }
    b.append("</ul>\n");
    data.attribution().ifPresent(a -> AttributionHtml.attribution(b, a));
    data.quarantineSwitch().ifPresent(q -> AttributionHtml.quarantineSwitch(b, q));
  }

  /** What each variant's measures cost, beside its cases: the numbers of summary.json's {@code cost}. */
  private static void cost(StringBuilder b, ReportData data) {
    b.append("<p>What each variant's measures cost over the whole horizon, from its staffing and timeline (the")
        .append(" same in every run): guard shifts (guards on duty each day, every shift counted, summed over the")
        .append(" days), survey staff-days, resident-days of closure (residents whose compound is sealed, times")
        .append(" days) and the most people on duty on one day (guards of every shift plus survey staff).</p>\n");
    b.append("<table id=\"cost\">\n<tr><th>variant</th><th>guard shifts</th><th>survey staff-days</th>")
        .append("<th>resident-days of closure</th><th>peak on duty</th></tr>\n");
    for (VariantRow r : data.table()) {
      b.append("<tr data-variant=\"").append(escape(r.name())).append("\"><td>").append(escape(r.name()))
          .append("</td>");
      cell(b, "cost", r.name(), "", "guardShifts", r.cost().guardShifts());
      cell(b, "cost", r.name(), "", "surveyStaffDays", r.cost().surveyStaffDays());
      cell(b, "cost", r.name(), "", "residentDaysClosed", r.cost().residentDaysClosed());
      cell(b, "cost", r.name(), "", "peakOnDuty", r.cost().peakOnDuty());
      b.append("</tr>\n");
    }
    b.append("</table>\n");
  }

  static void cell(StringBuilder b, String quantity, String variant, String date, String stat, double value) {
    b.append("<td class=\"n\" data-quantity=\"").append(quantity).append("\" data-variant=\"").append(escape(variant)).append("\" data-date=\"").append(date)
        .append("\" data-stat=\"").append(stat).append("\" data-value=\"").append(value).append("\">")
        .append(number(value)).append("</td>");
  }

  private static void figures(StringBuilder b, Map<ReportChart, byte[]> charts) {
    b.append("<h2 id=\"charts\">Charts</h2>\n");
    for (Map.Entry<ReportChart, byte[]> e : charts.entrySet()) {
      ReportChart c = e.getKey();
      b.append("<figure id=\"chart-").append(c.fileName().replace(".png", "")).append("\">\n<img src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(e.getValue())).append("\" width=\"").append(ReportChart.WIDTH)
          .append("\" height=\"").append(ReportChart.HEIGHT).append("\" alt=\"").append(escape(c.caption()))
          .append("\"/>\n<figcaption>").append(escape(c.caption())).append(" (also written as ")
          .append(escape(c.fileName())).append(")</figcaption>\n</figure>\n");
    }
  }

  private static void calibration(StringBuilder b, ReportData data) {
    b.append("<h2 id=\"calibration\">Calibration</h2>\n");
    if (data.calibration().isEmpty()) {
      b.append("<p>No calibration fit was used for this run: the parameters below are the defaults or the")
          .append(" scenario's values.</p>\n");
      return;
    }
    CalibrationFit fit = data.calibration().get();
    b.append("<p>").append(escape(fit.method())).append("</p>\n");
    if (!fit.fitted().isEmpty()) {
      b.append("<table id=\"fitted\">\n<tr><th>fitted value</th><th>estimate</th><th>note</th></tr>\n");
      for (Parameter p : fit.fitted()) {
        b.append("<tr><td>").append(escape(p.name())).append("</td><td>").append(escape(p.value()))
            .append("</td><td>").append(escape(p.source())).append("</td></tr>\n");
      }
      b.append("</table>\n");
    }
    if (!fit.checks().isEmpty()) {
      b.append("<table id=\"fit-checks\">\n<tr><th>observed</th><th>value</th><th>model median</th>")
          .append("<th>5%</th><th>95%</th><th>within the band</th></tr>\n");
      for (CalibrationFit.Check c : fit.checks()) {
        b.append("<tr><td>").append(escape(c.quantity())).append("</td><td class=\"n\">").append(number(c.observed()))
            .append("</td><td class=\"n\">").append(number(c.predicted().median()))
            .append("</td><td class=\"n\">").append(number(c.predicted().p5()))
            .append("</td><td class=\"n\">").append(number(c.predicted().p95())).append("</td>")
            .append(c.withinBand() ? "<td class=\"ok\">yes</td>" : "<td class=\"out\">no</td>").append("</tr>\n");
      }
      b.append("</table>\n");
    }
  }

  private static void parameters(StringBuilder b, ReportData data) {
    b.append("<h2 id=\"parameters\">Parameters and their sources</h2>\n");
    b.append("<p>Every number cites docs/sources.md or a publication; those no source gives are labelled")
        .append(" <i>assumption</i> (shaded) and can be changed in a scenario file.</p>\n");
    b.append("<table id=\"parameter-table\">\n<tr><th>group</th><th>parameter</th><th>value</th><th>source</th></tr>\n");
    for (Parameter p : data.parameters()) {
      b.append(p.isAssumption() ? "<tr class=\"assumption\">" : "<tr>").append("<td>").append(escape(p.group()))
          .append("</td><td>").append(escape(p.name())).append("</td><td>").append(escape(p.value()))
          .append("</td><td>").append(escape(p.source())).append("</td></tr>\n");
    }
    b.append("</table>\n");
  }
}
