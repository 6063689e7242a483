package org.cordon.simulation.scenario;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.cordon.InvalidInputException;
import org.cordon.measure.Measure;

/**
 * How a measure record appears in a scenario file: its {@code type:} name, and one key per record
 * component, read and written from the components (see {@link MeasureRegistry} for the value
 * forms). A component may be left out of a file when it is an {@link Optional} (empty) or has a
 * default given here.
 *
 * <pre>{@code
 * MeasureType.of("disinfection", Disinfection.class).withDefault("publicPlaces", false)
 * }</pre>
 *
 * <p>Immutable: {@link #withDefault} returns a new type.
 *
 * @param <M> the measure record
 */
public final class MeasureType<M extends Record & Measure> {
  private final String name;
  private final Class<M> type;
  private final Map<String, Function<Map<String, Object>, ?>> defaults;

  private MeasureType(String name, Class<M> type, Map<String, Function<Map<String, Object>, ?>> defaults) {
    this.name = name;
    this.type = type;
    this.defaults = Collections.unmodifiableMap(defaults);
  }

  /**
   * @param name the {@code type:} name in scenario files, e.g. {@code "mask-mandate"}
   * @param type the measure's record class (public, so that its constructor can be called)
   * @param <M> the record
   * @return the type, with no default
   * @throws InvalidInputException if the name is blank or a component has no scenario-file form
   */
  public static <M extends Record & Measure> MeasureType<M> of(String name, Class<M> type) {
    Objects.requireNonNull(type, "type");
    if (name == null || !name.matches("[a-z][a-z0-9-]*")) {
      throw InvalidInputException.argument("type", "measure type name must be lower-case words joined by '-': " + name);
    }
    for (RecordComponent c : type.getRecordComponents()) {
      MeasureReader.checkSupported(type, c);
    }
    return new MeasureType<>(name, type, new LinkedHashMap<>());
  }

  /**
   * @param component a record component that may be left out of a file
   * @param value its value then
   * @return a new type with that default
   * @throws InvalidInputException if the record has no such component
   */
  public MeasureType<M> withDefault(String component, Object value) {
    return withDefault(component, read -> value);
  }

  /**
   * @param component a record component that may be left out of a file
   * @param value computes its value from the components read before it (by name)
   * @return a new type with that default
   * @throws InvalidInputException if the record has no such component
   */
  public MeasureType<M> withDefault(String component, Function<Map<String, Object>, ?> value) {
    if (!keys().contains(component) || component.equals("type")) {
      throw InvalidInputException.argument(
          "component", type.getSimpleName() + " has no component '" + component + "' (has " + keys() + ")");
    }
    Map<String, Function<Map<String, Object>, ?>> d = new LinkedHashMap<>(defaults);
    d.put(component, Objects.requireNonNull(value, "value"));
    return new MeasureType<>(name, type, d);
  }

  /** @return the {@code type:} name */
  public String name() {
    return name;
  }

  /** @return the record class */
  public Class<M> type() {
    return type;
  }

  /** @return the keys a measure of this type may have: {@code type} and its components */
  public List<String> keys() {
    List<String> keys = new ArrayList<>();
    keys.add("type");
    for (RecordComponent c : type.getRecordComponents()) {
      keys.add(c.getName());
    }
    return keys;
  }

  /** @return the default of a component, if any */
  Optional<Function<Map<String, Object>, ?>> defaultOf(String component) {
    return Optional.ofNullable(defaults.get(component));
  }

  @Override
  public String toString() {
    return "MeasureType[" + name + " = " + type.getName() + "]";
  }
}
