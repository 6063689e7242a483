package org.cordon.simulation.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The look shared by the report's charts: fonts, a colour per variant, date axes in UTC with
 * day-month labels, labelled date markers. All dates are drawn at noon UTC of their day so a bar
 * or point sits in the middle of its day.
 */
final class ChartStyle {
  static {
    // Charts are drawn off screen, also on machines with no display.
    System.setProperty("java.awt.headless", "true");
  }

  static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 17);
  static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  static final Font MARKER = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

  /** Colour-blind-safe palette (Okabe and Ito), baseline first. */
  private static final List<Color> PALETTE =
      List.of(
          new Color(0, 114, 178), // blue
          new Color(230, 159, 0), // orange
          new Color(213, 94, 0), // vermilion
          new Color(0, 0, 0), // black
          new Color(0, 158, 115), // green
          new Color(204, 121, 167), // purple
          new Color(86, 180, 233), // sky blue
          new Color(240, 228, 66)); // yellow

  private ChartStyle() {}

  /**
   * @param index a variant's position (baseline 0)
   * @return its colour
   */
  static Color colour(int index) {
    return PALETTE.get(Math.floorMod(index, PALETTE.size()));
  }

  /**
   * @param day a day
   * @return noon UTC of that day, in epoch milliseconds
   */
  static long millis(LocalDate day) {
    return day.atTime(12, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  /**
   * @param label the axis label
   * @param first first day shown
   * @param last last day shown
   * @return a date axis in UTC with "d MMM" tick labels, a tick every week (or two for long spans)
   */
  static DateAxis dateAxis(String label, LocalDate first, LocalDate last) {
    DateAxis axis = new DateAxis(label, TimeZone.getTimeZone("UTC"), Locale.ENGLISH);
    SimpleDateFormat fmt = new SimpleDateFormat("d MMM", Locale.ENGLISH);
    fmt.setTimeZone(TimeZone.getTimeZone("UTC"));
    axis.setDateFormatOverride(fmt);
    long days = last.toEpochDay() - first.toEpochDay();
    int step = days > 150 ? 28 : days > 75 ? 14 : 7;
    axis.setTickUnit(new DateTickUnit(DateTickUnitType.DAY, step));
    axis.setRange(millis(first) - 12L * 3600_000, millis(last) + 12L * 3600_000);
    axis.setLabelFont(LABEL);
    axis.setTickLabelFont(TICK);
    return axis;
  }

  /**
   * @param date the day
   * @param label the label
   * @param paint the line's colour
   * @param row which label row (0, 1, ...) so that labels of near dates do not overlap
   * @return a vertical marker at noon of that day with the label at the top
   */
  static ValueMarker dateMarker(LocalDate date, String label, Paint paint, int row) {
    ValueMarker m = new ValueMarker(millis(date));
    m.setPaint(paint);
    m.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {5f, 4f}, 0f));
    m.setLabel(label);
    m.setLabelFont(MARKER);
    m.setLabelPaint(Color.DARK_GRAY);
    m.setLabelBackgroundColor(new Color(255, 255, 255, 215));
    m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    m.setLabelOffset(new RectangleInsets(4 + 15 * row, 3, 0, 0));
    return m;
  }

  /**
   * Titles, fonts, legend and background of a finished chart.
   *
   * @param chart the chart
   * @param subtitle a line under the title, or empty
   * @return the chart
   */
  static JFreeChart finish(JFreeChart chart, String subtitle) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.getTitle().setFont(TITLE);
    if (!subtitle.isEmpty()) {
      TextTitle sub = new TextTitle(subtitle, SUBTITLE);
      sub.setPaint(Color.DARK_GRAY);
      chart.addSubtitle(sub);
    }
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setPosition(RectangleEdge.BOTTOM);
      legend.setItemFont(LABEL);
    }
    if (chart.getPlot() instanceof XYPlot plot) {
      plot.setBackgroundPaint(Color.WHITE);
      plot.setDomainGridlinePaint(new Color(220, 220, 220));
      plot.setRangeGridlinePaint(new Color(220, 220, 220));
      for (var axis : new org.jfree.chart.axis.Axis[] {plot.getRangeAxis(), plot.getDomainAxis()}) {
        if (axis != null) { // a combined plot has no axis of its own on one side
          axis.setLabelFont(LABEL);
          axis.setTickLabelFont(TICK);
        }
      }
    }
    chart.setAntiAlias(true);
    return chart;
  }
}
