package org.cordon.simulation.scenario;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.cordon.InvalidInputException;
import org.cordon.community.Checkpoint;
import org.cordon.community.Community;
import org.cordon.community.Compound;
import org.cordon.measure.CheckpointSet;
import org.cordon.measure.CompoundSet;
import org.cordon.measure.Ids;
import org.cordon.measure.Measure;

/**
 * Reads one measure from its YAML mapping, by its registered {@link MeasureType}: one key per
 * record component, compounds and checkpoints by name (forms in {@link MeasureRegistry}).
 */
final class MeasureReader {
  private final Community community;
  private final MeasureRegistry registry;

  MeasureReader(Community community, MeasureRegistry registry) {
    this.community = community;
    this.registry = registry;
  }

  Measure read(YamlNode m) {
    YamlNode typeNode = m.require("type");
    String name = typeNode.asText();
    MeasureType<?> type = registry.type(name).orElseThrow(() -> typeNode.error(
        "unknown measure type '" + name + "' (known: " + String.join(", ", registry.names()) + ")"));
    m.allowOnly(type.keys());
    return (Measure) record(type.type(), m, type);
  }

  /** Reads a record from a mapping: each component from its key, a default, or empty. */
  private Object record(Class<?> recordType, YamlNode node, MeasureType<?> type) {
    RecordComponent[] components = recordType.getRecordComponents();
    Map<String, Object> read = new LinkedHashMap<>();
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      types[i] = c.getType();
      Optional<YamlNode> v = node.get(c.getName());
      if (c.getType() == Optional.class) {
        args[i] = v.map(n -> value(typeArgument(c.getGenericType()), c, n));
      } else if (v.isPresent()) {
        args[i] = value(c.getGenericType(), c, v.get());
      } else {
        Optional<java.util.function.Function<Map<String, Object>, ?>> d =
            type == null ? Optional.empty() : type.defaultOf(c.getName());
        args[i] = d.isPresent() ? d.get().apply(read) : value(c.getGenericType(), c, node.require(c.getName()));
      }
      read.put(c.getName(), args[i]);
    }
    try {
      Constructor<?> constructor = recordType.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r instanceof InvalidInputException ? r : node.error(String.valueOf(r.getMessage()));
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("cannot construct " + recordType.getName() + ": " + e, e);
    }
  }

  private Object value(Type type, RecordComponent c, YamlNode node) {
    Class<?> raw = raw(type);
    if (raw == String.class) {
      return node.asText();
    } else if (raw == int.class || raw == Integer.class) {
      return node.asInt();
    } else if (raw == double.class || raw == Double.class) {
      return node.asDouble();
    } else if (raw == boolean.class || raw == Boolean.class) {
      return node.asBoolean();
    } else if (raw == LocalDateTime.class) {
      return node.asDateTime();
    } else if (raw == LocalDate.class) {
      return node.asDate();
    } else if (raw.isEnum()) {
      return enumValue(raw, node);
    } else if (raw == CompoundSet.class) {
      return node.isScalar("all") ? CompoundSet.allCompounds() : CompoundSet.of(compounds(node));
    } else if (raw == CheckpointSet.class) {
      return checkpointSet(node);
    } else if (raw.isRecord()) {
      node.allowOnly(java.util.Arrays.stream(raw.getRecordComponents()).map(RecordComponent::getName).toList());
      return record(raw, node, null);
    } else if (Collection.class.isAssignableFrom(raw)) {
      Type element = typeArgument(type);
      Ids ids = c.getAnnotation(Ids.class);
      List<Object> items = new ArrayList<>();
      if (ids != null) {
        items.addAll(ids.value() == Ids.Of.COMPOUNDS ? compounds(node) : checkpoints(node));
      } else {
        for (YamlNode item : node.items()) {
          items.add(value(element, c, item));
        }
      }
      return collection(raw, raw(element), items);
    }
    throw new IllegalStateException("no scenario-file form for " + type);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumValue(Class<?> raw, YamlNode node) {
    return node.asEnum((Class) raw);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object collection(Class<?> raw, Class<?> element, List<Object> items) {
    if (SortedSet.class.isAssignableFrom(raw)) {
      return ImmutableSortedSet.copyOf((Collection) items);
    } else if (Set.class.isAssignableFrom(raw)) {
      if (element.isEnum()) {
        EnumSet set = EnumSet.noneOf((Class) element);
        set.addAll(items);
        return Sets.immutableEnumSet(set);
      }
      return ImmutableSet.copyOf(items);
    }
    return ImmutableList.copyOf(items);
  }

  /** Throws unless the component's type has a scenario-file form. */
  static void checkSupported(Class<?> record, RecordComponent c) {
    Type t = c.getType() == Optional.class ? typeArgument(c.getGenericType()) : c.getGenericType();
    if (!supported(t, c)) {
      throw InvalidInputException.argument(
          "type", record.getSimpleName() + "." + c.getName() + " has a type with no scenario-file form: " + t);
    }
  }

  private static boolean supported(Type t, RecordComponent c) {
    Class<?> raw = raw(t);
    if (raw.isPrimitive() && raw != int.class && raw != double.class && raw != boolean.class) {
      return false;
    }
    if (raw.isPrimitive() || raw == String.class || raw == Integer.class || raw == Double.class || raw == Boolean.class
        || raw == LocalDateTime.class || raw == LocalDate.class || raw.isEnum() || raw == CompoundSet.class
        || raw == CheckpointSet.class) {
      return true;
    }
    if (raw.isRecord()) {
      for (RecordComponent inner : raw.getRecordComponents()) {
        if (!supported(inner.getGenericType(), inner)) {
          return false;
        }
      }
      return true;
    }
    if (raw == List.class || raw == ImmutableList.class || raw == Set.class || raw == ImmutableSet.class
        || raw == SortedSet.class || raw == ImmutableSortedSet.class || raw == Collection.class) {
      Class<?> element = raw(typeArgument(t));
      if (c.getAnnotation(Ids.class) != null) {
        return element == Integer.class;
      }
      return element.isEnum() || element.isRecord() ? supported(element, c) : element == String.class;
    }
    return false;
  }

  static Type typeArgument(Type t) {
    if (t instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[0];
    }
    throw new IllegalStateException("not a parameterized type: " + t);
  }

  static Class<?> raw(Type t) {
    if (t instanceof Class<?> c) {
      return c;
    } else if (t instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
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
