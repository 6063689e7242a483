package org.cordon.simulation.experiment;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cordon.InvalidInputException;
import org.cordon.community.Community;
import org.cordon.measure.ContainmentAssumptions;
import org.cordon.measure.JinshaResponse;
import org.cordon.measure.JinshaTimeline;
import org.cordon.measure.PolicyTimeline;
import org.cordon.simulation.disease.CaseFindingParameters;
import org.cordon.simulation.disease.DiseaseParameters;
import org.cordon.simulation.disease.ImportParameters;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.disease.TransmissionParameters;
import org.cordon.simulation.engine.TimelineInterventions;
import org.cordon.simulation.scenario.MeasureRegistry;
import org.cordon.simulation.scenario.ScenarioFile;
import org.cordon.simulation.scenario.TimelineYaml;
import org.cordon.simulation.scenario.YamlNode;

/**
 * Reads the engine's sections of a scenario file ({@link ScenarioFile}) into an {@link
 * Experiment}. Every key is optional; what is not given keeps its default:
 *
 * <pre>{@code
 * disease:
 *   calibration: jinsha-2020        # a preset's shipped calibration, a file (fit.yaml), or inline (optional)
 *   asymptomaticShare: 0.2          # any DiseaseParameters component
 *   transmission: {household: 0.022, transmissionScale: 0.8, changeDate: 2020-01-23, scaleFactorAfter: 0.3}  # TransmissionParameters
 *   caseFinding: {contactsOutsideHousehold: 3, feverOnsetMeanDays: 5.43,
 *                 quarantineSetting: FACILITY, facilityQuarantineFrom: 2020-02-02}  # CaseFindingParameters
 * imports: {shareInfectedWuhan: 0.004, shareInfectedHuanggang: 0.001, shareInfectedOther: 0.0002, exposureDays: 10}
 * variants:                         # baseline first; without this section one variant "baseline"
 *   - name: as-happened             # the file's timeline
 *     closureDate: 2020-01-25       # for the report (optional; with jinsha: its first closure)
 *   - name: late-city
 *     closureDate: 2020-02-10
 *     jinsha: {honghua: never, community: 2020-02-10T08:00}   # the Jinsha timeline with these parts moved
 *   - name: response-late
 *     jinsha: {honghua: never, community: 2020-02-10, disinfection: 2020-02-10, survey: 2020-02-10,
 *              quarantine: 2020-02-10}                          # isolationSwitch: as it happened
 *   - name: no-measures
 *     timeline: []                  # a timeline of its own (TimelineYaml format)
 *     assumptions: {vehicleLeakUnguarded: 0.5}                  # replaces the file's assumptions
 * }</pre>
 *
 * The {@code jinsha:} shorthand takes the parts of {@link JinshaResponse}: {@code honghua}, {@code
 * community}, {@code disinfection}, {@code survey}, {@code quarantine}, {@code isolationSwitch},
 * each a date-time, a date (meaning {@link JinshaResponse#START_HOUR}:00, as a sweep's dates) or
 * {@code never}; a part not given is as it happened.
 *
 * <p>A {@code calibration:} ({@link CalibrationYaml}: a preset's name, a {@code .yaml} file written
 * by {@code cordon calibrate --out}, or the same values inline) carries its posterior draws
 * (replicate {@code i} runs with draw {@code i mod size}) and its fitted containment assumptions;
 * the file's own {@code disease:}, {@code imports:} and {@code assumptions:} values win over both.
 * Unknown keys and bad values are rejected with the file, line and key.
 */
public final class ScenarioYaml {
  private static final Set<String> DISEASE_EXTRA = Set.of("calibration", "transmission", "caseFinding");
  private static final List<String> JINSHA_PARTS =
      List.of("honghua", "community", "disinfection", "survey", "quarantine", "isolationSwitch");
  private static final List<String> VARIANT_KEYS = List.of("name", "closureDate", "timeline", "assumptions", "jinsha");

  private ScenarioYaml() {}

  /**
   * @param file a scenario file
   * @return the experiment it describes
   * @throws InvalidInputException naming the file, line and key of the first bad value
   */
  public static Experiment read(Path file) {
    return of(ScenarioFile.read(file));
  }

  /**
   * @param file a scenario file
   * @param registry the measure types its timelines may use ({@link MeasureRegistry#standard()}
   *     with any added)
   * @return the experiment it describes
   * @throws InvalidInputException naming the file, line and key of the first bad value
   */
  public static Experiment read(Path file, MeasureRegistry registry) {
    return of(ScenarioFile.read(file, registry));
  }

  /**
   * @param file a parsed scenario file
   * @return the experiment it describes
   * @throws InvalidInputException naming the file, line and key of the first bad value
   */
  public static Experiment of(ScenarioFile file) {
    return of(file, file.community().load());
  }

  /**
   * As {@link #of(ScenarioFile)}, on a community already loaded from the file's {@code community:}
   * section ({@code cordon scenario check} validates with it everything {@code compare} reads).
   *
   * @param file a parsed scenario file
   * @param community its community
   * @return the experiment it describes
   * @throws InvalidInputException naming the file, line and key of the first bad value
   */
  public static Experiment of(ScenarioFile file, Community community) {
    Optional<YamlNode> disease = file.section("disease");
    Optional<YamlNode> imports = file.section("imports");
    Optional<Calibrated> calibration =
        disease.flatMap(d -> d.get("calibration")).map(c -> CalibrationYaml.resolve(c, file.baseDir()));
    ModelParameters defaults = ModelParameters.defaults();
    ModelParameters model = overrides(calibration.map(c -> c.apply(defaults)).orElse(defaults), disease, imports);
    // the file's own values win over every posterior draw, as over the point values
    List<ModelParameters> draws = calibration.map(c -> c.applyPosterior(defaults)).orElse(List.of()).stream()
        .map(p -> overrides(p, disease, imports)).toList();
    ContainmentAssumptions assumptions = calibration.map(c -> c.apply(ContainmentAssumptions.defaults()))
        .orElse(ContainmentAssumptions.defaults());
    List<Variant> variants = new ArrayList<>();
    Optional<YamlNode> section = file.section("variants");
    if (section.isEmpty()) {
      variants.add(new Variant("baseline", Optional.empty(), TimelineInterventions.of(timeline(file, null, community, assumptions))));
    } else {
      Set<String> names = new HashSet<>();
      for (YamlNode item : section.get().items()) {
        item.allowOnly(VARIANT_KEYS);
        String name = item.require("name").asText();
        if (name.isBlank()) {
          throw item.require("name").error("a variant needs a name: blank");
        }
        if (!names.add(name)) {
          throw item.require("name").error("duplicate variant '" + name + "'");
        }
        Optional<LocalDate> closure = item.get("closureDate").isPresent()
            ? item.get("closureDate").filter(n -> !n.isScalar("never")).map(YamlNode::asDate)
            : item.get("jinsha").flatMap(j -> response(j).firstClosure()).map(LocalDateTime::toLocalDate);
        variants.add(new Variant(name, closure, TimelineInterventions.of(timeline(file, item, community, assumptions))));
      }
      if (variants.isEmpty()) {
        throw section.get().error("no variant");
      }
    }
    return new Experiment(file.name(), community, file.start(), file.end(), model, variants, draws, calibration);
  }

  /** The variant's timeline ({@code variant} null: the file's), assumptions over the calibrated ones. */
  private static PolicyTimeline timeline(ScenarioFile file, YamlNode variant, Community community,
      ContainmentAssumptions calibrated) {
    Optional<YamlNode> own = variant == null ? Optional.empty() : variant.get("assumptions");
    ContainmentAssumptions a = own.or(() -> file.section("assumptions"))
        .map(n -> TimelineYaml.readAssumptions(n, calibrated)).orElse(calibrated);
    Optional<YamlNode> jinsha = variant == null ? Optional.empty() : variant.get("jinsha");
    if (jinsha.isPresent()) {
      if (variant.get("timeline").isPresent()) {
        throw variant.require("timeline").error("give either 'jinsha' or 'timeline', not both");
      }
      YamlNode j = jinsha.get();
      JinshaResponse response = response(j);
      try {
        return PolicyTimeline.builder(community, file.start(), file.end())
            .addAll(JinshaTimeline.measures(community, response)).assumptions(a).build();
      } catch (InvalidInputException e) {
        throw j.error(e.getMessage());
      }
    }
    Optional<YamlNode> timeline = (variant == null ? Optional.<YamlNode>empty() : variant.get("timeline"))
        .or(() -> file.section("timeline"));
    if (timeline.isPresent()) {
      return TimelineYaml.read(timeline.get(), a, community, file.start(), file.end(), file.registry());
    }
    return PolicyTimeline.builder(community, file.start(), file.end()).assumptions(a).build();
  }

  /**
   * Reads the {@code jinsha:} shorthand: each part of {@link JinshaResponse} as a date-time, a date
   * (at {@link JinshaResponse#START_HOUR}) or {@code never}; a part not given is as it happened.
   *
   * @param node the {@code jinsha:} mapping
   * @return the parts
   * @throws InvalidInputException naming the line of an unknown key or a bad value
   */
  public static JinshaResponse response(YamlNode node) {
    node.allowOnly(JINSHA_PARTS);
    JinshaResponse h = JinshaResponse.asItHappened();
    return new JinshaResponse(
        dateTime(node, "honghua", h.honghua()),
        dateTime(node, "community", h.community()),
        dateTime(node, "disinfection", h.disinfection()),
        dateTime(node, "survey", h.survey()),
        dateTime(node, "quarantine", h.quarantine()),
        dateTime(node, "isolationSwitch", h.isolationSwitch()));
  }

  private static Optional<LocalDateTime> dateTime(YamlNode node, String key, Optional<LocalDateTime> asHappened) {
    Optional<YamlNode> v = node.get(key);
    if (v.isEmpty()) {
      return asHappened;
    }
    if (v.get().isScalar("never")) {
      return Optional.empty();
    }
    String text = v.get().asText();
    return Optional.of(text.contains("T") ? v.get().asDateTime() : JinshaResponse.startOf(v.get().asDate()));
  }

  /** The file's {@code disease:} and {@code imports:} values over {@code p}. */
  private static ModelParameters overrides(ModelParameters p, Optional<YamlNode> disease, Optional<YamlNode> imports) {
    if (disease.isPresent()) {
      YamlNode d = disease.get();
      p = p.with(record(DiseaseParameters.class, p.disease(), d, DISEASE_EXTRA));
      if (d.get("transmission").isPresent()) {
        p = p.with(record(TransmissionParameters.class, p.transmission(), d.require("transmission"), Set.of()));
      }
      if (d.get("caseFinding").isPresent()) {
        p = p.with(record(CaseFindingParameters.class, p.caseFinding(), d.require("caseFinding"), Set.of()));
      }
    }
    if (imports.isPresent()) {
      p = p.with(record(ImportParameters.class, p.imports(), imports.get(), Set.of()));
    }
    return p;
  }

  /** Reads a record of doubles and dates: each component from its key, or from {@code defaults}. */
  private static <R extends Record> R record(Class<R> type, R defaults, YamlNode node, Set<String> skip) {
    RecordComponent[] components = type.getRecordComponents();
    List<String> known = new ArrayList<>(skip);
    for (RecordComponent c : components) {
      known.add(c.getName());
    }
    node.allowOnly(known);
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    YamlNode last = node;
    try {
      for (int i = 0; i < components.length; i++) {
        RecordComponent c = components[i];
        types[i] = c.getType();
        Optional<YamlNode> v = node.get(c.getName());
        if (v.isPresent()) {
          last = v.get();
          args[i] = c.getType() == LocalDate.class ? v.get().asDate()
              : c.getType().isEnum() ? enumValue(c.getType(), v.get()) : (Object) v.get().asDouble();
        } else {
          args[i] = c.getAccessor().invoke(defaults);
        }
      }
      return type.getDeclaredConstructor(types).newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof InvalidInputException) {
        InvalidInputException x = (InvalidInputException) e.getCause();
        String field = x.source().substring(x.source().lastIndexOf('.') + 1);
        throw node.get(field).orElse(last).error(x.problem());
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An enum constant by name (e.g. {@code HOME}), or an error naming the line and the constants. */
  private static Object enumValue(Class<?> type, YamlNode node) {
    String text = node.asText();
    for (Object c : type.getEnumConstants()) {
      if (((Enum<?>) c).name().equals(text)) {
        return c;
      }
    }
    throw node.error("not one of " + java.util.Arrays.toString(type.getEnumConstants()) + ": '"
        + InvalidInputException.echo(text) + "'");
  }

  /** @return the keys the {@code disease:} section accepts */
  public static List<String> diseaseKeys() {
    List<String> keys = new ArrayList<>(DISEASE_EXTRA);
    for (RecordComponent c : DiseaseParameters.class.getRecordComponents()) {
      keys.add(c.getName());
    }
    return keys;
  }
}
