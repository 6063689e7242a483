package org.cordon.simulation.scenario;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.cordon.InvalidInputException;
import org.cordon.SupportedDates;
import org.cordon.community.Community;
import org.cordon.community.synth.CommunityPresets;
import org.cordon.measure.JinshaTimeline;

/**
 * Built-in scenarios, and loading a scenario by preset name or file. {@code jinsha-2020}: the
 * {@code jinsha-2020} community (seed 1 unless given) with {@link JinshaTimeline} as it happened,
 * 10 Jan to 8 Mar 2020; the whole-community closure date can be moved for variants.
 */
public final class ScenarioPresets {
  /** The Jinsha 2020 scenario. */
  public static final String JINSHA_2020 = "jinsha-2020";
  /** The seed of the preset's community when none is given. */
  public static final long DEFAULT_SEED = 1;

  private ScenarioPresets() {}

  /** @return the preset names */
  public static List<String> names() {
    return List.of(JINSHA_2020);
  }

  /**
   * @param seed the community's seed
   * @param dates when the closures start (as it happened: {@link JinshaTimeline.Dates#asItHappened()})
   * @return the Jinsha 2020 scenario
   */
  public static Scenario jinsha2020(long seed, JinshaTimeline.Dates dates) {
    return jinsha2020(CommunitySpec.preset(CommunityPresets.JINSHA_2020, seed), dates);
  }

  /**
   * The Jinsha 2020 timeline on any community that has its named compounds (the Jinsha preset,
   * scaled or not, or a register written from it).
   *
   * @param spec which community
   * @param dates when the closures start
   * @return the scenario
   * @throws InvalidInputException if the community lacks a compound the timeline names
   */
  public static Scenario jinsha2020(CommunitySpec spec, JinshaTimeline.Dates dates) {
    Community community = spec.load();
    return new Scenario(JINSHA_2020, spec, community, JinshaTimeline.build(community, dates), Optional.empty());
  }

  /**
   * Loads a preset by name, or else a scenario file.
   *
   * @param ref a preset name or a file path
   * @param community the community to apply a preset to (presets only; default: {@code
   *     jinsha-2020}, seed 1)
   * @param communityClosure when the whole community is sealed ({@code 2020-02-10}, meaning 08:00,
   *     or {@code 2020-02-10T15:00}), {@code "never"} (Honghua alone stays sealed), or empty for as
   *     it happened (presets only)
   * @return the scenario
   * @throws InvalidInputException if the file is bad, or a preset option is given with a file
   */
  public static Scenario load(String ref, Optional<CommunitySpec> community, Optional<String> communityClosure) {
    if (names().contains(ref)) {
      JinshaTimeline.Dates dates =
          communityClosure.map(ScenarioPresets::closureDates).orElse(JinshaTimeline.Dates.asItHappened());
      return jinsha2020(community.orElse(CommunitySpec.preset(CommunityPresets.JINSHA_2020, DEFAULT_SEED)), dates);
    }
    if (community.isPresent()) {
      throw InvalidInputException.argument(
          "--register/--preset/--seed/--residents", "only for a preset scenario; a scenario file names its community");
    }
    if (communityClosure.isPresent()) {
      throw InvalidInputException.argument(
          "--community-closure", "only for a preset scenario (" + String.join(", ", names()) + ")");
    }
    ScenarioFile file = ScenarioFile.read(Path.of(ref));
    Community loaded = file.community().load();
    return new Scenario(file.name(), file.community(), loaded, file.timeline(loaded), Optional.of(file));
  }

  private static JinshaTimeline.Dates closureDates(String value) {
    if (value.equalsIgnoreCase("never")) {
      return new JinshaTimeline.Dates(Optional.of(JinshaTimeline.HONGHUA_CLOSURE), Optional.empty());
    }
    try {
      String v = value.contains("T") ? value : value + "T08:00";
      LocalDateTime t = LocalDateTime.parse(v);
      SupportedDates.check("--community-closure", t.toLocalDate());
      return JinshaTimeline.Dates.communityFrom(t);
    } catch (java.time.format.DateTimeParseException e) {
      throw InvalidInputException.argument(
          "--community-closure", "not a date, date and time, or 'never': '" + InvalidInputException.echo(value) + "'");
    }
  }
}
