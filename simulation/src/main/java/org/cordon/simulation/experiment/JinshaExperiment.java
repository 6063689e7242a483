package org.cordon.simulation.experiment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cordon.community.Community;
import org.cordon.measure.ContainmentAssumptions;
import org.cordon.measure.JinshaTimeline;
import org.cordon.measure.PolicyTimeline;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.engine.TimelineInterventions;

/**
 * The Jinsha 2020 replay and its what-ifs, over {@link JinshaTimeline#FIRST_DAY} (10 Jan, the first
 * returnees' arrival) to {@link JinshaTimeline#LAST_DAY} (8 Mar, the county's last discharge),
 * with every measure as it happened except the closures (JINSHA_FACTS.md):
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
  /** The variants' names, baseline first. */
  public static final List<String> VARIANTS = List.of("as-happened", "late-city", "late-province", "never");

  private JinshaExperiment() {}

  /**
   * @param community a Jinsha community (with the compounds {@link JinshaTimeline} names)
   * @param parameters the disease model
   * @param assumptions the containment assumptions (leakage and so on)
   * @return the experiment with its four variants
   * @throws org.cordon.InvalidInputException if a compound the timeline names is missing
   */
  public static Experiment of(Community community, ModelParameters parameters, ContainmentAssumptions assumptions) {
    return new Experiment(NAME, community, JinshaTimeline.FIRST_DAY, JinshaTimeline.LAST_DAY, parameters, List.of(
        variant(community, assumptions, VARIANTS.get(0), JinshaTimeline.Dates.asItHappened(), LocalDate.of(2020, 1, 25)),
        variant(community, assumptions, VARIANTS.get(1),
            JinshaTimeline.Dates.lateFrom(JinshaTimeline.CITY_CLOSURE_DATE), JinshaTimeline.CITY_CLOSURE_DATE),
        variant(community, assumptions, VARIANTS.get(2),
            JinshaTimeline.Dates.lateFrom(JinshaTimeline.PROVINCE_CLOSURE_DATE), JinshaTimeline.PROVINCE_CLOSURE_DATE),
        variant(community, assumptions, VARIANTS.get(3), JinshaTimeline.Dates.never(), null)));
  }

  private static Variant variant(Community c, ContainmentAssumptions a, String name, JinshaTimeline.Dates dates, LocalDate closure) {
    PolicyTimeline t = PolicyTimeline.builder(c, JinshaTimeline.FIRST_DAY, JinshaTimeline.LAST_DAY)
        .addAll(JinshaTimeline.measures(c, dates))
        .assumptions(a)
        .build();
    return new Variant(name, Optional.ofNullable(closure), TimelineInterventions.of(t));
  }
}
