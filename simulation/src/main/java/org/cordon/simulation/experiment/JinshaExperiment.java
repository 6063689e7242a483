package org.cordon.simulation.experiment;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.cordon.InvalidInputException;
import org.cordon.community.Community;
import org.cordon.measure.ContainmentAssumptions;
import org.cordon.measure.JinshaResponse;
import org.cordon.measure.JinshaTimeline;
import org.cordon.measure.PolicyTimeline;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.engine.TimelineInterventions;

/**
 * The Jinsha 2020 replay and its what-ifs, over {@link JinshaTimeline#FIRST_DAY} (10 Jan, the first
 * returnees' arrival) to {@link JinshaTimeline#LAST_DAY} (8 Mar, the county's last discharge). Each
 * variant is a {@link JinshaResponse} (when each part of the response starts); its closure date in
 * the report is the response's first closure, so every date has one source:
 *
 * <ul>
 *   <li>{@code as-happened}: Honghua sealed 25 Jan 13:00, the whole community 1 Feb;
 *   <li>{@code late-city}: no early Honghua closure; everything sealed 10 Feb (Huanggang city's date);
 *   <li>{@code late-province}: the same on 12 Feb (Hubei's date);
 *   <li>{@code never}: no closure at all (survey, isolation and quarantine as they happened).
 * </ul>
 */
public final class JinshaExperiment {
  /** The scenario's name. */
  public static final String NAME = "jinsha-2020";

  /**
   * A named variant of the preset.
   *
   * @param name the variant's name in {@code summary.json}
   * @param response when each part of the response starts
   */
  public record Named(String name, JinshaResponse response) {
    /** @throws NullPointerException if an argument is null */
    public Named {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(response, "response");
    }
  }

  /** The preset's variants, baseline first. */
  public static final List<Named> PRESET = List.of(
      new Named("as-happened", JinshaResponse.asItHappened()),
      new Named("late-city", JinshaResponse.closureFrom(JinshaResponse.startOf(JinshaTimeline.CITY_CLOSURE_DATE))),
      new Named("late-province", JinshaResponse.closureFrom(JinshaResponse.startOf(JinshaTimeline.PROVINCE_CLOSURE_DATE))),
      new Named("never", JinshaResponse.closureNever()));

  /** The variants' names, baseline first. */
  public static final List<String> VARIANTS = PRESET.stream().map(Named::name).toList();

  private JinshaExperiment() {}

  /**
   * @param community a Jinsha community (with the compounds {@link JinshaTimeline} names)
   * @param parameters the disease model
   * @param assumptions the containment assumptions (leakage and so on)
   * @return the experiment with the {@link #PRESET} variants
   * @throws org.cordon.InvalidInputException if a compound the timeline names is missing
   */
  public static Experiment of(Community community, ModelParameters parameters, ContainmentAssumptions assumptions) {
    return new Experiment(NAME, community, JinshaTimeline.FIRST_DAY, JinshaTimeline.LAST_DAY, parameters,
        PRESET.stream().map(n -> variant(community, assumptions, n.name(), n.response())).toList());
  }

  /**
   * @param variantName a name of {@link #PRESET}
   * @return that variant's response
   * @throws InvalidInputException if there is no such variant
   */
  public static JinshaResponse response(String variantName) {
    return PRESET.stream().filter(n -> n.name().equals(variantName)).findFirst().map(Named::response)
        .orElseThrow(() -> InvalidInputException.argument("--variant",
            "unknown variant '" + variantName + "' (known: " + String.join(", ", VARIANTS) + ")"));
  }

  /**
   * One variant on the preset's horizon: the Jinsha timeline with these parts, its closure date
   * the response's first closure.
   *
   * @param community a Jinsha community
   * @param assumptions the containment assumptions
   * @param name the variant's name
   * @param response when each part starts
   * @return the variant
   * @throws org.cordon.InvalidInputException if a compound is missing or a date is outside the horizon
   */
  public static Variant variant(Community community, ContainmentAssumptions assumptions, String name, JinshaResponse response) {
    PolicyTimeline t = PolicyTimeline.builder(community, JinshaTimeline.FIRST_DAY, JinshaTimeline.LAST_DAY)
        .addAll(JinshaTimeline.measures(community, response))
        .assumptions(assumptions)
        .build();
    return new Variant(name, response.firstClosure().map(LocalDateTime::toLocalDate), TimelineInterventions.of(t));
  }
}
