package org.cordon.simulation.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cordon.InvalidInputException;
import org.cordon.community.Community;
import org.cordon.measure.ContainmentAssumptions;
import org.cordon.measure.Measure;
import org.cordon.measure.MeasureException;
import org.cordon.measure.PolicyTimeline;

/**
 * Reads and writes the {@code timeline:} and {@code assumptions:} sections of a scenario file.
 * Compounds and checkpoints are named (a whole number is read as an id); every error names the
 * file, the line and the field, also for contradictions found only when the whole timeline is
 * validated.
 *
 * <pre>{@code
 * timeline:
 *   - type: compound-closure
 *     name: honghua-closure
 *     start: 2020-01-25T13:00
 *     compounds: [Honghua]
 *     mode: ENTRY_ONLY            # or FULL
 *     barrier: VEHICLES           # or IRON_SHEETS
 *     checkpoints: {compounds: [Honghua]}   # or: all, or a list of checkpoint names
 *     openForSupplies: []
 *   - type: guard-schedule
 *     name: honghua-guards
 *     start: 2020-01-25T13:00
 *     end: 2020-02-01T08:00
 *     hours: DAYTIME              # or ALL_DAY
 *     checkpoints: {compounds: [Honghua]}
 *     postsPerCheckpoint: 2
 *     shifts: 1
 * assumptions:
 *   vehicleLeakUnguarded: 0.4
 * }</pre>
 *
 * Other types: {@code community-closure}, {@code building-passage-closure} ({@code compounds}: all
 * or a list), {@code survey} ({@code staff}, {@code householdsPerStaffPerDay}, {@code stages: [{from,
 * scope}]}, {@code dailyTemperatureCheck}), {@code case-isolation} ({@code delayDays}), {@code
 * contact-quarantine} ({@code layers}, {@code lookbackDays}, {@code delayDays}, {@code
 * durationDays}), {@code disinfection} ({@code start}, {@code durationDays}, {@code places}, {@code
 * publicPlaces}; no {@code end}). Unknown keys are rejected.
 */
public final class TimelineYaml {
  private TimelineYaml() {}

  /**
   * Reads and validates a timeline.
   *
   * @param timeline the {@code timeline:} list
   * @param assumptions the {@code assumptions:} mapping, if any (missing values keep their defaults)
   * @param community the community whose compounds and checkpoints the measures name
   * @param first the scenario's first day
   * @param last the scenario's last day
   * @return the validated timeline
   * @throws InvalidInputException naming the file, line and field of the first bad value
   */
  public static PolicyTimeline read(
      YamlNode timeline, Optional<YamlNode> assumptions, Community community, LocalDate first, LocalDate last) {
    return read(timeline, assumptions, community, first, last, MeasureRegistry.standard());
  }

  /**
   * Reads and validates a timeline whose measures may be of added types.
   *
   * @param timeline the {@code timeline:} list
   * @param assumptions the {@code assumptions:} mapping, if any
   * @param community the community whose compounds and checkpoints the measures name
   * @param first the scenario's first day
   * @param last the scenario's last day
   * @param registry the measure types ({@code type:} names) accepted
   * @return the validated timeline
   * @throws InvalidInputException naming the file, line and field of the first bad value, e.g.
   *     an unknown {@code type:}
   */
  public static PolicyTimeline read(
      YamlNode timeline,
      Optional<YamlNode> assumptions,
      Community community,
      LocalDate first,
      LocalDate last,
      MeasureRegistry registry) {
    return read(timeline, assumptions.map(TimelineYaml::readAssumptions).orElse(ContainmentAssumptions.defaults()),
        community, first, last, registry);
  }

  /**
   * Reads and validates a timeline with assumptions already read.
   *
   * @param timeline the {@code timeline:} list
   * @param a the assumptions
   * @param community the community whose compounds and checkpoints the measures name
   * @param first the scenario's first day
   * @param last the scenario's last day
   * @return the validated timeline
   * @throws InvalidInputException naming the file, line and field of the first bad value
   */
  public static PolicyTimeline read(
      YamlNode timeline, ContainmentAssumptions a, Community community, LocalDate first, LocalDate last) {
    return read(timeline, a, community, first, last, MeasureRegistry.standard());
  }

  /**
   * Reads and validates a timeline with assumptions already read, whose measures may be of added
   * types.
   *
   * @param timeline the {@code timeline:} list
   * @param a the assumptions
   * @param community the community whose compounds and checkpoints the measures name
   * @param first the scenario's first day
   * @param last the scenario's last day
   * @param registry the measure types ({@code type:} names) accepted
   * @return the validated timeline
   * @throws InvalidInputException naming the file, line and field of the first bad value
   */
  public static PolicyTimeline read(
      YamlNode timeline,
      ContainmentAssumptions a,
      Community community,
      LocalDate first,
      LocalDate last,
      MeasureRegistry registry) {
    MeasureReader reader = new MeasureReader(community, registry);
    List<Measure> measures = new ArrayList<>();
    Map<String, YamlNode> nodes = new HashMap<>();
    for (YamlNode item : timeline.items()) {
      try {
        Measure m = reader.read(item);
        measures.add(m);
        nodes.putIfAbsent(m.name(), item);
      } catch (MeasureException e) {
        throw locate(e, item);
      }
    }
    try {
      return PolicyTimeline.builder(community, first, last).addAll(measures).assumptions(a).build();
    } catch (MeasureException e) {
      YamlNode at = nodes.getOrDefault(e.measure(), timeline);
      throw locate(e, at);
    }
  }

  /**
   * @param node the {@code assumptions:} mapping; each key an assumption name, each value in [0, 1]
   * @return the assumptions, defaults for the keys not given
   * @throws InvalidInputException naming the line of an unknown name or a bad value
   */
  public static ContainmentAssumptions readAssumptions(YamlNode node) {
    return readAssumptions(node, ContainmentAssumptions.defaults());
  }

  /**
   * @param node the {@code assumptions:} mapping; each key an assumption name, each value in [0, 1]
   * @param base the values of the keys not given (e.g. a calibration's over the defaults)
   * @return the assumptions
   * @throws InvalidInputException naming the line of an unknown name or a bad value
   */
  public static ContainmentAssumptions readAssumptions(YamlNode node, ContainmentAssumptions base) {
    ContainmentAssumptions.Builder b = base.toBuilder();
    node.allowOnly(ContainmentAssumptions.defaults().asMap().keySet());
    for (Map.Entry<String, YamlNode> e : node.entries().entrySet()) {
      b.set(e.getKey(), e.getValue().asProbability());
    }
    return b.build();
  }

  private static InvalidInputException locate(MeasureException e, YamlNode measureNode) {
    String field = e.field().orElse("");
    YamlNode at = field.isEmpty() ? measureNode : measureNode.locate(field);
    String path = field.isEmpty() ? measureNode.path() : measureNode.path() + "." + field;
    return new InvalidInputException(
        measureNode.source(), at.line(), path + " (measure '" + e.measure() + "')", e.problem(), e);
  }

  /**
   * @param timeline a timeline
   * @return its measures as a YAML-ready list, compounds and checkpoints by name
   */
  public static ArrayNode writeMeasures(PolicyTimeline timeline) {
    return writeMeasures(timeline, MeasureRegistry.standard());
  }

  /**
   * @param timeline a timeline
   * @param registry the types of its measures
   * @return its measures as a YAML-ready list, compounds and checkpoints by name
   * @throws InvalidInputException if a measure's class is not in {@code registry}
   */
  public static ArrayNode writeMeasures(PolicyTimeline timeline, MeasureRegistry registry) {
    MeasureWriter w = new MeasureWriter(timeline.community(), registry);
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    timeline.measures().forEach(m -> a.add(w.write(m)));
    return a;
  }

  /**
   * @param assumptions assumptions
   * @return every assumption by name, as a YAML-ready mapping
   */
  public static ObjectNode writeAssumptions(ContainmentAssumptions assumptions) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    assumptions.asMap().forEach(o::put);
    return o;
  }
}
