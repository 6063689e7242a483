package org.cordon.simulation.scenario;

import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.cordon.InvalidInputException;
import org.cordon.measure.BuildingPassageClosure;
import org.cordon.measure.CaseIsolation;
import org.cordon.measure.CheckpointSet;
import org.cordon.measure.CommunityClosure;
import org.cordon.measure.CompoundClosure;
import org.cordon.measure.ContactQuarantine;
import org.cordon.measure.Disinfection;
import org.cordon.measure.DoorToDoorSurvey;
import org.cordon.measure.GuardSchedule;
import org.cordon.measure.Measure;

/**
 * The measure types a scenario file may use, by {@code type:} name. A measure is read from and
 * written to its record components, one key each, in component order:
 *
 * <table>
 *   <caption>Component types and their scenario-file form</caption>
 *   <tr><th>component type</th><th>in the file</th></tr>
 *   <tr><td>{@code String}, {@code int}, {@code double}, {@code boolean}</td><td>a scalar</td></tr>
 *   <tr><td>{@code LocalDateTime} / {@code LocalDate}</td><td>{@code 2020-01-25T13:00} (or a date
 *   for 00:00) / {@code 2020-01-25}</td></tr>
 *   <tr><td>an enum</td><td>a constant's name, any case</td></tr>
 *   <tr><td>{@code Optional<T>}</td><td>T, or left out</td></tr>
 *   <tr><td>{@code CompoundSet}</td><td>{@code all} or a list of compound names (or ids)</td></tr>
 *   <tr><td>{@code CheckpointSet}</td><td>{@code all}, {@code {compounds: [...]}} or a list of
 *   checkpoint names (or ids)</td></tr>
 *   <tr><td>a set or list of {@code Integer} marked {@link org.cordon.measure.Ids}</td><td>a list
 *   of compound or checkpoint names (or ids)</td></tr>
 *   <tr><td>a set or list of enums or of records</td><td>a list (a record as a mapping of its
 *   components)</td></tr>
 * </table>
 *
 * <p>Adding a measure is its record and one line: {@code
 * MeasureRegistry.standard().with(MeasureType.of("mask-mandate", MaskMandate.class))}, passed to
 * {@link ScenarioFile#read(java.nio.file.Path, MeasureRegistry)}. An unknown {@code type:} in a
 * file, or a measure of an unregistered class to write, is an error. Immutable.
 */
public final class MeasureRegistry {
  private static final MeasureRegistry STANDARD =
      new MeasureRegistry(List.of())
          .with(MeasureType.of("compound-closure", CompoundClosure.class)
              .withDefault("checkpoints", read -> CheckpointSet.ofCompounds(ids(read.get("compounds"))))
              .withDefault("openForSupplies", ImmutableSortedSet.of()))
          .with(MeasureType.of("community-closure", CommunityClosure.class)
              .withDefault("checkpoints", CheckpointSet.all())
              .withDefault("openForSupplies", ImmutableSortedSet.of()))
          .with(MeasureType.of("building-passage-closure", BuildingPassageClosure.class))
          .with(MeasureType.of("guard-schedule", GuardSchedule.class))
          .with(MeasureType.of("survey", DoorToDoorSurvey.class).withDefault("dailyTemperatureCheck", true))
          .with(MeasureType.of("case-isolation", CaseIsolation.class))
          .with(MeasureType.of("contact-quarantine", ContactQuarantine.class))
          .with(MeasureType.of("disinfection", Disinfection.class).withDefault("publicPlaces", false));

  private final List<MeasureType<?>> types;

  private MeasureRegistry(List<MeasureType<?>> types) {
    this.types = List.copyOf(types);
  }

  /** @return the shipped measure types (the README's table) */
  public static MeasureRegistry standard() {
    return STANDARD;
  }

  /**
   * @param type a measure type
   * @return a registry with this one's types and {@code type}
   * @throws InvalidInputException if a type of that name or record class is registered already
   */
  public MeasureRegistry with(MeasureType<?> type) {
    for (MeasureType<?> t : types) {
      if (t.name().equals(type.name()) || t.type() == type.type()) {
        throw InvalidInputException.argument("type", type + " clashes with the registered " + t);
      }
    }
    List<MeasureType<?>> all = new ArrayList<>(types);
    all.add(type);
    return new MeasureRegistry(all);
  }

  /**
   * @param name a {@code type:} name
   * @return the type of that name, if registered
   */
  public Optional<MeasureType<?>> type(String name) {
    return types.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /**
   * @param measure a measure
   * @return the type of its class
   * @throws InvalidInputException if its class is not registered
   */
  public MeasureType<?> typeOf(Measure measure) {
    return types.stream()
        .filter(t -> t.type() == measure.getClass())
        .findFirst()
        .orElseThrow(() -> InvalidInputException.argument(
            "measure '" + measure.name() + "'",
            "its class " + measure.getClass().getName() + " has no registered measure type (known: " + names() + ")"));
  }

  /** @return the registered {@code type:} names, in registration order */
  public List<String> names() {
    return types.stream().map(MeasureType::name).toList();
  }

  @SuppressWarnings("unchecked")
  private static Collection<Integer> ids(Object o) {
    return (Collection<Integer>) o;
  }
}
