package org.cordon.simulation.experiment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.cordon.InvalidInputException;
import org.cordon.simulation.engine.Interventions;

/**
 * One variant of a scenario: its measures, and the date its community closure starts (for the
 * report; empty when it never closes).
 *
 * @param name a short unique name, e.g. {@code as-happened}
 * @param closureDate the first day of the community closure, or empty for never
 * @param interventions the measures of this variant
 */
public record Variant(String name, Optional<LocalDate> closureDate, Interventions interventions) {
  /** @throws InvalidInputException if the name is blank or a part is missing */
  public Variant {
    if (name == null || name.isBlank()) {
      throw InvalidInputException.argument("variant.name", "blank");
    }
    Objects.requireNonNull(closureDate, "closureDate");
    Objects.requireNonNull(interventions, "interventions");
  }
}
