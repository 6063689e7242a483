package org.cordon.simulation.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Staffing charts from the variants' timelines: guards (卡口值守) and survey (摸排) staff on duty by
 * day with the measures' dates marked, and the survey's coverage by day. A variant whose series is
 * the same as an earlier variant's is drawn once, its legend entry naming every variant it stands
 * for.
 */
final class StaffingCharts {
  private StaffingCharts() {}

  /**
   * @param data the report
   * @return guards and survey staff on duty by day, with the dated measures as labelled markers
   */
  static JFreeChart staffing(ReportData data) {
    XYSeriesCollection dataset = new XYSeriesCollection();
    XYStepRenderer renderer = new XYStepRenderer();
    int k = 0;
    for (Line line : distinct(data, StaffingPoint::guards)) {
      dataset.addSeries(series("guards on duty: " + line.name(), line));
      renderer.setSeriesPaint(k, ChartStyle.colour(k));
      renderer.setSeriesStroke(k, new BasicStroke(2.2f));
      k++;
    }
    int guardSeries = k;
    for (Line line : distinct(data, StaffingPoint::surveyStaff)) {
      dataset.addSeries(series("survey staff: " + line.name(), line));
      renderer.setSeriesPaint(k, ChartStyle.colour(k - guardSeries + 4));
      renderer.setSeriesStroke(k, new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
          new float[] {8f, 4f}, 0f));
      k++;
    }
    NumberAxis y = new NumberAxis("people on duty");
    y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    XYPlot plot = new XYPlot(dataset, dateAxis(data), y, renderer);
    List<DatedLabel> events = new ArrayList<>(data.events());
    events.sort((a, b) -> a.date().compareTo(b.date()));
    for (int i = 0; i < events.size(); i++) {
      DatedLabel e = events.get(i);
      plot.addDomainMarker(ChartStyle.dateMarker(e.date(), e.label(), Color.GRAY, i % 8));
    }
    y.setUpperMargin(0.45); // room for the marker labels above the lines
    JFreeChart chart = new JFreeChart(
        "Guards and survey staff on duty by day, with the measures' start dates", ChartStyle.TITLE, plot, true);
    return ChartStyle.finish(chart, "from the variants' containment timelines (not simulated); dashed grey: a measure starts");
  }

  /**
   * @param data the report
   * @return the share of residents the door-to-door survey has reached, by day, in percent
   */
  static JFreeChart surveyCoverage(ReportData data) {
    XYSeriesCollection dataset = new XYSeriesCollection();
    XYStepRenderer renderer = new XYStepRenderer();
    int k = 0;
    for (Line line : distinct(data, p -> 100 * p.surveyCoverage())) {
      dataset.addSeries(series(line.name(), line));
      renderer.setSeriesPaint(k, ChartStyle.colour(k));
      renderer.setSeriesStroke(k, new BasicStroke(2.4f));
      k++;
    }
    NumberAxis y = new NumberAxis("residents reached by the survey (% of scope)");
    y.setRange(0, 105);
    XYPlot plot = new XYPlot(dataset, dateAxis(data), y, renderer);
    JFreeChart chart = new JFreeChart(
        "Door-to-door survey coverage by day (share of residents in scope reached)", ChartStyle.TITLE, plot, true);
    return ChartStyle.finish(chart, "from the variants' survey schedules; the scope widens from Wuhan returnees to all residents");
  }

  private static org.jfree.chart.axis.DateAxis dateAxis(ReportData data) {
    LocalDate first = null;
    LocalDate last = null;
    for (VariantSeries v : data.series()) {
      for (StaffingPoint p : v.staffing()) {
        first = first == null || p.date().isBefore(first) ? p.date() : first;
        last = last == null || p.date().isAfter(last) ? p.date() : last;
      }
    }
    if (first == null) {
      first = LocalDate.of(2020, 1, 1);
      last = first.plusDays(1);
    }
    return ChartStyle.dateAxis("date (2020)", first, last);
  }

  /** One line to draw: a name and daily values. */
  private record Line(String name, List<LocalDate> dates, double[] values) {}

  /** Variants' daily values, merged where two variants have the same series. */
  private static List<Line> distinct(ReportData data, ToDoubleFunction<StaffingPoint> pick) {
    List<Line> lines = new ArrayList<>();
    for (VariantSeries v : data.series()) {
      double[] values = v.staffing().stream().mapToDouble(pick).toArray();
      List<LocalDate> dates = v.staffing().stream().map(StaffingPoint::date).toList();
      int same = -1;
      for (int i = 0; i < lines.size() && same < 0; i++) {
        if (Arrays.equals(lines.get(i).values(), values) && lines.get(i).dates().equals(dates)) {
          same = i;
        }
      }
      if (same >= 0) {
        Line l = lines.get(same);
        lines.set(same, new Line(l.name() + ", " + v.name(), l.dates(), l.values()));
      } else {
        lines.add(new Line(v.name(), dates, values));
      }
    }
    if (lines.size() == 1 && data.series().size() > 1) {
      Line l = lines.get(0);
      lines.set(0, new Line("all variants", l.dates(), l.values()));
    }
    return lines;
  }

  private static XYSeries series(String name, Line line) {
    XYSeries s = new XYSeries(name, false, true);
    for (int d = 0; d < line.values().length; d++) {
      s.add(ChartStyle.millis(line.dates().get(d)), line.values()[d]);
    }
    return s;
  }
}
