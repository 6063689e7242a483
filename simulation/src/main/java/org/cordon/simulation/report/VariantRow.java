package org.cordon.simulation.report;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One row of the comparison table: a variant's cumulative confirmed cases by each report date.
 *
 * @param name the variant's name
 * @param closureDate the first day of its community closure, empty if it never closes
 * @param confirmed cumulative confirmed cases by report date (median and 5-95% band)
 * @param finalConfirmed confirmed cases at the end of the runs (followed past the last day), if known
 */
public record VariantRow(String name, Optional<LocalDate> closureDate, SortedMap<LocalDate, Quantiles> confirmed,
    Optional<Quantiles> finalConfirmed) {
  /**
   * Copies the map.
   *
   * @throws NullPointerException if a part is missing
   */
  public VariantRow {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(closureDate, "closureDate");
    confirmed = Collections.unmodifiableSortedMap(new TreeMap<>(confirmed));
    Objects.requireNonNull(finalConfirmed, "finalConfirmed");
  }

  /**
   * A row without the counts at the end of the runs.
   *
   * @param name the variant's name
   * @param closureDate the first day of its community closure
   * @param confirmed cumulative confirmed cases by report date
   */
  public VariantRow(String name, Optional<LocalDate> closureDate, SortedMap<LocalDate, Quantiles> confirmed) {
    this(name, closureDate, confirmed, Optional.empty());
  }
}
