package org.cordon.server.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cordon.InvalidInputException;
import org.cordon.community.Community;
import org.cordon.measure.ContainmentAssumptions;
import org.cordon.measure.JinshaResponse;
import org.cordon.measure.JinshaTimeline;
import org.cordon.measure.Measure;
import org.cordon.measure.PolicyTimeline;
import org.cordon.simulation.engine.TimelineInterventions;
import org.cordon.simulation.experiment.Calibrated;
import org.cordon.simulation.experiment.Experiment;
import org.cordon.simulation.experiment.JinshaExperiment;
import org.cordon.simulation.experiment.Presets;
import org.cordon.simulation.experiment.ScenarioYaml;
import org.cordon.simulation.experiment.Scenarios;
import org.cordon.simulation.scenario.CommunitySpec;
import org.cordon.simulation.scenario.ScenarioFile;
import org.cordon.simulation.scenario.TimelineYaml;

/**
 * Turns a {@link Plan} into a scenario file with two variants, the base scenario's baseline and
 * the plan, so that a run is exactly {@code cordon compare --scenario THAT_FILE --runs N --seed
 * S}. The plan variant uses the {@code jinsha:} shorthand for the parts it expresses and the
 * plan's {@code assumptions:}; when a field the shorthand does not express ({@link
 * PlanField#shorthandKey()}) differs from what the shorthand implies, the variant is written as
 * the Jinsha timeline with those edits ({@code timeline:}).
 *
 * <p>The base is the {@code jinsha-2020} preset (its community, the shipped calibration's point
 * values with {@code disease: {calibration: jinsha-2020}} and its fitted assumptions) or a
 * scenario file whose community has the compounds the Jinsha timeline names; the file's first
 * variant is the baseline. The preset's posterior draws have no YAML form yet, so a plan on the
 * preset runs every replicate with the calibration's point values.
 */
public final class PlanScenario {
  /** The source name of the derived scenario in error messages. */
  public static final String SOURCE = "plan.yaml";
  /** The plan variant's name. */
  public static final String PLAN_VARIANT = "plan";

  private final ObjectNode head;
  private final ObjectNode baselineVariant;
  private final CommunitySpec communitySpec;
  private final Community community;
  private final Plan baseline;
  private final PolicyTimeline baselineTimeline;
  private final Map<Integer, Community> scaled = new LinkedHashMap<>();

  private PlanScenario(ObjectNode head, ObjectNode baselineVariant, CommunitySpec communitySpec) {
    this.head = head;
    this.baselineVariant = baselineVariant;
    this.communitySpec = communitySpec;
    Experiment x = parse(tree(head, baselineVariant, Optional.empty()));
    this.community = x.community();
    for (String name : List.of(JinshaTimeline.HONGHUA, JinshaTimeline.VILLAGER_GROUP_5, JinshaTimeline.COTTON_MILL,
        JinshaTimeline.TRAFFIC_POLICE)) {
      if (community.compounds().stream().noneMatch(c -> c.name().equals(name))) {
        throw InvalidInputException.argument("--scenario",
            "the what-if page plans on the Jinsha timeline; the community has no compound '" + name + "'");
      }
    }
    this.baselineTimeline = timeline(x, 0);
    Map<PlanField, Object> values = new java.util.EnumMap<>(PlanField.class);
    for (PlanField f : PlanField.values()) {
      values.put(f, f.read(baselineTimeline.measures()));
    }
    this.baseline = new Plan(DEFAULT_RUNS, 1, communitySpec.residents(), values, baselineTimeline.assumptions().asMap());
  }

  /** Default paired runs per variant (as {@code cordon compare}). */
  public static final int DEFAULT_RUNS = 200;

  /**
   * @param scenario {@code jinsha-2020} or a scenario file
   * @return the plan scenario over it
   * @throws InvalidInputException if the preset is unknown, the file is bad, or its community
   *     lacks the Jinsha compounds
   */
  public static PlanScenario resolve(String scenario) {
    if (Presets.find(scenario).isPresent()) {
      return jinsha2020();
    }
    return file(Path.of(scenario));
  }

  /** @return the plan scenario over the jinsha-2020 preset */
  public static PlanScenario jinsha2020() {
    CommunitySpec spec = CommunitySpec.preset(JinshaExperiment.NAME, Scenarios.COMMUNITY_SEED);
    ObjectNode head = JsonNodeFactory.instance.objectNode();
    head.put("name", JinshaExperiment.NAME);
    head.set("community", spec.toTree());
    head.put("start", JinshaTimeline.FIRST_DAY.toString());
    head.put("end", JinshaTimeline.LAST_DAY.toString());
    head.putObject("disease").put("calibration", JinshaExperiment.NAME);
    ObjectNode a = head.putObject("assumptions");
    Calibrated.jinsha2020().apply(ContainmentAssumptions.defaults()).asMap().forEach(a::put);
    ObjectNode baseline = JsonNodeFactory.instance.objectNode();
    baseline.put("name", JinshaExperiment.VARIANTS.get(0));
    baseline.put("closureDate", JinshaTimeline.HONGHUA_CLOSURE.toLocalDate().toString());
    ObjectNode j = baseline.putObject("jinsha");
    j.put("honghua", JinshaTimeline.HONGHUA_CLOSURE.toString());
    j.put("community", JinshaTimeline.COMMUNITY_CLOSURE.toString());
    return new PlanScenario(head, baseline, spec);
  }

  /**
   * @param file a scenario file whose community has the Jinsha compounds
   * @return the plan scenario over it (its first variant, or its timeline, is the baseline)
   * @throws InvalidInputException if the file is bad or its community lacks the Jinsha compounds
   */
  public static PlanScenario file(Path file) {
    ScenarioFile parsed = Scenarios.readFile(file.toString()).file(); // as compare reads it
    JsonNode root;
    try {
      root = new YAMLMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ObjectNode head = ((ObjectNode) root).deepCopy();
    head.remove("variants");
    head.set("community", parsed.community().toTree());
    JsonNode variants = root.get("variants");
    ObjectNode baseline = variants != null && variants.size() > 0
        ? ((ObjectNode) variants.get(0)).deepCopy()
        : JsonNodeFactory.instance.objectNode().put("name", "baseline");
    return new PlanScenario(head, baseline, parsed.community());
  }

  /** @return the baseline plan: the baseline variant's values, {@value #DEFAULT_RUNS} runs, seed 1 */
  public Plan baseline() {
    return baseline;
  }

  /** @return the baseline variant's timeline */
  public PolicyTimeline baselineTimeline() {
    return baselineTimeline;
  }

  /** @return the base scenario's name */
  public String name() {
    return head.get("name").asText();
  }

  /** @return the baseline variant's name */
  public String baselineName() {
    return baselineVariant.get("name").asText();
  }

  /** @return the plan variant's name (differs from the baseline's) */
  public String planName() {
    return baselineName().equals(PLAN_VARIANT) ? PLAN_VARIANT + "-edited" : PLAN_VARIANT;
  }

  /** @return the base community (the plan's residents may scale it) */
  public Community community() {
    return community;
  }

  /**
   * @param plan a plan
   * @return the scenario file's text: the baseline and the plan as variants
   * @throws InvalidInputException if the plan contradicts itself or the scenario (naming the field)
   */
  public String yaml(Plan plan) {
    return ScenarioFile.toYaml(tree(plan));
  }

  /**
   * @param plan a plan
   * @return the scenario file's tree
   * @throws InvalidInputException if the plan contradicts itself or the scenario (naming the field)
   */
  public ObjectNode tree(Plan plan) {
    return tree(head(plan), baselineVariant, Optional.of(planVariant(plan)));
  }

  /**
   * @param yaml a scenario file's text from {@link #yaml(Plan)}
   * @return the experiment it describes, read as {@code cordon compare} reads the file
   * @throws InvalidInputException naming {@value #SOURCE}, the line and the key of a bad value
   */
  public static Experiment experiment(String yaml) {
    return ScenarioYaml.of(ScenarioFile.parse(SOURCE, yaml, Path.of(".")));
  }

  /**
   * @param x an experiment from {@link #experiment(String)}
   * @param variant a variant index
   * @return that variant's timeline
   */
  public static PolicyTimeline timeline(Experiment x, int variant) {
    return ((TimelineInterventions) x.variants().get(variant).interventions()).timeline();
  }

  private static Experiment parse(ObjectNode tree) {
    return experiment(ScenarioFile.toYaml(tree));
  }

  private ObjectNode head(Plan plan) {
    ObjectNode h = head.deepCopy();
    if (!plan.residents().equals(communitySpec.residents())) {
      if (communitySpec.preset().isEmpty()) {
        throw InvalidInputException.argument("residents", "only for a preset community, not a register");
      }
      h.set("community", plan.residents()
          .map(n -> CommunitySpec.preset(communitySpec.preset().get(), communitySpec.seed(), n))
          .orElse(CommunitySpec.preset(communitySpec.preset().get(), communitySpec.seed())).toTree());
    }
    return h;
  }

  private static ObjectNode tree(ObjectNode head, ObjectNode baseline, Optional<ObjectNode> plan) {
    ObjectNode t = head.deepCopy();
    var variants = t.putArray("variants");
    variants.add(baseline.deepCopy());
    plan.ifPresent(variants::add);
    return t;
  }

  @SuppressWarnings("unchecked")
  private static Optional<LocalDateTime> date(Plan plan, PlanField f) {
    return (Optional<LocalDateTime>) plan.value(f);
  }

  private ObjectNode planVariant(Plan plan) {
    Optional<LocalDateTime> honghua = date(plan, PlanField.HONGHUA);
    Optional<LocalDateTime> closure = date(plan, PlanField.COMMUNITY);
    if (honghua.isPresent() && closure.isPresent() && !honghua.get().isBefore(closure.get())) {
      throw InvalidInputException.argument(PlanField.HONGHUA.key(), "Honghua closes " + honghua.get()
          + ", not before the community closure " + closure.get() + " (set it to never: it closes with the community)");
    }
    ObjectNode v = JsonNodeFactory.instance.objectNode();
    v.put("name", planName());
    Optional<LocalDateTime> first = honghua.isPresent() ? honghua : closure;
    v.put("closureDate", first.map(d -> d.toLocalDate().toString()).orElse("never"));
    Community c = community(plan);
    JinshaResponse h = JinshaResponse.asItHappened();
    JinshaResponse parts = new JinshaResponse(honghua, closure, h.disinfection(), date(plan, PlanField.SURVEY),
        date(plan, PlanField.QUARANTINE), date(plan, PlanField.ISOLATION_SWITCH));
    List<Measure> implied = JinshaTimeline.measures(c, parts);
    List<PlanField> edits = new ArrayList<>();
    for (PlanField f : PlanField.values()) {
      Object want = plan.value(f);
      boolean applies = f.kind() == PlanField.Kind.DATE_TIME || !(want instanceof Optional);
      if (f.shorthandKey().isEmpty() && applies && !Objects.equals(want, f.read(implied))) {
        edits.add(f);
      }
    }
    if (edits.isEmpty()) {
      ObjectNode j = v.putObject("jinsha");
      for (PlanField f : PlanField.values()) {
        if (f.shorthandKey().isPresent()) {
          j.put(f.shorthandKey().get(), date(plan, f).map(Object::toString).orElse("never"));
        }
      }
    } else {
      PolicyTimeline t = PolicyTimeline.builder(c, baselineTimeline.firstDay(), baselineTimeline.lastDay())
          .addAll(implied).build();
      ArrayNode timeline = TimelineYaml.writeMeasures(t);
      for (PlanField f : edits) {
        f.apply(timeline, plan.value(f));
      }
      v.set("timeline", timeline);
    }
    if (!plan.assumptions().equals(baseline.assumptions()) || baselineVariant.has("assumptions")) {
      ObjectNode assumptions = v.putObject("assumptions");
      plan.assumptions().forEach(assumptions::put);
    }
    return v;
  }

  private Community community(Plan plan) {
    if (plan.residents().equals(communitySpec.residents())) {
      return community;
    }
    int n = plan.residents().orElse(-1);
    synchronized (scaled) {
      Community c = scaled.get(n);
      if (c == null) {
        CommunitySpec spec = n < 0 ? CommunitySpec.preset(communitySpec.preset().get(), communitySpec.seed())
            : CommunitySpec.preset(communitySpec.preset().get(), communitySpec.seed(), n);
        c = spec.load();
        if (scaled.size() >= 4) {
          scaled.remove(scaled.keySet().iterator().next());
        }
        scaled.put(n, c);
      }
      return c;
    }
  }
}
