package org.cordon.simulation.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.cordon.simulation.experiment.Band;
import org.cordon.simulation.sensitivity.SensitivityResult;
import org.cordon.simulation.sensitivity.SobolIndices;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * {@code sensitivity.png}: for each headline a panel of horizontal bars, first-order (S1) and
 * total (ST) Sobol index per input, each with a whisker over its bootstrap 5-95% interval; inputs
 * down the shared axis in the problem's order. {@link ReportChart#WIDTH} wide, tall enough for
 * every input.
 */
public final class SensitivityChart {
  /** The chart's file name. */
  public static final String FILE_NAME = "sensitivity.png";

  static {
    System.setProperty("java.awt.headless", "true");
  }

  private SensitivityChart() {}

  /**
   * @param r a result
   * @return the chart's height in pixels (the width is {@link ReportChart#WIDTH})
   */
  public static int height(SensitivityResult r) {
    return Math.max(ReportChart.HEIGHT, 160 + 22 * r.problem().size());
  }

  static JFreeChart chart(SensitivityResult r) {
    CategoryAxis inputs = new CategoryAxis("input");
    inputs.setLabelFont(ChartStyle.LABEL);
    inputs.setTickLabelFont(ChartStyle.MARKER);
    inputs.setCategoryMargin(0.25);
    CombinedDomainCategoryPlot combined = new CombinedDomainCategoryPlot(inputs);
    combined.setOrientation(PlotOrientation.HORIZONTAL);
    combined.setGap(14);
    for (SensitivityResult.Headline h : r.headlines()) {
      DefaultCategoryDataset data = new DefaultCategoryDataset();
      Band[][] whiskers = new Band[2][r.problem().size()];
      int c = 0;
      for (SobolIndices i : h.sobol().indices()) {
        data.addValue(finite(i.firstOrder()), "first order S1", i.input().name());
        data.addValue(finite(i.total()), "total ST", i.input().name());
        whiskers[0][c] = i.firstOrderBootstrap();
        whiskers[1][c] = i.totalBootstrap();
        c++;
      }
      NumberAxis value = new NumberAxis(h.variant() + " vs " + h.versus());
      value.setLabelFont(ChartStyle.LABEL);
      value.setTickLabelFont(ChartStyle.TICK);
      value.setRange(lowerEnd(h), upperEnd(h));
      CategoryPlot plot = new CategoryPlot(data, null, value, new WhiskerBars(whiskers));
      plot.setBackgroundPaint(Color.WHITE);
      plot.setRangeGridlinePaint(new Color(220, 220, 220));
      plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1f)));
      combined.add(plot, 1);
      if (combined.getFixedLegendItems() == null) {
        combined.setFixedLegendItems(plot.getLegendItems()); // the panels share their two series
      }
    }
    JFreeChart chart = new JFreeChart("Sobol indices of the headline paired differences", ChartStyle.TITLE, combined, true);
    return ChartStyle.finish(chart, "scenario " + r.scenario() + ", " + r.statistic() + " " + r.by() + "; N = "
        + r.samples() + " base rows, " + r.runs() + " paired runs per point, seed " + r.seed()
        + "; whiskers: bootstrap 5-95%");
  }

  /** From below 0 if an index or interval is, at most to -0.5: a value far below 0 is estimation error. */
  private static double lowerEnd(SensitivityResult.Headline h) {
    double lo = -0.05;
    for (SobolIndices i : h.sobol().indices()) {
      lo = Math.min(lo, Math.min(finite(i.firstOrderBootstrap().p5()), finite(i.totalBootstrap().p5())));
    }
    return Math.max(-0.5, lo - 0.02);
  }

  /** To 1 at least, above if an index or interval is, at most to 1.5. */
  private static double upperEnd(SensitivityResult.Headline h) {
    double hi = 1;
    for (SobolIndices i : h.sobol().indices()) {
      hi = Math.max(hi, Math.max(finite(i.firstOrderBootstrap().p95()), finite(i.totalBootstrap().p95())));
    }
    return Math.min(1.5, hi + 0.02);
  }

  private static double finite(double x) {
    return Double.isNaN(x) ? 0 : x;
  }

  /**
   * @param r a result
   * @return the PNG bytes
   * @throws UncheckedIOException if encoding fails
   */
  public static byte[] png(SensitivityResult r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      ChartUtils.writeChartAsPNG(out, chart(r), ReportChart.WIDTH, height(r));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot draw " + FILE_NAME + ": " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  /** Bars with a whisker over each bar's bootstrap 5-95% interval. */
  private static final class WhiskerBars extends BarRenderer {
    private static final long serialVersionUID = 1L;
    private final transient Band[][] whiskers;

    WhiskerBars(Band[][] whiskers) {
      this.whiskers = whiskers;
      setBarPainter(new StandardBarPainter());
      setShadowVisible(false);
      setItemMargin(0.05);
      setSeriesPaint(0, ChartStyle.colour(0));
      setSeriesPaint(1, ChartStyle.colour(1));
      setDrawBarOutline(false);
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
        CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
      super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
      Band b = whiskers[row][column];
      if (Double.isNaN(b.p5()) || Double.isNaN(b.p95())) {
        return;
      }
      double w0 = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, row, column);
      double mid = w0 + state.getBarWidth() / 2;
      double cap = Math.max(2, state.getBarWidth() / 3);
      double lo = rangeAxis.valueToJava2D(b.p5(), dataArea, plot.getRangeAxisEdge());
      double hi = rangeAxis.valueToJava2D(b.p95(), dataArea, plot.getRangeAxisEdge());
      g2.setPaint(Color.DARK_GRAY);
      g2.setStroke(new BasicStroke(1.1f));
      // horizontal bars: values run along x, categories along y
      g2.draw(new Line2D.Double(lo, mid, hi, mid));
      g2.draw(new Line2D.Double(lo, mid - cap, lo, mid + cap));
      g2.draw(new Line2D.Double(hi, mid - cap, hi, mid + cap));
    }
  }
}
