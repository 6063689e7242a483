package org.cordon.simulation.report;

import static org.cordon.simulation.report.Html.escape;
import static org.cordon.simulation.report.Html.number;

import org.cordon.simulation.experiment.Attribution;
import org.cordon.simulation.experiment.PairedComparison;
import org.cordon.simulation.experiment.QuarantineSwitch;

/**
 * The report's sections on the 2 × 2 attribution (closure × rest of the response) and on the
 * quarantine-setting switch, with each number also in {@code data-*} attributes as {@link
 * HtmlReport}'s tables.
 */
final class AttributionHtml {
  private AttributionHtml() {}

  static void attribution(StringBuilder b, Attribution a) {
    b.append("<h3 id=\"attribution\">Closure and the rest of the response</h3>\n")
        .append("<p>Confirmed cases at the end of each run, paired run by run (").append(a.runs())
        .append(" runs): what delaying each part to 10 Feb adds against as-happened, the interaction")
        .append(" (both late − closure late − rest late + as-happened; 0 when the parts add up) and the closure's")
        .append(" share of the whole response's effect (mean closure effect ÷ mean whole-response effect; undefined")
        .append(" unless the whole response's effect is clearly above 0). Mean and 95% bootstrap interval.</p>\n");
    b.append("<table id=\"attribution-table\">\n<tr><th>quantity</th><th>mean</th><th>95% low</th><th>95% high</th></tr>\n");
    row(b, "closureEffect", "closure late (late-city − as-happened)", a.closureEffect());
    row(b, "restEffect", "rest late (rest-late-city − as-happened)", a.restEffect());
    row(b, "responseEffect", "both late (response-late-city − as-happened)", a.responseEffect());
    row(b, "interaction", "interaction", a.interaction());
    row(b, "closureShare", "closure's share of the whole response's effect", a.closureShare());
    b.append("</table>\n");
  }

  private static void row(StringBuilder b, String key, String label, Attribution.Estimate e) {
    b.append("<tr><td>").append(escape(label)).append("</td>");
    HtmlReport.cell(b, "attribution", key, "end", "mean", e.value());
    HtmlReport.cell(b, "attribution", key, "end", "low", e.low());
    HtmlReport.cell(b, "attribution", key, "end", "high", e.high());
    b.append("</tr>\n");
  }

  static void quarantineSwitch(StringBuilder b, QuarantineSwitch.Result q) {
    b.append("<h3 id=\"quarantine-switch\">Quarantine at home or in a facility</h3>\n<p>The same runs with contacts")
        .append(" quarantined ").append(escape(q.switchedTo())).append(" instead of ").append(escape(q.setting()))
        .append(" (an assumption): baseline final confirmed ").append(number(q.baselineFinal().median())).append(" → ")
        .append(number(q.switchedBaselineFinal().median())).append(" (median).</p>\n<ul id=\"quarantine-switch-list\">\n");
    for (PairedComparison sw : q.switched()) {
      b.append("<li>").append(escape(sw.variant())).append(" against ").append(escape(sw.versus())).append(": mean ");
      q.asRun().stream().filter(c -> c.variant().equals(sw.variant())).findFirst()
          .ifPresent(c -> b.append(number(c.mean())).append(" → "));
      b.append(number(sw.mean())).append(" more confirmed cases by the end; more in ")
          .append(number(100 * sw.probabilityMore())).append("% of paired runs with the setting switched.</li>\n");
    }
    b.append("</ul>\n");
  }
}
