package org.cordon.simulation.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.statistics.HistogramType;

/**
 * The distribution over paired replicates of each later variant's extra confirmed cases (variant
 * minus baseline): one histogram panel per variant, side by side with a shared count axis, each
 * with its own case axis (closing never can mean thousands where closing late means tens), the
 * median as a dashed line and the median, mean, 5-95% range, P(more) and P(fewer) in a box.
 */
final class DifferenceChart {
  /** At most this many bins a panel; wider ranges use bins of several cases. */
  private static final int MAX_BINS = 40;

  private DifferenceChart() {}

  /**
   * @param data the report
   * @return the histograms of paired differences (an empty plot if no replicates were kept)
   */
  static JFreeChart differences(ReportData data) {
    NumberAxis count = new NumberAxis("replicates");
    count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    CombinedRangeXYPlot plot = new CombinedRangeXYPlot(count);
    plot.setGap(14);
    String by = "the last day";
    for (DifferenceRow r : data.headlineDifferences()) {
      int[] reps = r.replicates();
      if (reps.length == 0) {
        continue;
      }
      by = r.toEnd() ? "the end of each run" : r.by().format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
      plot.add(panel(r, ChartStyle.colour(indexOf(data, r.variant()))));
    }
    if (plot.getSubplots().isEmpty()) {
      plot.add(new XYPlot(new HistogramDataset(), new NumberAxis("no paired runs to show"), null, new XYBarRenderer()));
    }
    JFreeChart chart = new JFreeChart(
        "Closing later: extra confirmed cases by " + by + " against the baseline, over paired runs",
        ChartStyle.TITLE, plot, false);
    ChartStyle.finish(chart, BandCharts.subtitle(data) + "; bar = replicates with that many extra cases");
    for (Object p : plot.getSubplots()) {
      XYPlot sub = (XYPlot) p;
      sub.setBackgroundPaint(Color.WHITE);
      sub.setRangeGridlinePaint(new Color(220, 220, 220));
      sub.setDomainGridlinePaint(new Color(220, 220, 220));
      sub.getDomainAxis().setLabelFont(ChartStyle.LABEL);
      sub.getDomainAxis().setTickLabelFont(ChartStyle.TICK);
    }
    count.setLabelFont(ChartStyle.LABEL);
    count.setTickLabelFont(ChartStyle.TICK);
    return chart;
  }

  private static XYPlot panel(DifferenceRow r, Color colour) {
    int[] reps = r.replicates();
    int min = Math.min(0, Arrays.stream(reps).min().orElse(0));
    int max = Math.max(0, Arrays.stream(reps).max().orElse(0));
    int width = Math.max(1, (int) Math.ceil((max - min + 1) / (double) MAX_BINS));
    int bins = (int) Math.ceil((max - min + 1) / (double) width);
    double lo = min - 0.5;
    double hi = lo + (double) bins * width;
    HistogramDataset dataset = new HistogramDataset();
    dataset.setType(HistogramType.FREQUENCY);
    dataset.addSeries(r.variant() + " minus " + r.versus(), Arrays.stream(reps).asDoubleStream().toArray(), bins, lo, hi);
    XYBarRenderer renderer = new XYBarRenderer();
    renderer.setBarPainter(new StandardXYBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(true);
    renderer.setSeriesOutlinePaint(0, Color.WHITE);
    renderer.setSeriesPaint(0, colour);
    NumberAxis x = new NumberAxis(r.variant() + " minus " + r.versus()
        + (width > 1 ? " (bins of " + width + ")" : ""));
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    x.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot(dataset, x, null, renderer);
    ValueMarker zero = new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1.2f));
    plot.addDomainMarker(zero);
    ValueMarker median = new ValueMarker(r.difference().median(), Color.BLACK,
        new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {5f, 3f}, 0f));
    median.setLabel("median " + Html.number(r.difference().median()));
    median.setLabelFont(ChartStyle.MARKER);
    // label to the right of the line: medians sit left in these right-skewed distributions
    median.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    median.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    median.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(6, 4, 0, 0));
    median.setLabelBackgroundColor(new Color(255, 255, 255, 220));
    plot.addDomainMarker(median);
    plot.addAnnotation(statistics(r));
    return plot;
  }

  /** The paired statistics in a box at the panel's top right (a panel is too narrow for one line). */
  private static XYTitleAnnotation statistics(DifferenceRow r) {
    TextTitle box = new TextTitle("median " + Html.number(r.difference().median())
        + "\nmean " + Html.number(r.mean())
        + "\n5-95%: " + Html.number(r.difference().p5()) + " to " + Html.number(r.difference().p95())
        + "\nP(more) " + Html.number(r.probabilityMore())
        + "\nP(fewer) " + Html.number(r.probabilityFewer()), ChartStyle.MARKER);
    box.setTextAlignment(HorizontalAlignment.LEFT);
    box.setBackgroundPaint(new Color(255, 255, 255, 230));
    box.setPadding(new org.jfree.chart.ui.RectangleInsets(3, 5, 3, 5));
    box.setFrame(new BlockBorder(new Color(200, 200, 200)));
    return new XYTitleAnnotation(0.98, 0.98, box, RectangleAnchor.TOP_RIGHT);
  }

  private static int indexOf(ReportData data, String variant) {
    for (int i = 0; i < data.series().size(); i++) {
      if (data.series().get(i).name().equals(variant)) {
        return i;
      }
    }
    return data.series().size();
  }
}
