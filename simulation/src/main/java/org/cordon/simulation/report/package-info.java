/**
 * Reports people look at: PNG charts (JFreeChart, drawn headless) and one self-contained {@code
 * report.html} for a comparison of containment variants. The charts and the page are made from a
 * {@link org.cordon.simulation.report.ReportData}, plain values that the comparison's results are
 * turned into, so the chart and page code can be tested with synthetic data and knows nothing of
 * the engine; {@link org.cordon.simulation.report.ComparisonReport} alone turns the engine's
 * results into a {@code ReportData}.
 *
 * <pre>{@code
 * ReportData data = ComparisonReport.of(ensemble, summary, calibrated, "cordon compare ...");
 * List<Path> files = ReportWriter.write(data, outDir);
 * }</pre>
 *
 * <p>API: {@code ReportData} and its records, {@code ComparisonReport}, {@code ReportWriter}; the
 * chart and HTML builders are package-private.
 */
package org.cordon.simulation.report;
