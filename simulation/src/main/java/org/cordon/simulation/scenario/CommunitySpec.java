package org.cordon.simulation.scenario;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cordon.InvalidInputException;

/**
 * The {@code community:} section of a scenario file: a built-in community ({@code {preset:
 * jinsha-2020, seed: 1}}) or a register folder ({@code {register: DIR}}, relative to the scenario
 * file's folder).
 *
 * @param preset the preset name, or empty for a register
 * @param seed the preset's seed (ignored for a register)
 * @param register the register folder, or empty for a preset
 */
public record CommunitySpec(Optional<String> preset, long seed, Optional<Path> register) {
  /** @throws InvalidInputException unless exactly one of preset and register is given */
  public CommunitySpec {
    Objects.requireNonNull(preset, "preset");
    Objects.requireNonNull(register, "register");
    if (preset.isPresent() == register.isPresent()) {
      throw InvalidInputException.argument("community", "give either a preset or a register folder");
    }
  }

  /**
   * @param name a preset name
   * @param seed its seed
   * @return a preset community spec
   */
  public static CommunitySpec preset(String name, long seed) {
    return new CommunitySpec(Optional.of(name), seed, Optional.empty());
  }

  /**
   * @param dir a register folder
   * @return a register community spec
   */
  public static CommunitySpec register(Path dir) {
    return new CommunitySpec(Optional.empty(), 0, Optional.of(dir));
  }

  /**
   * @param node the {@code community:} mapping
   * @param baseDir the folder a relative register path is resolved against
   * @return the spec
   * @throws InvalidInputException naming the line of a bad or missing key
   */
  public static CommunitySpec read(YamlNode node, Path baseDir) {
    node.allowOnly(List.of("preset", "seed", "register"));
    Optional<YamlNode> preset = node.get("preset");
    Optional<YamlNode> register = node.get("register");
    if (preset.isPresent() == register.isPresent()) {
      throw node.error("give either preset (with an optional seed) or register");
    }
    if (register.isPresent()) {
      if (node.get("seed").isPresent()) {
        throw node.require("seed").error("a register takes no seed");
      }
      return register(baseDir.resolve(register.get().asText()));
    }
    return preset(preset.get().asText(), node.get("seed").map(YamlNode::asLong).orElse(1L));
  }

  /** @return the section as a YAML-ready mapping */
  public ObjectNode toTree() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    preset.ifPresent(
        p -> {
          o.put("preset", p);
          o.put("seed", seed);
        });
    register.ifPresent(r -> o.put("register", r.toString()));
    return o;
  }

  /**
   * Builds or reads the community.
   *
   * @return the preset synthesized with its seed, or the register read from its folder
   * @throws InvalidInputException if the preset is unknown or the register is bad
   */
  public org.cordon.community.Community load() {
    if (preset.isPresent()) {
      return org.cordon.community.synth.CommunityPresets.community(preset.get(), seed);
    }
    return org.cordon.community.register.RegisterReader.read(register.get());
  }

  /** @return e.g. {@code preset jinsha-2020, seed 1} */
  public String describe() {
    return preset.map(p -> "preset " + p + ", seed " + seed).orElseGet(() -> "register " + register.get());
  }
}
