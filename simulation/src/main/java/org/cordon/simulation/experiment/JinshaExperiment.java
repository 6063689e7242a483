package org.cordon.simulation.experiment;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cordon.InvalidInputException;
import org.cordon.community.Community;
import org.cordon.measure.ContainmentAssumptions;
import org.cordon.measure.JinshaResponse;
import org.cordon.measure.JinshaTimeline;
import org.cordon.measure.PolicyTimeline;
import org.cordon.measure.ResponsePart;
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
 *   <li>{@code rest-late-city}: the closures as they happened, the rest of the local response
 *       (disinfection, survey, quarantine) from 10 Feb;
 *   <li>{@code response-late-city}: every local measure (closures, disinfection, survey,
 *       quarantine) from 10 Feb;
 *   <li>{@code never}: no closure at all (disinfection, survey, isolation and quarantine as they
 *       happened);
 *   <li>{@code response-never}: no local measure at all (only the isolation of cases).
 * </ul>
 *
 * In every variant the isolation delay drops from 4.4 to 2.6 days on 28 Jan (Zhang et al. 2020), a
 * national trend that the local response did not cause.
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

  /**
   * The preset's variants, baseline first. With the rest of the local response (disinfection,
   * survey, quarantine) the 2 × 2 split closure × rest is: early × early {@code as-happened}; late
   * (10 Feb) × early {@code late-city}; early × late {@code rest-late-city}; late × late {@code
   * response-late-city}. The isolation switch (a national trend) stays on 28 Jan in all of them.
   */
  public static final List<Named> PRESET = List.of(
      new Named("as-happened", JinshaResponse.asItHappened()),
      new Named("late-city", closureOnly(JinshaTimeline.CITY_CLOSURE_DATE)),
      new Named("late-province", closureOnly(JinshaTimeline.PROVINCE_CLOSURE_DATE)),
      new Named("rest-late-city", JinshaResponse.asItHappened()
          .withRestOfResponse(Optional.of(JinshaResponse.startOf(JinshaTimeline.CITY_CLOSURE_DATE)))),
      new Named("response-late-city",
          ResponsePart.RESPONSE.moveTo(JinshaResponse.asItHappened(), JinshaTimeline.CITY_CLOSURE_DATE)),
      new Named("never", JinshaResponse.closureNever()),
      new Named("response-never", JinshaResponse.responseNever()));

  /** The variants' names, baseline first. */
  public static final List<String> VARIANTS = PRESET.stream().map(Named::name).toList();

  private JinshaExperiment() {}

  private static JinshaResponse closureOnly(java.time.LocalDate day) {
    return ResponsePart.CLOSURE.moveTo(JinshaResponse.asItHappened(), day);
  }

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
