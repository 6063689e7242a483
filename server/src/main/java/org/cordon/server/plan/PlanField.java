package org.cordon.server.plan;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cordon.measure.DoorToDoorSurvey;
import org.cordon.measure.GuardSchedule;
import org.cordon.measure.JinshaTimeline;
import org.cordon.measure.Measure;

/**
 * The parts of a plan a planner can change besides the assumptions, each tied to the named
 * measure of the Jinsha timeline ({@link JinshaTimeline}) it edits: this enum is the one place
 * where a plan field maps onto the timeline. {@link #shorthandKey()} names the {@code jinsha:}
 * shorthand key of the scenario format that expresses the field, if any; a field without one is
 * written out as an edited timeline ({@link PlanScenario}).
 */
public enum PlanField {
  /** 红花 compound sealed on its own (entry only, trucks): the {@code honghua-closure} measure. */
  HONGHUA("honghua", Kind.DATE_TIME, "Honghua closure", "honghua-closure", "honghua"),
  /** The whole community sealed (213 checkpoints): the {@code community-closure} measure. */
  COMMUNITY("community", Kind.DATE_TIME, "Community closure", "community-closure", "community"),
  /** Guards at every checkpoint day and night: the {@code community-guards-24h} measure. */
  GUARDS_24H("guards24h", Kind.DATE_TIME, "Guards 24 h", "community-guards-24h", null),
  /** Door-to-door survey (摸排) start; its scope stages move with it. */
  SURVEY("survey", Kind.DATE_TIME, "Door-to-door survey", "survey", null),
  /** Home quarantine of close contacts from this date. */
  QUARANTINE("quarantine", Kind.DATE_TIME, "Quarantine of close contacts", "quarantine", null),
  /** Guards at one checkpoint at one time, by day and once 24 h. */
  GUARD_POSTS("guardPosts", Kind.COUNT, "Guards per checkpoint", "community-guards-24h", null),
  /** Shifts a day once guards are on 24 h. */
  GUARD_SHIFTS("guardShifts", Kind.COUNT, "Guard shifts a day (24 h)", "community-guards-24h", null),
  /** People surveying door to door each day. */
  SURVEY_STAFF("surveyStaff", Kind.COUNT, "Survey staff", "survey", null),
  /** Households one surveyor first visits in a day. */
  SURVEY_HOUSEHOLDS("surveyHouseholdsPerDay", Kind.NUMBER, "Households a surveyor visits a day", "survey", null);

  /** What a field's value is. */
  public enum Kind {
    /** a date and time ({@code 2020-02-10T08:00}) or {@code never} ({@code Optional.empty()}) */
    DATE_TIME,
    /** a whole number, at least 1 */
    COUNT,
    /** a number above 0 */
    NUMBER
  }

  private static final String DAY_GUARDS = "community-guards-day";

  private final String key;
  private final Kind kind;
  private final String label;
  private final String measure;
  private final String shorthandKey;

  PlanField(String key, Kind kind, String label, String measure, String shorthandKey) {
    this.key = key;
    this.kind = kind;
    this.label = label;
    this.measure = measure;
    this.shorthandKey = shorthandKey;
  }

  /** @return the field's key in a plan's JSON */
  public String key() {
    return key;
  }

  /** @return what the value is */
  public Kind kind() {
    return kind;
  }

  /** @return a label for the page */
  public String label() {
    return label;
  }

  /** @return the name of the timeline measure the field edits */
  public String measure() {
    return measure;
  }

  /** @return the {@code jinsha:} shorthand key that expresses this field, if the format has one */
  public Optional<String> shorthandKey() {
    return Optional.ofNullable(shorthandKey);
  }

  /**
   * @param key a plan JSON key
   * @return the field with that key
   */
  public static Optional<PlanField> byKey(String key) {
    for (PlanField f : values()) {
      if (f.key.equals(key)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads this field's value from a timeline's measures.
   *
   * @param measures the measures
   * @return in the representation of {@link Plan#values()}: for a date, {@code
   *     Optional<LocalDateTime>} (empty when the measure is absent: never); for a number, an
   *     {@code Integer} or {@code Double}, or an empty {@code Optional} when the measure is absent
   */
  public Object read(List<Measure> measures) {
    Optional<Measure> m = find(measures, measure);
    switch (this) {
      case GUARD_POSTS:
        return m.<Object>map(g -> ((GuardSchedule) g).postsPerCheckpoint()).orElse(Optional.empty());
      case GUARD_SHIFTS:
        return m.<Object>map(g -> ((GuardSchedule) g).shifts()).orElse(Optional.empty());
      case SURVEY_STAFF:
        return m.<Object>map(s -> ((DoorToDoorSurvey) s).staff()).orElse(Optional.empty());
      case SURVEY_HOUSEHOLDS:
        return m.<Object>map(s -> ((DoorToDoorSurvey) s).householdsPerStaffPerDay()).orElse(Optional.empty());
      default:
        return m.map(Measure::start);
    }
  }

  /**
   * Applies this field's value to a timeline in the scenario format ({@code TimelineYaml}: one
   * object per measure), the Jinsha timeline for the plan's shorthand dates. Values are written
   * as they are; the scenario reader checks them, so a bad value gets the message {@code cordon
   * compare} gives for the file. Only for fields without a shorthand key.
   *
   * @param timeline the measures, edited in place
   * @param value the value, in the representation {@link #read(List)} gives
   * @throws org.cordon.InvalidInputException if the measure to move is missing
   */
  void apply(ArrayNode timeline, Object value) {
    switch (this) {
      case GUARDS_24H: {
        Optional<?> at = (Optional<?>) value;
        if (at.isEmpty()) {
          remove(timeline, measure);
          node(timeline, DAY_GUARDS).ifPresent(n -> n.remove("end"));
        } else {
          String start = at.get().toString();
          require(timeline, measure).put("start", start);
          node(timeline, DAY_GUARDS).ifPresent(n -> n.put("end", start));
        }
        return;
      }
      case SURVEY: {
        Optional<?> at = (Optional<?>) value;
        if (at.isEmpty()) {
          remove(timeline, measure);
          return;
        }
        ObjectNode survey = require(timeline, measure);
        LocalDateTime start = (LocalDateTime) at.get();
        long days = ChronoUnit.DAYS.between(LocalDateTime.parse(survey.get("start").asText()).toLocalDate(),
            start.toLocalDate());
        survey.put("start", start.toString());
        for (JsonNode stage : survey.withArray("stages")) {
          ((ObjectNode) stage).put("from", LocalDate.parse(stage.get("from").asText()).plusDays(days).toString());
        }
        return;
      }
      case QUARANTINE: {
        Optional<?> at = (Optional<?>) value;
        if (at.isEmpty()) {
          remove(timeline, measure);
        } else {
          require(timeline, measure).put("start", at.get().toString());
        }
        return;
      }
      case GUARD_POSTS:
        node(timeline, measure).ifPresent(n -> n.put("postsPerCheckpoint", (Integer) value));
        node(timeline, DAY_GUARDS).ifPresent(n -> n.put("postsPerCheckpoint", (Integer) value));
        return;
      case GUARD_SHIFTS:
        node(timeline, measure).ifPresent(n -> n.put("shifts", (Integer) value));
        return;
      case SURVEY_STAFF:
        node(timeline, measure).ifPresent(n -> n.put("staff", (Integer) value));
        return;
      case SURVEY_HOUSEHOLDS:
        node(timeline, measure).ifPresent(n -> n.put("householdsPerStaffPerDay", (Double) value));
        return;
      default:
        throw new IllegalStateException(this + " is expressed by the jinsha: shorthand");
    }
  }

  private static Optional<ObjectNode> node(ArrayNode timeline, String name) {
    for (JsonNode n : timeline) {
      if (n.path("name").asText().equals(name)) {
        return Optional.of((ObjectNode) n);
      }
    }
    return Optional.empty();
  }

  private ObjectNode require(ArrayNode timeline, String name) {
    return node(timeline, name).orElseThrow(() -> org.cordon.InvalidInputException.argument(key,
        "the plan has no measure '" + name + "' to move (set it to never, or enable the measure it depends on)"));
  }

  private static void remove(ArrayNode timeline, String name) {
    for (int i = timeline.size() - 1; i >= 0; i--) {
      if (timeline.get(i).path("name").asText().equals(name)) {
        timeline.remove(i);
      }
    }
  }

  private static Optional<Measure> find(List<Measure> measures, String name) {
    return measures.stream().filter(m -> m.name().equals(name)).findFirst();
  }

}
