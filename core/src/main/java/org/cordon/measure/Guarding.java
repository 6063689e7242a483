package org.cordon.measure;

import java.time.LocalDate;

/**
 * A measure that posts guards (值守) at checkpoints: a guarded gate of a sealed compound leaks
 * less ({@link EffectBuilder#guarded(int)}), and the guards count in the timeline's staffing
 * ({@link PolicyTimeline#guardsOnDuty(LocalDate)}). {@link GuardSchedule} is the shipped one.
 */
public interface Guarding extends Measure {
  /**
   * @param context the timeline
   * @param band a band in which the measure is in force
   * @return the ids of the checkpoints guarded during that band
   */
  int[] guardedCheckpoints(MeasureContext context, TimeBand band);

  /**
   * @param context the timeline
   * @param day a day of the scenario
   * @return the guards of this measure on duty that day
   */
  int guardsOnDuty(MeasureContext context, LocalDate day);
}
