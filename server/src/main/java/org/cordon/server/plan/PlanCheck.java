package org.cordon.server.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a posted plan field by field in the planner's words before the model sees it, the same
 * checks the page makes in the browser: numbers whole and in range (no blank or letters read as
 * 0), dates inside the scenario, dates in order. Each failure is a {@link PlanProblem} on its
 * field. What passes may still be rejected by the model ({@link PlanProblem#of}).
 */
public final class PlanCheck {
  /** The largest count (guards, shifts, staff) a plan may give. */
  public static final int MAX_COUNT = 100_000;
  /** The largest number (households a surveyor visits a day) a plan may give. */
  public static final double MAX_NUMBER = 10_000;

  private PlanCheck() {}

  /**
   * Checks the values the JSON gives (a missing key keeps the baseline's, which is valid).
   *
   * @param json the posted plan
   * @param first the scenario's first day
   * @param last its last day
   * @param limits the server's limits
   * @throws PlanProblem on the first bad field
   */
  public static void fields(JsonNode json, LocalDate first, LocalDate last, PlanLimits limits) {
    if (json == null || !json.isObject()) {
      return; // Plan.fromJson says what is wrong with the whole
    }
    whole(json, "runs", 1, limits.maxRuns());
    if (json.has("seed") && !(json.get("seed").isIntegralNumber() && json.get("seed").canConvertToLong())) {
      throw new PlanProblem("seed", "Seed must be a whole number.", null);
    }
    if (json.has("residents") && !json.get("residents").isNull()) {
      whole(json, "residents", 1, limits.maxResidents());
    }
    for (PlanField f : PlanField.values()) {
      if (!json.has(f.key()) || json.get(f.key()).isNull()) {
        continue;
      }
      JsonNode v = json.get(f.key());
      switch (f.kind()) {
        case DATE_TIME:
          date(f, v, first, last);
          break;
        case COUNT:
          whole(json, f.key(), 1, MAX_COUNT);
          break;
        default:
          if (!v.isNumber() || !(v.asDouble() > 0 && v.asDouble() <= MAX_NUMBER)) {
            throw new PlanProblem(f.key(), f.label() + " must be a number above 0 and at most "
                + String.format(Locale.ENGLISH, "%,.0f", MAX_NUMBER) + ".", null);
          }
      }
    }
    JsonNode a = json.get("assumptions");
    if (a != null && a.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!PlannerWords.knownAssumption(e.getKey())) {
          continue; // Plan.fromJson names the unknown assumption, on the plan as a whole
        }
        double[] range = PlannerWords.assumptionRange(e.getKey());
        JsonNode v = e.getValue();
        if (!v.isNumber() || !(v.asDouble() >= range[0] && v.asDouble() <= range[1])) {
          throw new PlanProblem("assumptions." + e.getKey(), PlannerWords.assumption(e.getKey())
              + " must be a number from " + n(range[0]) + " to " + n(range[1]) + ".", null);
        }
      }
    }
  }

  /**
   * Checks the order of a plan's dates: Honghua closes before the community; guards go 24 h only
   * once the community is closed.
   *
   * @param plan a plan (after {@link Plan#fromJson}, so guards have followed a moved closure)
   * @throws PlanProblem on the field that is out of order
   */
  public static void order(Plan plan) {
    Optional<LocalDateTime> honghua = date(plan, PlanField.HONGHUA);
    Optional<LocalDateTime> community = date(plan, PlanField.COMMUNITY);
    Optional<LocalDateTime> guards = date(plan, PlanField.GUARDS_24H);
    if (honghua.isPresent() && community.isPresent() && !honghua.get().isBefore(community.get())) {
      throw new PlanProblem(PlanField.HONGHUA.key(), "Honghua closure must come before the community closure ("
          + PlannerWords.date(community.get()) + "), or be never: Honghua then closes with the community.", null);
    }
    if (guards.isPresent() && community.isEmpty()) {
      throw new PlanProblem(PlanField.GUARDS_24H.key(),
          "Guards 24 h need a community closure: set them to never, or give the community closure a date.", null);
    }
    if (guards.isPresent() && guards.get().isBefore(community.get())) {
      throw new PlanProblem(PlanField.GUARDS_24H.key(), "Guards 24 h cannot start before the community closure ("
          + PlannerWords.date(community.get()) + ").", null);
    }
  }

  @SuppressWarnings("unchecked")
  private static Optional<LocalDateTime> date(Plan plan, PlanField f) {
    Object v = plan.value(f);
    return v instanceof Optional<?> o ? (Optional<LocalDateTime>) o : Optional.empty();
  }

  private static void date(PlanField f, JsonNode v, LocalDate first, LocalDate last) {
    if (v.isTextual() && v.asText().equals("never")) {
      return;
    }
    String like = f.label() + " must be a date like " + PlannerWords.date(first.plusDays(31).atTime(8, 0))
        + ", or never.";
    if (!v.isTextual()) {
      throw new PlanProblem(f.key(), like, null);
    }
    LocalDateTime t;
    try {
      t = LocalDateTime.parse(v.asText());
    } catch (DateTimeParseException e) {
      throw new PlanProblem(f.key(), like, null);
    }
    if (t.toLocalDate().isBefore(first) || t.toLocalDate().isAfter(last)) {
      throw new PlanProblem(f.key(), f.label() + " must fall between " + PlannerWords.date(first) + " and "
          + PlannerWords.date(last) + " (the scenario's days), or be never.", null);
    }
  }

  private static void whole(JsonNode json, String key, int min, int max) {
    if (!json.has(key)) {
      return;
    }
    JsonNode v = json.get(key);
    if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < min || v.asInt() > max) {
      throw new PlanProblem(key, PlanProblem.labelOf(key) + " must be a whole number from "
          + String.format(Locale.ENGLISH, "%,d", min) + " to " + String.format(Locale.ENGLISH, "%,d", max) + ".", null);
    }
  }

  private static String n(double x) {
    return x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(x);
  }
}
