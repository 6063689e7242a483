package org.cordon.server.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cordon.measure.PolicyTimeline;
import org.cordon.measure.StaffingDay;
import org.cordon.server.plan.PlanScenario;
import org.cordon.simulation.engine.RunResult;
import org.cordon.simulation.experiment.ComparisonSummary;
import org.cordon.simulation.experiment.DailyBand;
import org.cordon.simulation.experiment.DailyCsv;
import org.cordon.simulation.experiment.Ensemble;
import org.cordon.simulation.experiment.JinshaExperiment;
import org.cordon.simulation.experiment.SummaryJson;
import org.cordon.simulation.report.ComparisonReport;
import org.cordon.simulation.report.Observation;
import org.cordon.simulation.report.ReportWriter;

/**
 * A finished run's outputs: {@code summary.json} and {@code daily.csv} as {@code cordon compare
 * --out} writes them (the same writers), {@code report.html} on first request, and the data the
 * page draws its charts from.
 */
public final class RunResults {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Ensemble ensemble;
  private final ComparisonSummary summary;
  private final String summaryJson;
  private final String dailyCsv;
  private final String command;
  private final boolean observed;
  private byte[] reportHtml;

  RunResults(Ensemble ensemble, ComparisonSummary summary, String command, boolean observed) {
    this.ensemble = ensemble;
    this.summary = summary;
    this.summaryJson = SummaryJson.toJson(summary);
    this.dailyCsv = DailyCsv.toCsv(summary);
    this.command = command;
    this.observed = observed;
  }

  /** @return {@code summary.json}'s text */
  public String summaryJson() {
    return summaryJson;
  }

  /** @return {@code daily.csv}'s text */
  public String dailyCsv() {
    return dailyCsv;
  }

  /**
   * @return {@code report.html} as {@code compare --out} writes it (charts inline), made on the
   *     first call
   * @throws UncheckedIOException if the temporary folder cannot be written
   */
  public synchronized byte[] reportHtml() {
    if (reportHtml == null) {
      Path dir = null;
      try {
        dir = Files.createTempDirectory("cordon-report");
        ReportWriter.write(ComparisonReport.of(ensemble, summary, Optional.empty(), command), dir);
        reportHtml = Files.readAllBytes(dir.resolve(ReportWriter.REPORT_HTML));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        delete(dir);
      }
    }
    return reportHtml;
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }

  /**
   * The page's chart data: per variant and day the cumulative confirmed median and 5-95% band,
   * guards on duty and survey staff; the observed counts (Jinsha at its own size only); the
   * plan's paired differences in confirmed cases by the last day, run by run.
   *
   * @return the JSON text
   */
  public String chartsJson() {
    ObjectNode root = JSON.createObjectNode();
    var x = ensemble.experiment();
    ArrayNode variants = root.putArray("variants");
    for (int k = 0; k < x.variants().size(); k++) {
      String name = x.variants().get(k).name();
      ObjectNode v = variants.addObject();
      v.put("name", name);
      ArrayNode dates = v.putArray("dates");
      ArrayNode median = v.putArray("median");
      ArrayNode p5 = v.putArray("p5");
      ArrayNode p95 = v.putArray("p95");
      for (DailyBand d : summary.daily()) {
        if (d.variant().equals(name)) {
          dates.add(d.date().toString());
          median.add(d.cumulativeConfirmed().median());
          p5.add(d.cumulativeConfirmed().p5());
          p95.add(d.cumulativeConfirmed().p95());
        }
      }
      PolicyTimeline t = PlanScenario.timeline(x, k);
      ArrayNode guards = v.putArray("guards");
      ArrayNode staff = v.putArray("surveyStaff");
      for (StaffingDay s : t.staffing()) {
        guards.add(s.guardsOnDuty());
        staff.add(s.surveyStaff());
      }
    }
    ArrayNode obs = root.putArray("observed");
    if (observed) {
      for (Observation o : Observation.jinsha2020()) {
        obs.addObject().put("date", o.date().toString()).put("confirmed", o.confirmed()).put("source", o.source());
      }
    }
    LocalDate by = x.end();
    ObjectNode diff = root.putObject("differences");
    diff.put("variant", x.variants().get(x.variants().size() - 1).name());
    diff.put("versus", x.variants().get(0).name());
    diff.put("by", by.toString());
    ArrayNode values = diff.putArray("values");
    List<RunResult> base = ensemble.runsOf(0);
    List<RunResult> plan = ensemble.runsOf(x.variants().size() - 1);
    for (int i = 0; i < base.size(); i++) {
      values.add(plan.get(i).confirmedBy(by) - base.get(i).confirmedBy(by));
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param scenario the scenario's name
   * @param scaled whether the plan scaled the community
   * @return whether the observed Jinsha counts belong on the charts
   */
  static boolean observed(String scenario, boolean scaled) {
    return JinshaExperiment.NAME.equals(scenario) && !scaled;
  }
}
