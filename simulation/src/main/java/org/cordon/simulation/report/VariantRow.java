package org.cordon.simulation.report;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.cordon.simulation.experiment.VariantCost;

/**
 * One row of the comparison table: a variant's cumulative confirmed cases by each report date.
 *
 * @param name the variant's name
 * @param closureDate the first day of its community closure, empty if it never closes
 * @param confirmed cumulative confirmed cases by report date (median and 5-95% band)
 * @param cost what its measures cost (staffing and confinement), as {@code summary.json} has it
 */
public record VariantRow(String name, Optional<LocalDate> closureDate, SortedMap<LocalDate, Quantiles> confirmed,
    VariantCost cost) {
  /**
   * Copies the map.
   *
   * @throws NullPointerException if a part is missing
   */
  public VariantRow {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(closureDate, "closureDate");
    Objects.requireNonNull(cost, "cost");
    confirmed = Collections.unmodifiableSortedMap(new TreeMap<>(confirmed));
  }
}
