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
 * @param finalConfirmed confirmed cases at the end of the runs (followed past the last day), if known
 * @param cost what its measures cost (staffing and confinement), as {@code summary.json} has it
 */
public record VariantRow(String name, Optional<LocalDate> closureDate, SortedMap<LocalDate, Quantiles> confirmed,
    Optional<Quantiles> finalConfirmed, VariantCost cost) {
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
    Objects.requireNonNull(finalConfirmed, "finalConfirmed");
  }

  /**
   * A row without the counts at the end of the runs.
   *
   * @param name the variant's name
   * @param closureDate the first day of its community closure
   * @param confirmed cumulative confirmed cases by report date
   * @param cost what its measures cost
   */
  public VariantRow(String name, Optional<LocalDate> closureDate, SortedMap<LocalDate, Quantiles> confirmed,
      VariantCost cost) {
    this(name, closureDate, confirmed, Optional.empty(), cost);
  }
}
