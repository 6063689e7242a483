package org.cordon.measure;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * A band of the day for which measures take effect: guards that work days only leave the
 * night band unguarded (the article: people were found slipping out at night).
 */
public enum TimeBand {
  /** 08:00 to 20:00 (assumption: the hours of a daytime guard shift; change with the guard schedule). */
  DAYTIME(LocalTime.of(8, 0), LocalTime.of(20, 0)),
  /** 20:00 to 08:00 the next morning. */
  NIGHT(LocalTime.of(20, 0), LocalTime.of(8, 0));

  private final LocalTime start;
  private final LocalTime end;

  TimeBand(LocalTime start, LocalTime end) {
    this.start = start;
    this.end = end;
  }

  /** @return the time the band starts */
  public LocalTime start() {
    return start;
  }

  /** @return the time the band ends */
  public LocalTime end() {
    return end;
  }

  /** @return the share of a day's 24 hours that this band covers */
  public double shareOfDay() {
    return 0.5;
  }

  /**
   * The moment that stands for this band of {@code day} when deciding whether a measure is in
   * force: 14:00 for {@link #DAYTIME}, 02:00 the next morning for {@link #NIGHT}.
   *
   * @param day a day
   * @return the band's midpoint on that day
   */
  public LocalDateTime midpoint(LocalDate day) {
    return this == DAYTIME ? day.atTime(14, 0) : day.plusDays(1).atTime(2, 0);
  }

  /**
   * @param time a time of day
   * @return the band that contains it
   */
  public static TimeBand of(LocalTime time) {
    return !time.isBefore(DAYTIME.start) && time.isBefore(DAYTIME.end) ? DAYTIME : NIGHT;
  }
}
