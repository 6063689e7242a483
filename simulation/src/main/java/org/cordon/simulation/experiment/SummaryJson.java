package org.cordon.simulation.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * Writes a {@link ComparisonSummary} as {@code summary.json}:
 *
 * <pre>
 * {"scenario": "jinsha-2020", "runs": 200, "seed": 1,
 *  "variants": [{"name": "as-happened", "closureDate": "2020-01-25",
 *                "confirmed": {"2020-01-27": {"median": 9, "p5": 4, "p95": 15}, ...},
 *                "infected": {...}, "closeContacts": {...}, "householdAttackRate": {...},
 *                "final": {"confirmed": {...}, "infected": {...}, "runsCapped": 0},
 *                "cost": {"guardShifts": 9336, "surveyStaffDays": 5280, "residentDaysClosed": 412000,
 *                         "peakOnDuty": 466}}, ...],
 *  "comparisons": [{"variant": "late-city", "versus": "as-happened", "by": "2020-03-08",
 *                   "difference": {"median": 1, "mean": 1.85, "p5": 0, "p95": 6},
 *                   "probabilityMore": 0.6, "probabilityFewer": 0.05}, ...,
 *                  {"variant": "late-city", "versus": "as-happened", "by": "end", ...}, ...],
 *  "followUp": {"maxDays": 365, "runsCapped": 0},
 *  "attribution": {"basis": "final confirmed", "runs": 200, "closureEffect": {"mean": 1.2, "low": 0.5,
 *                  "high": 2.1}, "restEffect": {...}, "responseEffect": {...}, "interaction": {...},
 *                  "closureShare": {...}},
 *  "sensitivity": {"quarantineSetting": {"setting": "FACILITY from 2020-02-02", "switchedTo": "HOME",
 *                  "baselineFinal": {...}, "switchedBaselineFinal": {...},
 *                  "comparisons": [{"variant": "late-city", "by": "end", "asRun": {"mean": ...},
 *                                   "switched": {"mean": ...}}, ...]}}}
 * </pre>
 *
 * The comparisons {@code "by": "end"} count the confirmed cases at the end of each run, followed
 * past the last day until nobody is exposed or infectious (or to {@code followUp.maxDays}; the runs
 * that reached it are counted in {@code runsCapped}). {@code attribution} is present for an
 * experiment with the 2 × 2 variants ({@link Attribution}); {@code sensitivity} when {@code compare}
 * ran the quarantine setting switched ({@link QuarantineSwitch}).
 *
 * Percentiles of counts are whole numbers (nearest rank, see {@link Band}). No timings; NaN (no
 * data) is written as {@code null}. Keys in a fixed order, so the same summary
 * gives the same bytes.
 */
public final class SummaryJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SummaryJson() {}

  /**
   * @param s a summary
   * @return its JSON text
   */
  public static String toJson(ComparisonSummary s) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("scenario", s.scenario());
    root.put("runs", s.runs());
    root.put("seed", s.seed());
    ArrayNode variants = root.putArray("variants");
    for (VariantSummary v : s.variants()) {
      ObjectNode n = variants.addObject();
      n.put("name", v.name());
      if (v.closureDate().isPresent()) {
        n.put("closureDate", v.closureDate().get().toString());
      } else {
        n.putNull("closureDate");
      }
      dated(n.putObject("confirmed"), v.confirmed());
      dated(n.putObject("infected"), v.infected());
      band(n.putObject("closeContacts"), v.closeContacts());
      band(n.putObject("householdAttackRate"), v.householdAttackRate());
      finalCounts(n.putObject("final"), v);
      ObjectNode cost = n.putObject("cost");
      cost.put("guardShifts", v.cost().guardShifts());
      cost.put("surveyStaffDays", v.cost().surveyStaffDays());
      cost.put("residentDaysClosed", v.cost().residentDaysClosed());
      cost.put("peakOnDuty", v.cost().peakOnDuty());
    }
    ArrayNode comparisons = root.putArray("comparisons");
    for (PairedComparison c : s.comparisons()) {
      comparison(comparisons.addObject(), c);
    }
    for (PairedComparison c : s.endComparisons()) {
      comparison(comparisons.addObject(), c);
    }
    followUp(root.putObject("followUp"), s);
    s.attribution().ifPresent(a -> attribution(root.putObject("attribution"), a));
    s.quarantineSwitch().ifPresent(q -> quarantineSwitch(root.putObject("sensitivity").putObject("quarantineSetting"), q));
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param s a summary
   * @param file where to write it
   * @throws IOException if writing fails
   */
  public static void write(ComparisonSummary s, Path file) throws IOException {
    Files.writeString(file, toJson(s));
  }

  private static void comparison(ObjectNode n, PairedComparison c) {
    n.put("variant", c.variant());
    n.put("versus", c.versus());
    n.put("by", c.byLabel());
    difference(n.putObject("difference"), c);
    n.put("probabilityMore", c.probabilityMore());
    n.put("probabilityFewer", c.probabilityFewer());
  }

  private static void difference(ObjectNode d, PairedComparison c) {
    number(d, "median", c.difference().median());
    number(d, "mean", c.mean());
    number(d, "p5", c.difference().p5());
    number(d, "p95", c.difference().p95());
  }

  /** A variant's counts at the end of its runs. */
  private static void finalCounts(ObjectNode n, VariantSummary v) {
    band(n.putObject("confirmed"), v.finalConfirmed());
    band(n.putObject("infected"), v.finalInfected());
    n.put("runsCapped", v.runsCapped());
  }

  private static void followUp(ObjectNode n, ComparisonSummary s) {
    n.put("maxDays", s.followUpDays());
    n.put("runsCapped", s.runsCapped());
  }

  private static void attribution(ObjectNode n, Attribution a) {
    n.put("basis", "final confirmed, paired runs; 95% bootstrap intervals");
    n.put("runs", a.runs());
    estimate(n.putObject("closureEffect"), a.closureEffect());
    estimate(n.putObject("restEffect"), a.restEffect());
    estimate(n.putObject("responseEffect"), a.responseEffect());
    estimate(n.putObject("interaction"), a.interaction());
    estimate(n.putObject("closureShare"), a.closureShare());
  }

  private static void estimate(ObjectNode n, Attribution.Estimate e) {
    number(n, "mean", e.value());
    number(n, "low", e.low());
    number(n, "high", e.high());
  }

  private static void quarantineSwitch(ObjectNode n, QuarantineSwitch.Result q) {
    n.put("setting", q.setting());
    n.put("switchedTo", q.switchedTo());
    band(n.putObject("baselineFinal"), q.baselineFinal());
    band(n.putObject("switchedBaselineFinal"), q.switchedBaselineFinal());
    ArrayNode rows = n.putArray("comparisons");
    for (PairedComparison sw : q.switched()) {
      ObjectNode row = rows.addObject();
      row.put("variant", sw.variant());
      row.put("versus", sw.versus());
      row.put("by", sw.byLabel());
      q.asRun().stream().filter(c -> c.variant().equals(sw.variant())).findFirst()
          .ifPresent(c -> switchRow(row.putObject("asRun"), c));
      switchRow(row.putObject("switched"), sw);
    }
  }

  private static void switchRow(ObjectNode n, PairedComparison c) {
    difference(n, c);
    n.put("probabilityMore", c.probabilityMore());
  }

  private static void dated(ObjectNode n, Map<LocalDate, Band> bands) {
    bands.forEach((d, b) -> band(n.putObject(d.toString()), b));
  }

  /**
   * Writes a band's median, p5 and p95 into {@code n} as {@link #number} does (shared by the
   * sweep's JSON, so every file writes numbers alike).
   *
   * @param n the object to write into
   * @param b the band
   */
  public static void band(ObjectNode n, Band b) {
    number(n, "median", b.median());
    number(n, "p5", b.p5());
    number(n, "p95", b.p95());
  }

  /**
   * Writes a number: NaN (no data) as {@code null}, a whole number without decimals, anything else
   * rounded to 6 decimals, so the same value always gives the same bytes.
   *
   * @param n the object to write into
   * @param key the key
   * @param x the value
   */
  public static void number(ObjectNode n, String key, double x) {
    if (Double.isNaN(x)) {
      n.putNull(key);
    } else if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      n.put(key, (long) x);
    } else {
      n.put(key, Math.round(x * 1e6) / 1e6);
    }
  }
}
