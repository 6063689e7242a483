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
 *                "cost": {"guardShifts": 9336, "surveyStaffDays": 5280, "residentDaysClosed": 412000,
 *                         "peakOnDuty": 466}}, ...],
 *  "comparisons": [{"variant": "late-city", "versus": "as-happened", "by": "2020-03-08",
 *                   "difference": {"median": 1, "mean": 1.85, "p5": 0, "p95": 6},
 *                   "probabilityMore": 0.6, "probabilityFewer": 0.05}, ...]}
 * </pre>
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
      ObjectNode cost = n.putObject("cost");
      cost.put("guardShifts", v.cost().guardShifts());
      cost.put("surveyStaffDays", v.cost().surveyStaffDays());
      cost.put("residentDaysClosed", v.cost().residentDaysClosed());
      cost.put("peakOnDuty", v.cost().peakOnDuty());
    }
    ArrayNode comparisons = root.putArray("comparisons");
    for (PairedComparison c : s.comparisons()) {
      ObjectNode n = comparisons.addObject();
      n.put("variant", c.variant());
      n.put("versus", c.versus());
      n.put("by", c.by().toString());
      ObjectNode d = n.putObject("difference");
      number(d, "median", c.difference().median());
      number(d, "mean", c.mean());
      number(d, "p5", c.difference().p5());
      number(d, "p95", c.difference().p95());
      n.put("probabilityMore", c.probabilityMore());
      n.put("probabilityFewer", c.probabilityFewer());
    }
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
