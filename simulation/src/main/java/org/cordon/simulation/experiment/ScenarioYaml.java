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
import org.cordon.measure.JinshaTimeline;
import org.cordon.measure.PolicyTimeline;
import org.cordon.simulation.disease.CaseFindingParameters;
import org.cordon.simulation.disease.DiseaseParameters;
import org.cordon.simulation.disease.ImportParameters;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.disease.TransmissionParameters;
import org.cordon.simulation.engine.TimelineInterventions;
import org.cordon.simulation.scenario.ScenarioFile;
import org.cordon.simulation.scenario.TimelineYaml;
import org.cordon.simulation.scenario.YamlNode;

/**
 * Reads the engine's sections of a scenario file ({@link ScenarioFile}) into an {@link
 * Experiment}. Every key is optional; what is not given keeps its default:
 *
 * <pre>{@code
 * disease:
 *   calibration: jinsha-2020        # start from the shipped calibration (optional)
 *   asymptomaticShare: 0.2          # any DiseaseParameters component
 *   transmission: {household: 0.022, transmissionScale: 0.8}     # TransmissionParameters
 *   caseFinding: {contactsOutsideHousehold: 3}                    # CaseFindingParameters
 * imports: {shareInfectedWuhan: 0.004, shareInfectedHuanggang: 0.001, shareInfectedOther: 0.0002, exposureDays: 10}
 * variants:                         # baseline first; without this section one variant "baseline"
 *   - name: as-happened             # the file's timeline
 *     closureDate: 2020-01-25       # for the report (optional)
 *   - name: late-city
 *     closureDate: 2020-02-10
 *     jinsha: {honghua: never, community: 2020-02-10T08:00}   # the Jinsha timeline with these closures
 *   - name: no-measures
 *     timeline: []                  # a timeline of its own (TimelineYaml format)
 *     assumptions: {vehicleLeakUnguarded: 0.5}                  # replaces the file's assumptions
 * }</pre>
 *
 * Unknown keys and bad values are rejected with the file, line and key.
 */
public final class ScenarioYaml {
  private static final Set<String> DISEASE_EXTRA = Set.of("calibration", "transmission", "caseFinding");
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
   * @param file a parsed scenario file
   * @return the experiment it describes
   * @throws InvalidInputException naming the file, line and key of the first bad value
   */
  public static Experiment of(ScenarioFile file) {
    ModelParameters model = model(file.section("disease"), file.section("imports"));
    return of(file, file.community().load(), model);
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
    return of(file, community, model(file.section("disease"), file.section("imports")));
  }

  private static Experiment of(ScenarioFile file, Community community, ModelParameters model) {
    List<Variant> variants = new ArrayList<>();
    Optional<YamlNode> section = file.section("variants");
    if (section.isEmpty()) {
      variants.add(new Variant("baseline", Optional.empty(), TimelineInterventions.of(file.timeline(community))));
    } else {
      Set<String> names = new HashSet<>();
      for (YamlNode item : section.get().items()) {
        item.allowOnly(VARIANT_KEYS);
        String name = item.require("name").asText();
        if (!names.add(name)) {
          throw item.require("name").error("duplicate variant '" + name + "'");
        }
        Optional<LocalDate> closure = item.get("closureDate")
            .filter(n -> !n.isScalar("never")).map(YamlNode::asDate);
        variants.add(new Variant(name, closure, TimelineInterventions.of(timeline(file, item, community))));
      }
      if (variants.isEmpty()) {
        throw section.get().error("no variant");
      }
    }
    return new Experiment(file.name(), community, file.start(), file.end(), model, variants);
  }

  private static PolicyTimeline timeline(ScenarioFile file, YamlNode variant, Community community) {
    Optional<YamlNode> assumptions = variant.get("assumptions").or(() -> file.section("assumptions"));
    Optional<YamlNode> jinsha = variant.get("jinsha");
    if (jinsha.isPresent()) {
      if (variant.get("timeline").isPresent()) {
        throw variant.require("timeline").error("give either 'jinsha' or 'timeline', not both");
      }
      YamlNode j = jinsha.get();
      j.allowOnly(List.of("honghua", "community"));
      JinshaTimeline.Dates dates = new JinshaTimeline.Dates(dateTime(j, "honghua"), dateTime(j, "community"));
      ContainmentAssumptions a = assumptions.map(TimelineYaml::readAssumptions).orElse(ContainmentAssumptions.defaults());
      try {
        return PolicyTimeline.builder(community, file.start(), file.end())
            .addAll(JinshaTimeline.measures(community, dates)).assumptions(a).build();
      } catch (InvalidInputException e) {
        throw j.error(e.getMessage());
      }
    }
    Optional<YamlNode> own = variant.get("timeline").or(() -> file.section("timeline"));
    if (own.isPresent()) {
      return TimelineYaml.read(own.get(), assumptions, community, file.start(), file.end());
    }
    return PolicyTimeline.builder(community, file.start(), file.end())
        .assumptions(assumptions.map(TimelineYaml::readAssumptions).orElse(ContainmentAssumptions.defaults()))
        .build();
  }

  private static Optional<LocalDateTime> dateTime(YamlNode node, String key) {
    Optional<YamlNode> v = node.get(key);
    if (v.isEmpty() || v.get().isScalar("never")) {
      return Optional.empty();
    }
    return Optional.of(v.get().asDateTime());
  }

  /**
   * @param disease the {@code disease:} section, if any
   * @param imports the {@code imports:} section, if any
   * @return the model: defaults (or the named calibration) with the given values
   * @throws InvalidInputException naming the line and key of a bad value
   */
  public static ModelParameters model(Optional<YamlNode> disease, Optional<YamlNode> imports) {
    ModelParameters p = ModelParameters.defaults();
    if (disease.isPresent()) {
      YamlNode d = disease.get();
      Optional<YamlNode> calibration = d.get("calibration");
      if (calibration.isPresent()) {
        if (!calibration.get().isScalar(JinshaExperiment.NAME)) {
          throw calibration.get().error("unknown calibration (known: " + JinshaExperiment.NAME + ")");
        }
        p = Calibrated.jinsha2020().apply(p);
      }
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
          args[i] = c.getType() == LocalDate.class ? v.get().asDate() : (Object) v.get().asDouble();
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

  /** @return the keys the {@code disease:} section accepts */
  public static List<String> diseaseKeys() {
    List<String> keys = new ArrayList<>(DISEASE_EXTRA);
    for (RecordComponent c : DiseaseParameters.class.getRecordComponents()) {
      keys.add(c.getName());
    }
    return keys;
  }
}
