package org.cordon.simulation.report;

import org.cordon.simulation.sweep.Slope;

/** Short texts of a sweep's numbers for the chart and page. */
final class SweepResultText {
  private SweepResultText() {}

  /**
   * @param s a slope
   * @return e.g. {@code 0.08 [0-0.45], mean 0.12}
   */
  static String perDay(Slope s) {
    return Html.number(s.perDay().median()) + " [" + Html.number(s.perDay().p5()) + " to "
        + Html.number(s.perDay().p95()) + "], mean " + Html.number(s.mean());
  }
}
