package org.cordon.simulation.scenario;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cordon.community.Checkpoint;
import org.cordon.community.Community;
import org.cordon.community.Compound;
import org.cordon.contact.Layer;
import org.cordon.measure.BarrierType;
import org.cordon.measure.BuildingPassageClosure;
import org.cordon.measure.CaseIsolation;
import org.cordon.measure.CheckpointSet;
import org.cordon.measure.ClosureMode;
import org.cordon.measure.CommunityClosure;
import org.cordon.measure.CompoundClosure;
import org.cordon.measure.CompoundSet;
import org.cordon.measure.ContactQuarantine;
import org.cordon.measure.Disinfection;
import org.cordon.measure.DoorToDoorSurvey;
import org.cordon.measure.GuardHours;
import org.cordon.measure.GuardSchedule;
import org.cordon.measure.Measure;
import org.cordon.measure.ScopeStage;
import org.cordon.measure.SurveyScope;

/** Reads one measure from its YAML mapping, resolving compound and checkpoint names. */
final class MeasureReader {
  private final Community community;

  MeasureReader(Community community) {
    this.community = community;
  }

  Measure read(YamlNode m) {
    YamlNode typeNode = m.require("type");
    String type = typeNode.asText();
    if (!MeasureTypes.ALL.contains(type)) {
      throw typeNode.error("unknown measure type '" + type + "' (known: " + String.join(", ", MeasureTypes.ALL) + ")");
    }
    m.allowOnly(MeasureTypes.keys(type));
    String name = m.require("name").asText();
    LocalDateTime start = m.require("start").asDateTime();
    Optional<LocalDateTime> end = m.get("end").map(YamlNode::asDateTime);
    switch (type) {
      case MeasureTypes.COMPOUND_CLOSURE: {
        List<Integer> compounds = compounds(m.require("compounds"));
        CompoundClosure.Builder b =
            CompoundClosure.builder(name)
                .start(start)
                .end(end.orElse(null))
                .compounds(compounds)
                .mode(m.require("mode").asEnum(ClosureMode.class))
                .barrier(m.require("barrier").asEnum(BarrierType.class))
                .openForSupplies(m.get("openForSupplies").map(this::checkpoints).orElse(List.of()));
        m.get("checkpoints").map(this::checkpointSet).ifPresent(b::checkpoints);
        return b.build();
      }
      case MeasureTypes.COMMUNITY_CLOSURE:
        return new CommunityClosure(
            name,
            start,
            end,
            m.require("mode").asEnum(ClosureMode.class),
            m.require("barrier").asEnum(BarrierType.class),
            m.get("checkpoints").map(this::checkpointSet).orElse(CheckpointSet.all()),
            ImmutableSortedSet.copyOf(m.get("openForSupplies").map(this::checkpoints).orElse(List.of())));
      case MeasureTypes.BUILDING_PASSAGE_CLOSURE:
        return new BuildingPassageClosure(name, start, end, compoundSet(m.require("compounds")));
      case MeasureTypes.GUARD_SCHEDULE:
        return new GuardSchedule(
            name,
            start,
            end,
            m.require("hours").asEnum(GuardHours.class),
            checkpointSet(m.require("checkpoints")),
            m.require("postsPerCheckpoint").asInt(),
            m.require("shifts").asInt());
      case MeasureTypes.SURVEY: {
        List<ScopeStage> stages = new ArrayList<>();
        for (YamlNode s : m.require("stages").items()) {
          s.allowOnly(List.of("from", "scope"));
          stages.add(new ScopeStage(s.require("from").asDate(), s.require("scope").asEnum(SurveyScope.class)));
        }
        return DoorToDoorSurvey.of(
            name,
            start,
            end,
            m.require("staff").asInt(),
            m.require("householdsPerStaffPerDay").asDouble(),
            stages,
            m.get("dailyTemperatureCheck").map(YamlNode::asBoolean).orElse(true));
      }
      case MeasureTypes.CASE_ISOLATION:
        return new CaseIsolation(name, start, end, m.require("delayDays").asDouble());
      case MeasureTypes.CONTACT_QUARANTINE: {
        Set<Layer> layers = EnumSet.noneOf(Layer.class);
        for (YamlNode l : m.require("layers").items()) {
          layers.add(l.asEnum(Layer.class));
        }
        return ContactQuarantine.of(
            name,
            start,
            end,
            layers,
            m.require("lookbackDays").asInt(),
            m.require("delayDays").asDouble(),
            m.require("durationDays").asInt());
      }
      default:
        return new Disinfection(
            name,
            start,
            m.require("durationDays").asInt(),
            compoundSet(m.require("places")),
            m.get("publicPlaces").map(YamlNode::asBoolean).orElse(false));
    }
  }

  private CompoundSet compoundSet(YamlNode node) {
    return node.isScalar("all") ? CompoundSet.allCompounds() : CompoundSet.of(compounds(node));
  }

  private CheckpointSet checkpointSet(YamlNode node) {
    if (node.isScalar("all")) {
      return CheckpointSet.all();
    }
    if (node.kind() == YamlNode.Kind.MAP) {
      node.allowOnly(List.of("compounds"));
      return CheckpointSet.ofCompounds(compounds(node.require("compounds")));
    }
    return CheckpointSet.of(checkpoints(node));
  }

  private List<Integer> compounds(YamlNode list) {
    List<Integer> ids = new ArrayList<>();
    for (YamlNode item : list.items()) {
      ids.add(compound(item));
    }
    return ids;
  }

  private int compound(YamlNode item) {
    String ref = item.asText();
    for (Compound c : community.compounds()) {
      if (c.name().equals(ref)) {
        return c.id();
      }
    }
    if (ref.matches("\\d+")) {
      int id = Integer.parseInt(ref);
      if (id < community.compounds().size()) {
        return id;
      }
      throw item.error("unknown compound id " + id + " (community has " + community.compounds().size() + ")");
    }
    throw item.error("unknown compound '" + ref + "'");
  }

  private List<Integer> checkpoints(YamlNode list) {
    List<Integer> ids = new ArrayList<>();
    for (YamlNode item : list.items()) {
      ids.add(checkpoint(item));
    }
    return ids;
  }

  private int checkpoint(YamlNode item) {
    String ref = item.asText();
    for (Checkpoint c : community.checkpoints()) {
      if (c.name().equals(ref)) {
        return c.id();
      }
    }
    if (ref.matches("\\d+")) {
      int id = Integer.parseInt(ref);
      if (id < community.checkpoints().size()) {
        return id;
      }
      throw item.error("unknown checkpoint id " + id + " (community has " + community.checkpoints().size() + ")");
    }
    throw item.error("unknown checkpoint '" + ref + "'");
  }
}
