package org.cordon.measure;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One containment measure on a {@link PolicyTimeline}: a value with a unique name, a start (date
 * and time of day) and an optional end (exclusive). Measures are immutable records; each
 * validates its own fields when constructed, and the timeline validates them against a community,
 * a scenario date range and each other.
 *
 * <p>A measure is in force during a {@link TimeBand} of a day when it is in force at the band's
 * midpoint ({@link TimeBand#midpoint(LocalDate)}): Honghua, sealed at 13:00 on 25 Jan, is sealed
 * for the daytime band of 25 Jan (midpoint 14:00).
 *
 * <p>A measure is a plug-in: it supplies its own effect on contacts ({@link
 * #applyTo(EffectBuilder)}), its own checks against the community and the scenario ({@link
 * #validate(MeasureContext)}) and against the other measures ({@link #checkAgainst(Measure,
 * MeasureContext)}); a scenario file reads and writes it from its record components (the
 * simulation module's {@code MeasureRegistry}). The engine applies the survey, case isolation and
 * contact quarantine, which {@link PolicyTimeline} hands it by type.
 */
public interface Measure {

  /** @return the measure's name, unique within a timeline, used in error messages */
  String name();

  /** @return when the measure takes effect */
  LocalDateTime start();

  /** @return when it stops (exclusive), or empty if it lasts to the end of the scenario */
  Optional<LocalDateTime> end();

  /**
   * @param time a date and time
   * @return whether the measure is in force at that moment
   */
  default boolean inForceAt(LocalDateTime time) {
    return !time.isBefore(start()) && end().map(time::isBefore).orElse(true);
  }

  /**
   * @param day a day
   * @param band a band of that day
   * @return whether the measure is in force during that band (at its midpoint)
   */
  default boolean inForce(LocalDate day, TimeBand band) {
    return inForceAt(band.midpoint(day));
  }

  /**
   * @param other another measure
   * @return whether the two measures' periods overlap
   */
  default boolean overlaps(Measure other) {
    boolean otherStartsBeforeThisEnds = end().map(e -> other.start().isBefore(e)).orElse(true);
    boolean thisStartsBeforeOtherEnds = other.end().map(e -> start().isBefore(e)).orElse(true);
    return otherStartsBeforeThisEnds && thisStartsBeforeOtherEnds;
  }

  /**
   * Checks this measure against the timeline's community and date range (its start day is
   * checked by the timeline). The default checks that it does not end after the scenario.
   *
   * @param timeline the timeline
   * @throws MeasureException naming this measure and the field, e.g. for an unknown compound
   */
  default void validate(MeasureContext timeline) {
    timeline.checkEnd(this);
  }

  /**
   * Checks this measure against one added before it whose period overlaps its own ({@link
   * #overlaps(Measure)}), e.g. two closures of one compound with different barriers. The default
   * accepts every pair.
   *
   * @param earlier the measure added earlier
   * @param timeline the timeline
   * @throws MeasureException naming this measure and the field if the two contradict each other
   */
  default void checkAgainst(Measure earlier, MeasureContext timeline) {}

  /**
   * Applies what this measure does to contacts during one band in which it is in force ({@link
   * EffectBuilder#day()}, {@link EffectBuilder#band()}). The default does nothing (the survey,
   * isolation and quarantine act through the engine).
   *
   * @param effect the effect being built
   * @throws MeasureException if a factor is out of range
   */
  default void applyTo(EffectBuilder effect) {}
}
