package org.cordon.measure;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Guards (值守) at checkpoints: daytime only or 24 h, a number of posts per checkpoint, a number
 * of shifts a day. In Jinsha guards worked days only at first and went to 24 h after people were
 * found slipping out at night; they grew from about a dozen to 306 (JINSHA_FACTS.md).
 *
 * <p>Guards on duty on a day: {@code checkpoints × postsPerCheckpoint × shifts}. A guarded gate
 * leaks less ({@link ContainmentAssumptions}). Every guarded checkpoint must be controlled by a
 * closure for the whole schedule (checked by {@link PolicyTimeline}).
 *
 * @param name unique name
 * @param start when guards take up their posts
 * @param end when they stand down (exclusive), or empty
 * @param hours daytime only or all day
 * @param checkpoints the checkpoints guarded
 * @param postsPerCheckpoint guards at one checkpoint at one time (at least 1)
 * @param shifts shifts a day, each staffed by different people (at least 1)
 */
public record GuardSchedule(
    String name,
    LocalDateTime start,
    Optional<LocalDateTime> end,
    GuardHours hours,
    CheckpointSet checkpoints,
    int postsPerCheckpoint,
    int shifts)
    implements Measure {

  /** @throws MeasureException if a field is missing or not positive, or it ends before it starts */
  public GuardSchedule {
    Checks.name(name);
    Checks.window(name, start, end);
    Checks.present(name, "hours", hours);
    Checks.present(name, "checkpoints", checkpoints);
    Checks.positive(name, "postsPerCheckpoint", postsPerCheckpoint);
    Checks.positive(name, "shifts", shifts);
  }

  /**
   * @param day a day
   * @return whether guards of this schedule are on duty on that day (in force in a band they cover)
   */
  public boolean onDuty(java.time.LocalDate day) {
    for (TimeBand band : TimeBand.values()) {
      if (hours.covers(band) && inForce(day, band)) {
        return true;
      }
    }
    return false;
  }
}
