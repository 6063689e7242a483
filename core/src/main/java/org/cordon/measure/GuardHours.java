package org.cordon.measure;

/** When guards stand at their posts. */
public enum GuardHours {
  /** Daytime only ({@link TimeBand#DAYTIME}): the night band is unguarded. */
  DAYTIME,
  /** Around the clock (24 小时值守). */
  ALL_DAY;

  /**
   * @param band a time band
   * @return whether guards on these hours are at their posts during {@code band}
   */
  public boolean covers(TimeBand band) {
    return this == ALL_DAY || band == TimeBand.DAYTIME;
  }
}
