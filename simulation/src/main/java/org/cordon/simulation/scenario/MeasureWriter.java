package org.cordon.simulation.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.util.Collection;
import org.cordon.community.Community;
import org.cordon.contact.Layer;
import org.cordon.measure.BuildingPassageClosure;
import org.cordon.measure.CaseIsolation;
import org.cordon.measure.CheckpointSet;
import org.cordon.measure.Closure;
import org.cordon.measure.CompoundClosure;
import org.cordon.measure.CompoundSet;
import org.cordon.measure.ContactQuarantine;
import org.cordon.measure.Disinfection;
import org.cordon.measure.DoorToDoorSurvey;
import org.cordon.measure.GuardSchedule;
import org.cordon.measure.Measure;
import org.cordon.measure.ScopeStage;

/** Writes one measure as a YAML-ready tree, naming compounds and checkpoints by name. */
final class MeasureWriter {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private final Community community;

  MeasureWriter(Community community) {
    this.community = community;
  }

  ObjectNode write(Measure m) {
    ObjectNode o = F.objectNode();
    o.put("type", MeasureTypes.of(m));
    o.put("name", m.name());
    o.put("start", time(m.start()));
    if (!(m instanceof Disinfection)) {
      m.end().ifPresent(e -> o.put("end", time(e)));
    }
    if (m instanceof CompoundClosure c) {
      o.set("compounds", compounds(c.compounds()));
    }
    if (m instanceof Closure c) {
      o.put("mode", c.mode().name());
      o.put("barrier", c.barrier().name());
      o.set("checkpoints", checkpointSet(c.checkpoints()));
      o.set("openForSupplies", checkpoints(c.openForSupplies()));
    } else if (m instanceof BuildingPassageClosure b) {
      o.set("compounds", compoundSet(b.compounds()));
    } else if (m instanceof GuardSchedule g) {
      o.put("hours", g.hours().name());
      o.set("checkpoints", checkpointSet(g.checkpoints()));
      o.put("postsPerCheckpoint", g.postsPerCheckpoint());
      o.put("shifts", g.shifts());
    } else if (m instanceof DoorToDoorSurvey s) {
      o.put("staff", s.staff());
      o.put("householdsPerStaffPerDay", s.householdsPerStaffPerDay());
      ArrayNode stages = o.putArray("stages");
      for (ScopeStage st : s.stages()) {
        stages.addObject().put("from", st.from().toString()).put("scope", st.scope().name());
      }
      o.put("dailyTemperatureCheck", s.dailyTemperatureCheck());
    } else if (m instanceof CaseIsolation i) {
      o.put("delayDays", i.delayDays());
    } else if (m instanceof ContactQuarantine q) {
      ArrayNode layers = o.putArray("layers");
      for (Layer l : Layer.values()) {
        if (q.layers().contains(l)) {
          layers.add(l.name());
        }
      }
      o.put("lookbackDays", q.lookbackDays());
      o.put("delayDays", q.delayDays());
      o.put("durationDays", q.durationDays());
    } else if (m instanceof Disinfection d) {
      o.put("durationDays", d.durationDays());
      o.set("places", compoundSet(d.places()));
      o.put("publicPlaces", d.publicPlaces());
    }
    return o;
  }

  static String time(LocalDateTime t) {
    return t.toString();
  }

  private com.fasterxml.jackson.databind.JsonNode compoundSet(CompoundSet set) {
    return set.all() ? F.textNode("all") : compounds(set.ids());
  }

  private ArrayNode compounds(Collection<Integer> ids) {
    ArrayNode a = F.arrayNode();
    ids.forEach(id -> a.add(community.compounds().get(id).name()));
    return a;
  }

  private com.fasterxml.jackson.databind.JsonNode checkpointSet(CheckpointSet set) {
    switch (set.kind()) {
      case ALL:
        return F.textNode("all");
      case OF_COMPOUNDS: {
        ObjectNode o = F.objectNode();
        o.set("compounds", compounds(set.ids()));
        return o;
      }
      default:
        return checkpoints(set.ids());
    }
  }

  private ArrayNode checkpoints(Collection<Integer> ids) {
    ArrayNode a = F.arrayNode();
    ids.forEach(id -> a.add(community.checkpoints().get(id).name()));
    return a;
  }
}
