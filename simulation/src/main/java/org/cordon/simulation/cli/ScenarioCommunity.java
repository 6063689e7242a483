package org.cordon.simulation.cli;

import java.util.Optional;
import org.cordon.simulation.scenario.CommunitySpec;

/** Turns the {@link CommunityOptions} a user gave into a scenario's community, if any were given. */
final class ScenarioCommunity {
  private ScenarioCommunity() {}

  /**
   * @param options the parsed options
   * @return the community spec they describe, or empty when none of them was given
   */
  static Optional<CommunitySpec> of(CommunityOptions options) {
    if (options.register == null && options.preset == null && options.seed == null && options.residents == null) {
      return Optional.empty();
    }
    if (options.register != null) {
      options.load(); // rejects --register combined with preset options
      return Optional.of(CommunitySpec.register(options.register));
    }
    options.check();
    String preset = options.preset == null ? CommunityOptions.DEFAULT_PRESET : options.preset;
    long seed = options.seed == null ? CommunityOptions.DEFAULT_SEED : options.seed;
    return Optional.of(options.residents == null
        ? CommunitySpec.preset(preset, seed)
        : CommunitySpec.preset(preset, seed, options.residents));
  }
}
