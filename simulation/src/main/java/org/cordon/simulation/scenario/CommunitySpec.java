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
 * jinsha-2020, seed: 1}}, optionally {@code residents: N} to scale its structure) or a register
 * folder ({@code {register: DIR}}, relative to the scenario file's folder).
 *
 * @param preset the preset name, or empty for a register
 * @param seed the preset's seed (ignored for a register)
 * @param residents the number of residents to scale the preset to, or empty for its own size
 * @param register the register folder, or empty for a preset
 */
public record CommunitySpec(Optional<String> preset, long seed, Optional<Integer> residents, Optional<Path> register) {
  /** @throws InvalidInputException unless exactly one of preset and register is given */
  public CommunitySpec {
    Objects.requireNonNull(preset, "preset");
    Objects.requireNonNull(residents, "residents");
    Objects.requireNonNull(register, "register");
    if (preset.isPresent() == register.isPresent()) {
      throw InvalidInputException.argument("community", "give either a preset or a register folder");
    }
    if (register.isPresent() && residents.isPresent()) {
      throw InvalidInputException.argument("community.residents", "only for a preset");
    }
  }

  /**
   * @param name a preset name
   * @param seed its seed
   * @return a preset community spec
   */
  public static CommunitySpec preset(String name, long seed) {
    return new CommunitySpec(Optional.of(name), seed, Optional.empty(), Optional.empty());
  }

  /**
   * @param name a preset name
   * @param seed its seed
   * @param residents the number of residents to scale it to
   * @return a scaled preset community spec
   */
  public static CommunitySpec preset(String name, long seed, int residents) {
    return new CommunitySpec(Optional.of(name), seed, Optional.of(residents), Optional.empty());
  }

  /**
   * @param dir a register folder
   * @return a register community spec
   */
  public static CommunitySpec register(Path dir) {
    return new CommunitySpec(Optional.empty(), 0, Optional.empty(), Optional.of(dir));
  }

  /**
   * @param node the {@code community:} mapping
   * @param baseDir the folder a relative register path is resolved against
   * @return the spec
   * @throws InvalidInputException naming the line of a bad or missing key, an unknown preset, or
   *     a {@code residents} out of range ({@link
   *     org.cordon.community.synth.CommunityPresets#residentsProblem(long)})
   */
  public static CommunitySpec read(YamlNode node, Path baseDir) {
    node.allowOnly(List.of("preset", "seed", "residents", "register"));
    Optional<YamlNode> preset = node.get("preset");
    Optional<YamlNode> register = node.get("register");
    if (preset.isPresent() == register.isPresent()) {
      throw node.error("give either preset (with an optional seed) or register");
    }
    if (register.isPresent()) {
      for (String key : List.of("seed", "residents")) {
        if (node.get(key).isPresent()) {
          throw node.require(key).error("a register takes no " + key);
        }
      }
      return register(baseDir.resolve(register.get().asText()));
    }
    String name = preset.get().asText();
    try {
      org.cordon.community.synth.CommunityPresets.profile(name);
    } catch (InvalidInputException e) {
      throw preset.get().error(e.problem());
    }
    Optional<Integer> residents = node.get("residents").map(YamlNode::asInt);
    if (residents.isPresent()) {
      String problem = org.cordon.community.synth.CommunityPresets.residentsProblem(residents.get());
      if (problem != null) {
        throw node.require("residents").error(problem);
      }
    }
    return new CommunitySpec(
        Optional.of(name), node.get("seed").map(YamlNode::asLong).orElse(1L), residents, Optional.empty());
  }

  /** @return the section as a YAML-ready mapping */
  public ObjectNode toTree() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    preset.ifPresent(
        p -> {
          o.put("preset", p);
          o.put("seed", seed);
          residents.ifPresent(n -> o.put("residents", n));
        });
    register.ifPresent(r -> o.put("register", r.toString()));
    return o;
  }

  /**
   * Builds or reads the community.
   *
   * @return the preset synthesized with its seed, or the register read from its folder
   * @throws InvalidInputException if the preset is unknown, {@code residents} too small, or the
   *     register is bad
   */
  public org.cordon.community.Community load() {
    if (preset.isPresent()) {
      return residents.isPresent()
          ? org.cordon.community.synth.CommunityPresets.community(preset.get(), seed, residents.get())
          : org.cordon.community.synth.CommunityPresets.community(preset.get(), seed);
    }
    return org.cordon.community.register.RegisterReader.read(register.get());
  }

  /** @return e.g. {@code preset jinsha-2020, seed 1} */
  public String describe() {
    return preset.map(p -> "preset " + p + ", seed " + seed + residents.map(n -> ", " + n + " residents").orElse(""))
        .orElseGet(() -> "register " + register.get());
  }
}
