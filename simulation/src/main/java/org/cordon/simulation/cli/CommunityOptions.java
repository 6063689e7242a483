package org.cordon.simulation.cli;

import java.nio.file.Path;
import org.cordon.InvalidInputException;
import org.cordon.community.Community;
import org.cordon.community.register.RegisterReader;
import org.cordon.community.synth.CommunityPresets;
import picocli.CommandLine.Option;

/**
 * Options that choose a community, for any subcommand that needs one ({@code @Mixin
 * CommunityOptions community;} then {@code community.load()}): either {@code --register DIR} (a
 * register folder, see the README's "Register files") or {@code --preset NAME [--seed S]
 * [--residents N]} (a built-in synthetic community, default {@code jinsha-2020} with seed 1 at its
 * own size).
 */
public final class CommunityOptions {
  /** The preset used when neither {@code --register} nor {@code --preset} is given. */
  public static final String DEFAULT_PRESET = CommunityPresets.JINSHA_2020;
  /** The seed used when {@code --seed} is not given. */
  public static final long DEFAULT_SEED = 1;

  @Option(
      names = "--register",
      paramLabel = "DIR",
      description = "Read the community from a register folder (one CSV file per entity).")
  Path register;

  @Option(
      names = "--preset",
      paramLabel = "NAME",
      description = "Built-in community (default: " + DEFAULT_PRESET + ").")
  String preset;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the built-in community (default: 1).")
  Long seed;

  @Option(
      names = "--residents",
      paramLabel = "N",
      description = "Scale the built-in community's structure to N residents (default: its own size).")
  Integer residents;

  /**
   * Loads the chosen community.
   *
   * @return the community read from the register or synthesized from the preset
   * @throws InvalidInputException if {@code --register} is combined with preset options, the
   *     preset is unknown, {@code --residents} is too small, or the register is bad ({@link
   *     org.cordon.community.register.RegisterException})
   */
  public Community load() {
    if (register != null) {
      if (preset != null || seed != null || residents != null) {
        throw InvalidInputException.argument("--register", "cannot be combined with --preset, --seed or --residents");
      }
      if (!java.nio.file.Files.isDirectory(register)) {
        throw InvalidInputException.argument("--register", "register folder not found: '"
            + InvalidInputException.echo(register.toString()) + "'");
      }
      return RegisterReader.read(register);
    }
    check();
    String name = presetName();
    try {
      return residents == null
          ? CommunityPresets.community(name, seedValue())
          : CommunityPresets.community(name, seedValue(), residents);
    } catch (InvalidInputException e) {
      if (e.source().equals("residents") || e.source().equals("preset")) {
        throw InvalidInputException.argument("--" + e.source(), e.problem());
      }
      throw e;
    }
  }

  /**
   * Checks {@code --residents} and {@code --preset} before any work, so that a command can fail
   * at once rather than after a long step.
   *
   * @throws InvalidInputException naming the option if the preset is unknown or {@code --residents}
   *     is out of range ({@link CommunityPresets#residentsProblem(long)})
   */
  public void check() {
    if (register != null) {
      return;
    }
    try {
      CommunityPresets.profile(presetName());
    } catch (InvalidInputException e) {
      throw InvalidInputException.argument("--preset", e.problem());
    }
    String problem = residents == null ? null : CommunityPresets.residentsProblem(residents);
    if (problem != null) {
      throw InvalidInputException.argument("--residents", problem);
    }
  }

  /** @return a short description of the chosen community, e.g. {@code preset jinsha-2020, seed 1} */
  public String describe() {
    if (register != null) {
      return "register " + register;
    }
    return "preset " + presetName() + ", seed " + seedValue() + (residents == null ? "" : ", " + residents + " residents");
  }

  /** @return the register folder, when one was given */
  public java.util.Optional<Path> registerFolder() {
    return java.util.Optional.ofNullable(register);
  }

  private String presetName() {
    return preset == null ? DEFAULT_PRESET : preset;
  }

  private long seedValue() {
    return seed == null ? DEFAULT_SEED : seed;
  }
}
