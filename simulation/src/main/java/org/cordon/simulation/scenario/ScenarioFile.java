package org.cordon.simulation.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cordon.InvalidInputException;
import org.cordon.SupportedDates;
import org.cordon.internal.csv.InputFiles;
import org.cordon.internal.csv.Utf8Check;
import org.cordon.community.Community;
import org.cordon.measure.PolicyTimeline;

/**
 * A scenario file (YAML): a community, a date range, a timeline of measures and the assumptions.
 *
 * <pre>{@code
 * name: jinsha-2020
 * community: {preset: jinsha-2020, seed: 1}     # or {register: DIR}
 * start: 2020-01-10
 * end: 2020-03-08
 * timeline: [...]                                 # see TimelineYaml
 * assumptions: {vehicleLeakUnguarded: 0.4}        # optional; the rest keep their defaults
 * }</pre>
 *
 * <p>Top-level keys: {@link #SECTIONS}. An unknown top-level key is <b>rejected</b> (with its
 * line), so a misspelt section is never silently ignored. The sections {@code disease}, {@code
 * imports} and {@code variants} are reserved for the epidemic engine: accepted here, not
 * interpreted, and available through {@link #section(String)}; a module that adds a section adds
 * its key to {@link #SECTIONS}.
 */
public final class ScenarioFile {
  /** Every top-level key a scenario file may have. */
  public static final List<String> SECTIONS =
      List.of("name", "community", "start", "end", "timeline", "assumptions", "disease", "imports", "variants");

  private final YamlNode root;
  private final String name;
  private final CommunitySpec community;
  private final LocalDate start;
  private final LocalDate end;
  private final MeasureRegistry registry;
  private final Path baseDir;

  private ScenarioFile(YamlNode root, Path baseDir, MeasureRegistry registry) {
    this.root = root;
    this.registry = java.util.Objects.requireNonNull(registry, "registry");
    this.baseDir = baseDir;
    root.allowOnly(SECTIONS);
    this.name = root.require("name").asText();
    this.community = CommunitySpec.read(root.require("community"), baseDir);
    this.start = root.require("start").asDate();
    this.end = root.require("end").asDate();
    if (end.isBefore(start)) {
      throw root.require("end").error("ends " + end + " before it starts " + start);
    }
    String span = SupportedDates.spanProblem(start, end);
    if (span != null) {
      throw root.require("end").error(span);
    }
    root.get("timeline").ifPresent(YamlNode::items);
  }

  /**
   * @param file a scenario file
   * @return the parsed file (the timeline is read by {@link #timeline(Community)})
   * @throws InvalidInputException if the file is missing, not a regular file, larger than {@link
   *     InputFiles#MAX_SCENARIO_BYTES} (checked before it is read), not UTF-8 (naming the line), not
   *     YAML, a section is bad, or it spans more than {@link SupportedDates#MAX_SCENARIO_DAYS} days (naming
   *     the line of {@code end})
   */
  public static ScenarioFile read(Path file) {
    return read(file, MeasureRegistry.standard());
  }

  /**
   * @param file a scenario file
   * @param registry the measure types its timelines may use ({@link MeasureRegistry#standard()}
   *     and any added)
   * @return the parsed file
   * @throws InvalidInputException if the file is missing, not YAML, or a section is bad
   */
  public static ScenarioFile read(Path file, MeasureRegistry registry) {
    String source = file.toString();
    InputFiles.check(file, InputFiles.MAX_SCENARIO_BYTES);
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(source, 0, null, "no such file", e);
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(source, malformedLine(file), null, Utf8Check.PROBLEM, e);
    } catch (IOException e) {
      throw new InvalidInputException(source, 0, null, "cannot read: " + InputFiles.reason(e), e);
    }
    Path dir = file.toAbsolutePath().getParent();
    return new ScenarioFile(YamlNode.parse(source, new StringReader(text)), dir, registry);
  }

  private static long malformedLine(Path file) {
    try {
      return Utf8Check.firstMalformedLine(file);
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * @param source a name for messages
   * @param text YAML text
   * @param baseDir the folder a relative register path is resolved against
   * @return the parsed file
   * @throws InvalidInputException if the text is not YAML or a section is bad
   */
  public static ScenarioFile parse(String source, String text, Path baseDir) {
    return parse(source, text, baseDir, MeasureRegistry.standard());
  }

  /**
   * @param source a name for messages
   * @param text YAML text
   * @param baseDir the folder a relative register path is resolved against
   * @param registry the measure types its timelines may use
   * @return the parsed file
   * @throws InvalidInputException if the text is not YAML or a section is bad
   */
  public static ScenarioFile parse(String source, String text, Path baseDir, MeasureRegistry registry) {
    return new ScenarioFile(YamlNode.parse(source, new StringReader(text)), baseDir, registry);
  }

  /** @return the measure types this file's timelines are read with */
  public MeasureRegistry registry() {
    return registry;
  }

  /** @return the folder relative paths in this file are resolved against */
  public Path baseDir() {
    return baseDir;
  }

  /** @return the scenario's name */
  public String name() {
    return name;
  }

  /** @return which community the scenario runs on */
  public CommunitySpec community() {
    return community;
  }

  /** @return the first day */
  public LocalDate start() {
    return start;
  }

  /** @return the last day (inclusive) */
  public LocalDate end() {
    return end;
  }

  /** @return the whole document */
  public YamlNode root() {
    return root;
  }

  /**
   * @param key a top-level key from {@link #SECTIONS}
   * @return that section, if present
   */
  public Optional<YamlNode> section(String key) {
    return root.get(key);
  }

  /**
   * Reads the timeline and assumptions against a community (normally {@code community()} loaded).
   *
   * @param community the community the measures name
   * @return the validated timeline (empty if the file has no {@code timeline:})
   * @throws InvalidInputException naming the file, line and field of the first bad value
   */
  public PolicyTimeline timeline(Community community) {
    Optional<YamlNode> timeline = section("timeline");
    Optional<YamlNode> assumptions = section("assumptions");
    if (timeline.isEmpty()) {
      return PolicyTimeline.builder(community, start, end)
          .assumptions(assumptions.map(TimelineYaml::readAssumptions)
              .orElse(org.cordon.measure.ContainmentAssumptions.defaults()))
          .build();
    }
    return TimelineYaml.read(timeline.get(), assumptions, community, start, end, registry);
  }

  /**
   * The document tree of a scenario: name, community, start, end, timeline, assumptions. Other
   * modules may add their sections to the returned tree before writing it.
   *
   * @param name the scenario's name
   * @param community which community
   * @param timeline the timeline (its range gives start and end)
   * @return the tree, keys in the order above
   */
  public static ObjectNode tree(String name, CommunitySpec community, PolicyTimeline timeline) {
    return tree(name, community, timeline, MeasureRegistry.standard());
  }

  /**
   * As {@link #tree(String, CommunitySpec, PolicyTimeline)}, for a timeline with added measure types.
   *
   * @param name the scenario's name
   * @param community which community
   * @param timeline the timeline
   * @param registry the types of its measures
   * @return the tree
   * @throws InvalidInputException if a measure's class is not in {@code registry}
   */
  public static ObjectNode tree(String name, CommunitySpec community, PolicyTimeline timeline, MeasureRegistry registry) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("name", name);
    o.set("community", community.toTree());
    o.put("start", timeline.firstDay().toString());
    o.put("end", timeline.lastDay().toString());
    o.set("timeline", TimelineYaml.writeMeasures(timeline, registry));
    o.set("assumptions", TimelineYaml.writeAssumptions(timeline.assumptions()));
    return o;
  }

  /**
   * @param tree a scenario tree
   * @return it as YAML text
   */
  public static String toYaml(ObjectNode tree) {
    YAMLMapper mapper =
        new YAMLMapper(
            YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .build());
    try {
      return mapper.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
