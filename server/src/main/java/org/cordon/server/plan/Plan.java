package org.cordon.server.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cordon.InvalidInputException;

/**
 * What a planner asks for: how many paired runs with which seed, optionally a scaled community,
 * the value of every {@link PlanField} and the containment assumptions by name. Read from the
 * JSON the page posts ({@link #fromJson}); a missing key keeps the baseline's value.
 *
 * <pre>{@code
 * {"runs": 200, "seed": 1, "community": "2020-02-10T08:00", "guards24h": "2020-02-12T08:00",
 *  "honghua": "never", "guardPosts": 2, "assumptions": {"vehicleLeakUnguarded": 0.3}}
 * }</pre>
 *
 * @param runs paired replicates per variant
 * @param seed the Monte Carlo seed
 * @param residents the number of residents to scale a preset community to, or empty for its size
 * @param values every plan field's value: {@code Optional<LocalDateTime>} for dates (empty:
 *     never), {@code Integer} for counts, {@code Double} for numbers; empty {@code Optional} for a
 *     number that does not apply (its measure is absent)
 * @param assumptions containment assumptions by name ({@code ContainmentAssumptions.asMap()})
 */
public record Plan(int runs, long seed, Optional<Integer> residents, Map<PlanField, Object> values,
    Map<String, Double> assumptions) {
  /** The keys besides the plan fields. */
  static final List<String> OTHER_KEYS = List.of("runs", "seed", "residents", "assumptions");

  /** Copies the maps. */
  public Plan {
    Objects.requireNonNull(residents, "residents");
    values = new EnumMap<>(values);
    assumptions = new LinkedHashMap<>(assumptions);
  }

  /**
   * @param field a field
   * @return its value
   */
  public Object value(PlanField field) {
    return values.get(field);
  }

  /**
   * @param json the posted plan
   * @param baseline the baseline plan, whose values fill what {@code json} leaves out
   * @param limits the server's limits
   * @return the plan
   * @throws InvalidInputException naming the key of an unknown key or a bad or out-of-range value
   */
  public static Plan fromJson(JsonNode json, Plan baseline, PlanLimits limits) {
    if (json == null || !json.isObject()) {
      throw InvalidInputException.argument("plan", "must be a JSON object");
    }
    List<String> known = new ArrayList<>(OTHER_KEYS);
    for (PlanField f : PlanField.values()) {
      known.add(f.key());
    }
    for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!known.contains(k)) {
        throw InvalidInputException.argument(k, "unknown plan field (known: " + String.join(", ", known) + ")");
      }
    }
    int runs = json.has("runs") ? wholeNumber(json.get("runs"), "runs") : baseline.runs();
    if (runs < 1 || runs > limits.maxRuns()) {
      throw InvalidInputException.argument("runs", "must be 1.." + limits.maxRuns() + ": " + runs);
    }
    long seed = baseline.seed();
    if (json.has("seed")) {
      JsonNode s = json.get("seed");
      if (!s.isIntegralNumber() || !s.canConvertToLong()) {
        throw InvalidInputException.argument("seed", "must be a whole number: " + s);
      }
      seed = s.asLong();
    }
    Optional<Integer> residents = baseline.residents();
    if (json.has("residents") && !json.get("residents").isNull()) {
      int n = wholeNumber(json.get("residents"), "residents");
      if (n < 1 || n > limits.maxResidents()) {
        throw InvalidInputException.argument("residents", "must be 1.." + limits.maxResidents() + ": " + n);
      }
      residents = Optional.of(n);
    }
    Map<PlanField, Object> values = new EnumMap<>(baseline.values());
    for (PlanField f : PlanField.values()) {
      if (json.has(f.key())) {
        values.put(f, value(f, json.get(f.key())));
      }
    }
    follow(values, baseline, json);
    Map<String, Double> assumptions = new LinkedHashMap<>(baseline.assumptions());
    if (json.has("assumptions")) {
      JsonNode a = json.get("assumptions");
      if (!a.isObject()) {
        throw InvalidInputException.argument("assumptions", "must be an object of name: value");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String name = "assumptions." + e.getKey();
        if (!assumptions.containsKey(e.getKey())) {
          throw InvalidInputException.argument(name, "unknown assumption (known: " + assumptions.keySet() + ")");
        }
        double v = number(e.getValue(), name);
        if (!(v >= 0 && v <= 1)) {
          throw InvalidInputException.argument(name, "must be a probability in [0, 1]: " + e.getValue());
        }
        assumptions.put(e.getKey(), v);
      }
    }
    return new Plan(runs, seed, residents, values, assumptions);
  }

  /**
   * Guards go 24 h a fixed time after the community closure (two days on the Jinsha timeline):
   * a plan that moves the closure and says nothing of the guards moves them with it.
   */
  @SuppressWarnings("unchecked")
  private static void follow(Map<PlanField, Object> values, Plan baseline, JsonNode json) {
    if (json.has(PlanField.GUARDS_24H.key()) || !json.has(PlanField.COMMUNITY.key())) {
      return;
    }
    Optional<LocalDateTime> closure = (Optional<LocalDateTime>) values.get(PlanField.COMMUNITY);
    Optional<LocalDateTime> baseClosure = (Optional<LocalDateTime>) baseline.value(PlanField.COMMUNITY);
    Optional<LocalDateTime> baseGuards = (Optional<LocalDateTime>) baseline.value(PlanField.GUARDS_24H);
    if (closure.isEmpty()) {
      values.put(PlanField.GUARDS_24H, Optional.empty());
    } else if (baseClosure.isPresent() && baseGuards.isPresent()) {
      java.time.Duration gap = java.time.Duration.between(baseClosure.get(), baseGuards.get());
      values.put(PlanField.GUARDS_24H, Optional.of(closure.get().plus(gap)));
    }
  }

  private static Object value(PlanField f, JsonNode v) {
    switch (f.kind()) {
      case DATE_TIME: {
        if (v.isNull() || (v.isTextual() && v.asText().equals("never"))) {
          return Optional.empty();
        }
        if (!v.isTextual()) {
          throw InvalidInputException.argument(f.key(), "must be a date-time like 2020-02-10T08:00, or never: " + v);
        }
        try {
          return Optional.of(LocalDateTime.parse(v.asText()));
        } catch (DateTimeParseException e) {
          throw InvalidInputException.argument(f.key(), "not a date-time like 2020-02-10T08:00, or never: " + v.asText());
        }
      }
      case COUNT: {
        if (v.isNull()) {
          return Optional.empty();
        }
        int n = wholeNumber(v, f.key());
        if (n < 1 || n > 100_000) {
          throw InvalidInputException.argument(f.key(), "must be 1..100000: " + n);
        }
        return n;
      }
      default: {
        if (v.isNull()) {
          return Optional.empty();
        }
        double x = number(v, f.key());
        if (!(x > 0 && x <= 10_000)) {
          throw InvalidInputException.argument(f.key(), "must be above 0 and at most 10000: " + v);
        }
        return x;
      }
    }
  }

  private static int wholeNumber(JsonNode v, String key) {
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw InvalidInputException.argument(key, "must be a whole number: " + v);
    }
    return v.asInt();
  }

  private static double number(JsonNode v, String key) {
    if (!v.isNumber()) {
      throw InvalidInputException.argument(key, "must be a number: " + v);
    }
    return v.asDouble();
  }

  /** @return this plan as the JSON {@link #fromJson} reads ({@code never} for an absent date) */
  public ObjectNode toJson() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("runs", runs);
    o.put("seed", seed);
    if (residents.isPresent()) {
      o.put("residents", residents.get());
    } else {
      o.putNull("residents");
    }
    for (PlanField f : PlanField.values()) {
      Object v = values.get(f);
      if (v instanceof Optional<?> opt) {
        if (f.kind() == PlanField.Kind.DATE_TIME) {
          o.put(f.key(), opt.map(Object::toString).orElse("never"));
        } else {
          o.putNull(f.key());
        }
      } else if (v instanceof Integer i) {
        o.put(f.key(), i);
      } else if (v instanceof Double d) {
        o.put(f.key(), d);
      }
    }
    ObjectNode a = o.putObject("assumptions");
    assumptions.forEach(a::put);
    return o;
  }

  /**
   * @param runs other runs
   * @param seed another seed
   * @return this plan with them
   */
  public Plan withRuns(int runs, long seed) {
    return new Plan(runs, seed, residents, values, assumptions);
  }
}
