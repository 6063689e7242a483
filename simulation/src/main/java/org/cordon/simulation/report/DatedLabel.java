package org.cordon.simulation.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated note drawn on the charts as a marker line with a label, e.g. the day a measure starts.
 *
 * @param date the day
 * @param label a short label (e.g. "Honghua sealed")
 */
public record DatedLabel(LocalDate date, String label) {
  /** @throws NullPointerException if a part is missing */
  public DatedLabel {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(label, "label");
  }
}
