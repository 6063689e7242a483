package org.cordon.simulation.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.cordon.simulation.experiment.PairedComparison;
import org.cordon.simulation.sweep.SweepPoint;
import org.cordon.simulation.sweep.SweepResult;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * {@code sweep.png}: extra confirmed cases and extra infections by the last day against the
 * earliest start date, by start date, each as its median line and shaded 5-95% band over the
 * paired runs, and its mean as a dashed line ({@link ReportChart#WIDTH} × {@link ReportChart#HEIGHT}, as the other charts).
 */
public final class SweepChart {
  /** The chart's file name. */
  public static final String FILE_NAME = "sweep.png";

  static {
    System.setProperty("java.awt.headless", "true");
  }

  private SweepChart() {}

  /**
   * @param r a sweep's result
   * @return the chart, not yet drawn
   */
  static JFreeChart chart(SweepResult r) {
    YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
    YIntervalSeries confirmed = new YIntervalSeries("extra confirmed cases (median, 5-95%)");
    YIntervalSeries infected = new YIntervalSeries("extra infections (median, 5-95%)");
    XYSeries confirmedMean = new XYSeries("extra confirmed cases, mean");
    XYSeries infectedMean = new XYSeries("extra infections, mean");
    for (SweepPoint p : r.points()) {
      add(confirmed, p, p.extraConfirmed());
      add(infected, p, p.extraInfected());
      confirmedMean.add(ChartStyle.millis(p.start()), p.extraConfirmed().mean());
      infectedMean.add(ChartStyle.millis(p.start()), p.extraInfected().mean());
    }
    bands.addSeries(confirmed);
    bands.addSeries(infected);
    DeviationRenderer renderer = new DeviationRenderer(true, true);
    renderer.setAlpha(0.18f);
    for (int i = 0; i < 2; i++) {
      Color c = ChartStyle.colour(i == 0 ? 2 : 0);
      renderer.setSeriesPaint(i, c);
      renderer.setSeriesFillPaint(i, c);
      renderer.setSeriesStroke(i, new BasicStroke(2.2f));
    }
    NumberAxis y = new NumberAxis("extra against " + day(r.reference()) + " (by " + day(r.by()) + ")");
    y.setAutoRangeIncludesZero(true);
    y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    var last = r.points().get(r.points().size() - 1).start();
    XYPlot plot = new XYPlot(bands, ChartStyle.dateAxis("start of " + r.description() + " (2020)", r.reference(),
        last.equals(r.reference()) ? last.plusDays(1) : last), y, renderer);
    plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1f)));
    // means as dashed lines: medians of skewed differences often sit at 0 for every date
    XYSeriesCollection means = new XYSeriesCollection();
    means.addSeries(confirmedMean);
    means.addSeries(infectedMean);
    XYLineAndShapeRenderer meanLines = new XYLineAndShapeRenderer(true, false);
    for (int i = 0; i < 2; i++) {
      meanLines.setSeriesPaint(i, ChartStyle.colour(i == 0 ? 2 : 0));
      meanLines.setSeriesStroke(i, new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
          new float[] {6f, 4f}, 0f));
    }
    plot.setDataset(1, means);
    plot.setRenderer(1, meanLines);
    JFreeChart chart = new JFreeChart("Cost of delay: " + r.description() + " started later, paired runs",
        ChartStyle.TITLE, plot, true);
    String slope = r.confirmedPerDay().map(s -> "; confirmed per day of delay " + SweepResultText.perDay(s)).orElse("");
    return ChartStyle.finish(chart, "scenario " + r.scenario() + ", " + r.runs() + " paired runs per date, seed "
        + r.seed() + slope);
  }

  /**
   * Draws the chart headless as a PNG.
   *
   * @param r a sweep's result
   * @return the PNG bytes
   * @throws UncheckedIOException if encoding fails
   */
  public static byte[] png(SweepResult r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      ChartUtils.writeChartAsPNG(out, chart(r), ReportChart.WIDTH, ReportChart.HEIGHT);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot draw " + FILE_NAME + ": " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private static void add(YIntervalSeries s, SweepPoint p, PairedComparison c) {
    s.add(ChartStyle.millis(p.start()), c.difference().median(), c.difference().p5(), c.difference().p95());
  }

  private static String day(java.time.LocalDate d) {
    return d.format(DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH));
  }
}
