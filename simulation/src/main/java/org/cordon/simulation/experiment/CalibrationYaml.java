package org.cordon.simulation.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cordon.InvalidInputException;
import org.cordon.internal.csv.InputFiles;
import org.cordon.measure.ContainmentAssumptions;
import org.cordon.simulation.scenario.YamlNode;

/**
 * Reads {@link Calibrated} values in the format {@code cordon calibrate --out FILE} writes ({@link
 * Calibrated#toYaml()}): {@code scenario}, {@code command}, {@code seed}, the point values {@code
 * shareInfectedWuhan}, {@code transmissionScale}, {@code scaleFactorAfter} (1 if absent), {@code contactsOutsideHousehold}, the fitted
 * containment {@code assumptions} by name, and the {@code posterior} draws. The same reader serves
 * the shipped resource, a calibration file, and a calibration written inline in a scenario's
 * {@code disease: calibration:}, so all three read back the same values. Errors name the file,
 * line and key.
 */
public final class CalibrationYaml {
  private static final List<String> KEYS = List.of("scenario", "command", "seed", "shareInfectedWuhan",
      "transmissionScale", "scaleFactorAfter", "contactsOutsideHousehold", "assumptions", "posterior");
  private static final List<String> DRAW_KEYS = List.of("shareInfectedWuhan", "transmissionScale", "scaleFactorAfter",
      "contactsOutsideHousehold", "rBefore", "rAfter");

  private CalibrationYaml() {}

  /**
   * @param node a calibration mapping
   * @return the calibrated values
   * @throws InvalidInputException naming the line and key of a missing, unknown or bad value
   */
  public static Calibrated read(YamlNode node) {
    node.allowOnly(KEYS);
    Map<String, Double> assumptions = new LinkedHashMap<>();
    node.get("assumptions").ifPresent(a -> {
      a.allowOnly(ContainmentAssumptions.defaults().asMap().keySet());
      a.entries().forEach((k, v) -> assumptions.put(k, v.asProbability()));
    });
    List<Calibrated.PosteriorDraw> posterior = new ArrayList<>();
    for (YamlNode d : node.get("posterior").map(YamlNode::items).orElse(List.of())) {
      d.allowOnly(DRAW_KEYS);
      posterior.add(new Calibrated.PosteriorDraw(d.require("shareInfectedWuhan").asDouble(),
          d.require("transmissionScale").asDouble(), d.get("scaleFactorAfter").map(YamlNode::asDouble).orElse(1.0),
          d.require("contactsOutsideHousehold").asDouble(), d.get("rBefore").map(YamlNode::asDouble).orElse(Double.NaN),
          d.get("rAfter").map(YamlNode::asDouble).orElse(Double.NaN)));
    }
    String scenario = node.get("scenario").map(YamlNode::asText).orElse("");
    String command = node.get("command").map(YamlNode::asText).orElse("");
    long seed = node.get("seed").map(YamlNode::asLong).orElse(0L);
    double wuhan = node.require("shareInfectedWuhan").asDouble();
    double scale = node.require("transmissionScale").asDouble();
    double factor = node.get("scaleFactorAfter").map(YamlNode::asDouble).orElse(1.0);
    double contacts = node.require("contactsOutsideHousehold").asDouble();
    try {
      return new Calibrated(scenario, command, seed, wuhan, scale, factor, contacts, assumptions, posterior);
    } catch (InvalidInputException e) {
      String field = e.source().substring(e.source().lastIndexOf('.') + 1);
      throw node.get(field).orElse(node).error(e.problem());
    }
  }

  /**
   * @param file a calibration file ({@code cordon calibrate --out FILE})
   * @return its values
   * @throws InvalidInputException if the file is missing, not a regular file, larger than {@link
   *     InputFiles#MAX_CALIBRATION_BYTES} (checked before it is read), not YAML or has a bad value
   */
  public static Calibrated read(Path file) {
    InputFiles.check(file, InputFiles.MAX_CALIBRATION_BYTES);
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(YamlNode.parse(file.toString(), r));
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(file.toString(), 0, null, "no such file", e);
    } catch (IOException e) {
      throw new InvalidInputException(file.toString(), 0, null, "cannot read: " + InputFiles.reason(e), e);
    }
  }

  /**
   * @param resource a resource name beside this class
   * @return its values
   * @throws IllegalStateException if the resource is missing
   */
  static Calibrated resource(String resource) {
    try (InputStream in = CalibrationYaml.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return read(YamlNode.parse(resource, new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A scenario's {@code disease: calibration:} value: the name of a preset's shipped calibration
   * (e.g. {@code jinsha-2020}), a calibration file (a path ending in {@code .yaml} or {@code .yml},
   * relative to the scenario file), or the calibration written inline.
   *
   * @param value the {@code calibration:} node
   * @param baseDir the folder a relative path is resolved against
   * @return the calibrated values
   * @throws InvalidInputException naming the line of an unknown name, a missing file or a bad value
   */
  public static Calibrated resolve(YamlNode value, Path baseDir) {
    if (value.kind() == YamlNode.Kind.MAP) {
      return read(value);
    }
    String text = value.asText();
    if (text.endsWith(".yaml") || text.endsWith(".yml")) {
      Path p = baseDir.resolve(text);
      if (!Files.isRegularFile(p)) {
        throw value.error("no such calibration file: " + p);
      }
      return read(p);
    }
    return Presets.find(text).map(Presets.Preset::calibration)
        .orElseThrow(() -> value.error("unknown calibration (known: " + String.join(", ", Presets.names())
            + "; or a .yaml file, or the values inline)"));
  }
}
