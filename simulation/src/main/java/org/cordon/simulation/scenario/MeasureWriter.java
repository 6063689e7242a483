package org.cordon.simulation.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Optional;
import org.cordon.community.Community;
import org.cordon.measure.CheckpointSet;
import org.cordon.measure.CompoundSet;
import org.cordon.measure.Ids;
import org.cordon.measure.Measure;

/**
 * Writes one measure as a YAML-ready tree from its record components (forms in {@link
 * MeasureRegistry}), naming compounds and checkpoints by name; an empty {@code Optional} is left
 * out.
 */
final class MeasureWriter {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private final Community community;
  private final MeasureRegistry registry;

  MeasureWriter(Community community, MeasureRegistry registry) {
    this.community = community;
    this.registry = registry;
  }

  ObjectNode write(Measure m) {
    ObjectNode o = F.objectNode();
    o.put("type", registry.typeOf(m).name());
    components((Record) m, o);
    return o;
  }

  private void components(Record r, ObjectNode o) {
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      Object v = get(c, r);
      if (v instanceof Optional<?> opt) {
        if (opt.isEmpty()) {
          continue;
        }
        v = opt.get();
      }
      o.set(c.getName(), value(v, c));
    }
  }

  private static Object get(RecordComponent c, Record r) {
    try {
      java.lang.reflect.Method accessor = c.getAccessor();
      accessor.setAccessible(true);
      return accessor.invoke(r);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + c, e);
    }
  }

  private JsonNode value(Object v, RecordComponent c) {
    if (v instanceof String s) {
      return F.textNode(s);
    } else if (v instanceof Integer i) {
      return F.numberNode(i);
    } else if (v instanceof Double d) {
      return F.numberNode(d);
    } else if (v instanceof Boolean b) {
      return F.booleanNode(b);
    } else if (v instanceof LocalDateTime t) {
      return F.textNode(time(t));
    } else if (v instanceof LocalDate d) {
      return F.textNode(d.toString());
    } else if (v instanceof Enum<?> e) {
      return F.textNode(e.name());
    } else if (v instanceof CompoundSet s) {
      return s.all() ? F.textNode("all") : compounds(s.ids());
    } else if (v instanceof CheckpointSet s) {
      return checkpointSet(s);
    } else if (v instanceof Record r) {
      ObjectNode o = F.objectNode();
      components(r, o);
      return o;
    } else if (v instanceof Collection<?> items) {
      Ids ids = c.getAnnotation(Ids.class);
      if (ids != null) {
        @SuppressWarnings("unchecked")
        Collection<Integer> list = (Collection<Integer>) items;
        return ids.value() == Ids.Of.COMPOUNDS ? compounds(list) : checkpoints(list);
      }
      ArrayNode a = F.arrayNode();
      for (Object item : items) {
        a.add(value(item, c));
      }
      return a;
    }
    throw new IllegalStateException("no scenario-file form for " + c + ": " + v);
  }

  static String time(LocalDateTime t) {
    return t.toString();
  }

  private ArrayNode compounds(Collection<Integer> ids) {
    ArrayNode a = F.arrayNode();
    ids.forEach(id -> a.add(community.compounds().get(id).name()));
    return a;
  }

  private JsonNode checkpointSet(CheckpointSet set) {
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
