package org.cordon.simulation.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Epidemic curves with bands: per variant the median as a line and the 5-95% band of the
 * replicates as a shaded area, over a date axis.
 */
final class BandCharts {
  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  private BandCharts() {}

  /**
   * @param data the report
   * @return cumulative confirmed cases per variant with bands, the observed counts as points and
   *     each variant's closure date as a marker
   */
  static JFreeChart cumulativeConfirmed(ReportData data) {
    XYPlot plot = bandPlot(data, VariantSeries::cumulativeConfirmed, "cumulative confirmed cases");
    if (!data.observations().isEmpty()) {
      XYSeries observed = new XYSeries("observed (docs/sources.md#the-outbreak)");
      for (int i = 0; i < data.observations().size(); i++) {
        Observation o = data.observations().get(i);
        observed.add(ChartStyle.millis(o.date()), o.confirmed());
        // pointers alternate up-left and up-right so that labels of near points do not overlap
        XYPointerAnnotation note = new XYPointerAnnotation("observed " + o.confirmed() + " by "
            + DAY_MONTH.format(o.date()), ChartStyle.millis(o.date()), o.confirmed(),
            i % 2 == 0 ? -0.75 * Math.PI : -0.25 * Math.PI);
        note.setFont(ChartStyle.MARKER);
        note.setBaseRadius(12);
        note.setTipRadius(6);
        note.setLabelOffset(4);
        note.setBackgroundPaint(new Color(255, 255, 255, 215));
        plot.addAnnotation(note);
      }
      XYLineAndShapeRenderer points = new XYLineAndShapeRenderer(false, true);
      points.setSeriesPaint(0, Color.BLACK);
      points.setSeriesShape(0, new Rectangle2D.Double(-5, -5, 10, 10));
      plot.setDataset(1, new XYSeriesCollection(observed));
      plot.setRenderer(1, points);
    }
    for (int i = 0; i < data.series().size(); i++) {
      VariantSeries v = data.series().get(i);
      final int row = i;
      v.closureDate().ifPresent(d -> plot.addDomainMarker(
          ChartStyle.dateMarker(d, v.name() + " closes " + DAY_MONTH.format(d), ChartStyle.colour(row), row)));
    }
    JFreeChart chart = new JFreeChart(
        "Cumulative confirmed cases per variant: median and 5-95% band", ChartStyle.TITLE, plot, true);
    return ChartStyle.finish(chart, subtitle(data) + "; squares: observed counts; dashed: community closure");
  }

  /**
   * @param data the report
   * @return new infections a day per variant with bands
   */
  static JFreeChart newInfections(ReportData data) {
    XYPlot plot = bandPlot(data, VariantSeries::newInfections, "new infections a day");
    JFreeChart chart = new JFreeChart(
        "New infections a day per variant: median and 5-95% band", ChartStyle.TITLE, plot, true);
    return ChartStyle.finish(chart, subtitle(data));
  }

  static String subtitle(ReportData data) {
    return "scenario " + data.scenario() + ", " + data.runs() + " paired runs per variant, seed " + data.seed();
  }

  private static XYPlot bandPlot(ReportData data, Function<VariantSeries, List<BandPoint>> pick, String yLabel) {
    YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
    DeviationRenderer renderer = new DeviationRenderer(true, false);
    renderer.setAlpha(0.12f); // four overlapping bands stay readable
    LocalDate first = null;
    LocalDate last = null;
    for (int i = 0; i < data.series().size(); i++) {
      VariantSeries v = data.series().get(i);
      YIntervalSeries s = new YIntervalSeries(v.name());
      for (BandPoint p : pick.apply(v)) {
        s.add(ChartStyle.millis(p.date()), p.band().median(), p.band().p5(), p.band().p95());
        first = first == null || p.date().isBefore(first) ? p.date() : first;
        last = last == null || p.date().isAfter(last) ? p.date() : last;
      }
      bands.addSeries(s);
      Color c = ChartStyle.colour(i);
      renderer.setSeriesPaint(i, c);
      renderer.setSeriesFillPaint(i, c);
      renderer.setSeriesStroke(i, new BasicStroke(2.2f));
    }
    if (first == null) {
      first = data.observations().isEmpty() ? LocalDate.of(2020, 1, 1) : data.observations().get(0).date();
      last = first.plusDays(1);
    }
    NumberAxis y = new NumberAxis(yLabel);
    y.setAutoRangeIncludesZero(true);
    y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    XYPlot plot = new XYPlot(bands, ChartStyle.dateAxis("date (2020)", first, last), y, renderer);
    return plot;
  }
}
