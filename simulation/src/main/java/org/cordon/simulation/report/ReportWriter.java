package org.cordon.simulation.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a report into a folder: one PNG per {@link ReportChart} and {@code report.html} with the
 * same charts inline. Meant to be called inside {@code AtomicOutput.writeDirectory} so a failure
 * leaves no half-written report.
 */
public final class ReportWriter {
  /** The report page's file name. */
  public static final String REPORT_HTML = "report.html";

  private ReportWriter() {}

  /**
   * @param data the report
   * @param dir an existing folder
   * @return the files written, charts first and {@code report.html} last
   * @throws IOException if a file cannot be written
   */
  public static List<Path> write(ReportData data, Path dir) throws IOException {
    Map<ReportChart, byte[]> charts = new EnumMap<>(ReportChart.class);
    List<Path> written = new ArrayList<>();
    for (ReportChart c : ReportChart.values()) {
      byte[] png = c.png(data);
      charts.put(c, png);
      Path f = dir.resolve(c.fileName());
      Files.write(f, png);
      written.add(f);
    }
    Path html = dir.resolve(REPORT_HTML);
    Files.writeString(html, HtmlReport.render(data, charts), StandardCharsets.UTF_8);
    written.add(html);
    return written;
  }

  /**
   * Writes a one-chart report: the chart as {@code chartName} and {@code report.html}, which
   * {@code page} renders from the chart's bytes (inlined).
   *
   * @param dir an existing folder
   * @param chartName the chart's file name
   * @param png the chart
   * @param page renders {@code report.html} from the chart
   * @return the files written, the chart first
   * @throws IOException if a file cannot be written
   */
  static List<Path> writeOneChart(Path dir, String chartName, byte[] png, java.util.function.Function<byte[], String> page)
      throws IOException {
    Path chart = dir.resolve(chartName);
    Files.write(chart, png);
    Path html = dir.resolve(REPORT_HTML);
    Files.writeString(html, page.apply(png), StandardCharsets.UTF_8);
    return List.of(chart, html);
  }
}
