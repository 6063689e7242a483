package org.cordon.measure;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * Guards (值守) at checkpoints: daytime only or 24 h, a number of posts per checkpoint, a number
 * of shifts a day. In Jinsha guards worked days only at first and went to 24 h after people were
 * found slipping out at night; they grew from about a dozen to 306 (docs/sources.md#the-response).
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
    implements Guarding {

  /** @throws MeasureException if a field is missing or not positive, or it ends before it starts */
  public GuardSchedule {
    FieldChecks.name(name);
    FieldChecks.window(name, start, end);
    FieldChecks.present(name, "hours", hours);
    FieldChecks.present(name, "checkpoints", checkpoints);
    FieldChecks.positive(name, "postsPerCheckpoint", postsPerCheckpoint);
    FieldChecks.positive(name, "shifts", shifts);
  }

  @Override
  public int[] guardedCheckpoints(MeasureContext context, TimeBand band) {
    return hours.covers(band) ? context.resolve(checkpoints) : new int[0];
  }

  @Override
  public int guardsOnDuty(MeasureContext context, java.time.LocalDate day) {
    return onDuty(day) ? Math.multiplyExact(Math.multiplyExact(context.resolve(checkpoints).length, postsPerCheckpoint), shifts) : 0;
  }

  /**
   * @throws MeasureException for an unknown checkpoint, or a guarded checkpoint that no closure
   *     controls for the whole schedule
   */
  @Override
  public void validate(MeasureContext timeline) {
    timeline.checkEnd(this);
    timeline.checkCheckpoints(this, "checkpoints", checkpoints);
    LocalDateTime guardEnd = end.orElse(timeline.horizon());
    for (int gate : timeline.resolve(checkpoints)) {
      List<LocalDateTime[]> windows = new ArrayList<>();
      for (Measure m : timeline.measures()) {
        if (m instanceof Closure c && Arrays.binarySearch(timeline.resolve(c.checkpoints()), gate) >= 0) {
          windows.add(new LocalDateTime[] {c.start(), c.end().orElse(timeline.horizon())});
        }
      }
      windows.sort(Comparator.comparing(w -> w[0]));
      LocalDateTime covered = start;
      for (LocalDateTime[] w : windows) {
        if (w[0].isAfter(covered)) {
          break;
        }
        if (w[1].isAfter(covered)) {
          covered = w[1];
        }
      }
      if (covered.isBefore(guardEnd)) {
        throw new MeasureException(
            name,
            "checkpoints",
            "checkpoint '" + timeline.community().checkpoints().get(gate).name()
                + "' is guarded from " + covered + " but no closure covers it then");
      }
    }
  }

  /** @throws MeasureException if an overlapping guard schedule guards one of the same checkpoints */
  @Override
  public void checkAgainst(Measure earlier, MeasureContext timeline) {
    if (!(earlier instanceof GuardSchedule a)) {
      return;
    }
    Set<Integer> shared = new HashSet<>();
    for (int id : timeline.resolve(a.checkpoints())) {
      shared.add(id);
    }
    for (int id : timeline.resolve(checkpoints)) {
      if (shared.contains(id)) {
        throw new MeasureException(
            name,
            "checkpoints",
            "guards at checkpoint '" + timeline.community().checkpoints().get(id).name() + "' overlaps '"
                + earlier.name() + "'");
      }
    }
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
