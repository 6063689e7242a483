package org.cordon.measure;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The Jinsha 2020 response as dated parts, each with its own start (or never), so that a
 * counterfactual can move one part or all of them. {@link JinshaTimeline#measures(org.cordon.community.Community,
 * JinshaResponse)} turns the parts into measures.
 *
 * <p>What the article (docs/sources.md#the-response) credits to the local response: the disinfection started by
 * the villager group 5 leader (23 Jan), the closures with their guards (Honghua 25 Jan, whole
 * community ~1 Feb, then iron sheets, 24 h guards and sealed passages), and what the headquarters'
 * 470-person team did from 28 Jan: the door-to-door survey (摸排) and the isolation of the close
 * contacts it found. The isolation-delay switch (onset to admission 4.4 d before 28 Jan, 2.6 d
 * after; Zhang et al. 2020) is a trend measured over all of China and is kept as its own uncertain
 * input: moving "the local response" does not move it.
 *
 * @param honghua Honghua sealed on its own (closure and daytime guards), or never; ignored unless
 *     before {@code community}
 * @param community the whole-community closure bundle: closure on trucks, guards by day, iron
 *     sheets ({@link JinshaTimeline#IRON_SHEETS_AFTER_DAYS} later), 24 h guards ({@link
 *     JinshaTimeline#ALL_DAY_GUARDS_AFTER_DAYS} later) and sealed building passages ({@link
 *     JinshaTimeline#PASSAGES_AFTER_DAYS} later), or never
 * @param disinfection the 7-day disinfection of villager group 5, Honghua, the cotton mill and the
 *     traffic-police housing, or never
 * @param survey the door-to-door survey with daily temperature checks; its scope widens 2 and 4
 *     days after it starts (as it did from 28 Jan), or never
 * @param quarantine quarantine of confirmed cases' close contacts, or never
 * @param isolationSwitch when the onset-to-isolation delay drops from 4.4 to 2.6 days, or never
 *     (4.4 days throughout)
 */
public record JinshaResponse(
    Optional<LocalDateTime> honghua,
    Optional<LocalDateTime> community,
    Optional<LocalDateTime> disinfection,
    Optional<LocalDateTime> survey,
    Optional<LocalDateTime> quarantine,
    Optional<LocalDateTime> isolationSwitch) {

  /** Assumption: a closure or response moved to a day starts at 08:00 (as the survey did, FACTS). */
  public static final int START_HOUR = 8;

  /** @throws NullPointerException if an argument is null */
  public JinshaResponse {
    Objects.requireNonNull(honghua, "honghua");
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(disinfection, "disinfection");
    Objects.requireNonNull(survey, "survey");
    Objects.requireNonNull(quarantine, "quarantine");
    Objects.requireNonNull(isolationSwitch, "isolationSwitch");
  }

  /**
   * @return every part as it happened (FACTS): disinfection 23 Jan 08:00, Honghua 25 Jan 13:00,
   *     survey, quarantine and the isolation switch 28 Jan 08:00, whole community 1 Feb 08:00
   */
  public static JinshaResponse asItHappened() {
    return new JinshaResponse(
        Optional.of(JinshaTimeline.HONGHUA_CLOSURE),
        Optional.of(JinshaTimeline.COMMUNITY_CLOSURE),
        Optional.of(JinshaTimeline.DISINFECTION_START),
        Optional.of(JinshaTimeline.SURVEY_START),
        Optional.of(JinshaTimeline.SURVEY_START),
        Optional.of(JinshaTimeline.SURVEY_START));
  }

  /**
   * @param start when everything is sealed
   * @return as it happened but the closures: no early Honghua closure, Honghua and the whole
   *     community sealed at {@code start}
   */
  public static JinshaResponse closureFrom(LocalDateTime start) {
    return asItHappened().withClosure(Optional.of(start));
  }

  /**
   * @param start when the local response starts
   * @return the whole local response (closures, disinfection, survey, quarantine) from {@code
   *     start}; the isolation switch as it happened
   */
  public static JinshaResponse localResponseFrom(LocalDateTime start) {
    return asItHappened().withClosure(Optional.of(start)).withRestOfResponse(Optional.of(start));
  }

  /** @return as it happened but no closure at all (no Honghua, no community closure) */
  public static JinshaResponse closureNever() {
    return asItHappened().withClosure(Optional.empty());
  }

  /** @return no local measure at all; the isolation switch as it happened */
  public static JinshaResponse responseNever() {
    return asItHappened().withClosure(Optional.empty()).withRestOfResponse(Optional.empty());
  }

  /**
   * @param day a day
   * @return {@code day} at {@link #START_HOUR} (assumption)
   */
  public static LocalDateTime startOf(LocalDate day) {
    return day.atTime(START_HOUR, 0);
  }

  /**
   * @param start when everything is sealed, or empty for never
   * @return these parts with no early Honghua closure and the community closure at {@code start}
   */
  public JinshaResponse withClosure(Optional<LocalDateTime> start) {
    return new JinshaResponse(Optional.empty(), start, disinfection, survey, quarantine, isolationSwitch);
  }

  /**
   * @param start when the whole community is sealed, or empty for never
   * @return these parts with the community closure at {@code start}, Honghua's unchanged
   */
  public JinshaResponse withCommunity(Optional<LocalDateTime> start) {
    return new JinshaResponse(honghua, start, disinfection, survey, quarantine, isolationSwitch);
  }

  /**
   * @param start when the rest of the local response starts, or empty for never
   * @return these parts with disinfection, survey and quarantine at {@code start} (closures and the
   *     isolation switch unchanged)
   */
  public JinshaResponse withRestOfResponse(Optional<LocalDateTime> start) {
    return new JinshaResponse(honghua, community, start, start, start, isolationSwitch);
  }

  /**
   * @param start the new isolation switch, or empty for never
   * @return these parts with it
   */
  public JinshaResponse withIsolationSwitch(Optional<LocalDateTime> start) {
    return new JinshaResponse(honghua, community, disinfection, survey, quarantine, start);
  }

  /** @return Honghua's closure if it comes before the community's (otherwise it is not built) */
  public Optional<LocalDateTime> effectiveHonghua() {
    return honghua.filter(h -> community.map(h::isBefore).orElse(true));
  }

  /** @return when the first closure (Honghua's or the community's) starts, or empty for never */
  public Optional<LocalDateTime> firstClosure() {
    return effectiveHonghua().or(() -> community);
  }
}
