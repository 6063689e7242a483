package org.cordon.measure;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stage of the door-to-door survey's scope: from {@code from} on, the survey looks for
 * {@code scope}.
 *
 * @param from the first day of the stage
 * @param scope whom the survey covers from that day
 */
public record ScopeStage(LocalDate from, SurveyScope scope) {
  /** @throws NullPointerException if an argument is null */
  public ScopeStage {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(scope, "scope");
  }
}
