package org.cordon.simulation.scenario;

import java.time.LocalDateTime;
import java.util.Optional;
import org.cordon.InvalidInputException;
import org.cordon.SupportedDates;
import org.cordon.community.Community;
import org.cordon.measure.JinshaResponse;
import org.cordon.measure.JinshaTimeline;

/**
 * The timeline-only form of the built-in Jinsha scenario: a community with {@link JinshaTimeline},
 * 10 Jan to 8 Mar 2020, for {@code staffing} and {@code scenario show}. Presets are looked up by
 * name in {@code org.cordon.simulation.experiment.Presets}, not here.
 */
public final class ScenarioPresets {
  /** The seed of the preset's community when none is given. */
  public static final long DEFAULT_SEED = 1;

  private ScenarioPresets() {}

  /**
   * The Jinsha 2020 timeline on any community that has its named compounds (the Jinsha preset,
   * scaled or not, or a register written from it).
   *
   * @param name the scenario's name
   * @param spec which community
   * @param response when each part of the response starts
   * @return the scenario
   * @throws InvalidInputException if the community lacks a compound the timeline names
   */
  public static Scenario jinsha2020(String name, CommunitySpec spec, JinshaResponse response) {
    Community community = spec.load();
    return new Scenario(name, spec, community, JinshaTimeline.build(community, response), Optional.empty());
  }

  /**
   * @param communityClosure when the whole community is sealed ({@code 2020-02-10}, meaning 08:00,
   *     or {@code 2020-02-10T15:00}), {@code "never"} (Honghua alone stays sealed), or empty for as
   *     it happened
   * @return the response with that community closure
   * @throws InvalidInputException naming {@code --community-closure} if it is neither a date nor never
   */
  public static JinshaResponse closureDates(Optional<String> communityClosure) {
    JinshaResponse h = JinshaResponse.asItHappened();
    if (communityClosure.isEmpty()) {
      return h;
    }
    String value = communityClosure.get();
    if (value.equalsIgnoreCase("never")) {
      return h.withCommunity(Optional.empty());
    }
    try {
      String v = value.contains("T") ? value : value + "T08:00";
      LocalDateTime t = LocalDateTime.parse(v);
      SupportedDates.check("--community-closure", t.toLocalDate());
      return h.withCommunity(Optional.of(t));
    } catch (java.time.format.DateTimeParseException e) {
      throw InvalidInputException.argument(
          "--community-closure", "not a date, date and time, or 'never': '" + InvalidInputException.echo(value) + "'");
    }
  }
}
