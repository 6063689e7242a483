package org.cordon.simulation.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/** The charts of a report, each with its file name, drawn as PNG. */
public enum ReportChart {
  /** Cumulative confirmed cases per variant with 5-95% bands and the observed counts. */
  CONFIRMED("confirmed.png", "Cumulative confirmed cases", BandCharts::cumulativeConfirmed),
  /** New infections a day per variant with 5-95% bands. */
  NEW_INFECTIONS("new-infections.png", "New infections a day", BandCharts::newInfections),
  /** Guards and survey staff on duty by day, the measures' dates marked. */
  STAFFING("staffing.png", "Guards and survey staff on duty", StaffingCharts::staffing),
  /** Survey coverage by day. */
  SURVEY_COVERAGE("survey-coverage.png", "Door-to-door survey coverage", StaffingCharts::surveyCoverage),
  /** Histogram of the later variants' extra confirmed cases over paired runs. */
  DIFFERENCE("difference.png", "Extra cases when closing later", DifferenceChart::differences);

  static {
    // Charts are drawn off screen, also on machines with no display.
    System.setProperty("java.awt.headless", "true");
  }

  /** Width of every chart, pixels. */
  public static final int WIDTH = 1000;
  /** Height of every chart, pixels. */
  public static final int HEIGHT = 560;

  private final String fileName;
  private final String caption;
  private final Function<ReportData, JFreeChart> maker;

  ReportChart(String fileName, String caption, Function<ReportData, JFreeChart> maker) {
    this.fileName = fileName;
    this.caption = caption;
    this.maker = maker;
  }

  /** @return the PNG file's name in the output folder */
  public String fileName() {
    return fileName;
  }

  /** @return a short caption for the report page */
  public String caption() {
    return caption;
  }

  /**
   * @param data the report
   * @return the chart, not yet drawn
   */
  public JFreeChart chart(ReportData data) {
    return maker.apply(data);
  }

  /**
   * Draws the chart headless as a PNG of {@link #WIDTH} × {@link #HEIGHT} pixels.
   *
   * @param data the report
   * @return the PNG bytes
   * @throws UncheckedIOException if encoding fails
   */
  public byte[] png(ReportData data) {
    JFreeChart chart = chart(data);
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot draw " + fileName + ": " + e.getMessage(), e);
    }
    return out.toByteArray();
  }
}
