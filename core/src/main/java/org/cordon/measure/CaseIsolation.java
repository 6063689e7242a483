package org.cordon.measure;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Isolation of confirmed cases ("该治疗的住院治疗"): while in force, a case is isolated
 * {@code delayDays} after symptom onset and makes no further contacts (the engine applies it).
 *
 * @param name unique name
 * @param start when it takes effect
 * @param end when it stops (exclusive), or empty
 * @param delayDays mean days from symptom onset to isolation (&gt;= 0)
 */
public record CaseIsolation(
    String name, LocalDateTime start, Optional<LocalDateTime> end, double delayDays)
    implements Measure {

  /** @throws MeasureException if a field is missing, the delay negative or NaN, or it ends before it starts */
  public CaseIsolation {
    FieldChecks.name(name);
    FieldChecks.window(name, start, end);
    FieldChecks.days(name, "delayDays", delayDays);
  }

  /** @throws MeasureException if another case isolation overlaps this one */
  @Override
  public void checkAgainst(Measure earlier, MeasureContext timeline) {
    timeline.rejectSecond(this, earlier, "case isolation");
  }
}
