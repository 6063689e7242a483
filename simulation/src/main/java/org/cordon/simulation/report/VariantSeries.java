package org.cordon.simulation.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cordon.InvalidInputException;

/**
 * One variant's daily series for the charts.
 *
 * @param name the variant's name (e.g. {@code as-happened})
 * @param closureDate the first day of its community closure, empty if it never closes
 * @param cumulativeConfirmed cumulative confirmed cases by day (median and 5-95% band)
 * @param newInfections new infections by day (median and 5-95% band)
 * @param staffing guards, survey staff and survey coverage by day (from the variant's timeline)
 */
public record VariantSeries(
    String name,
    Optional<LocalDate> closureDate,
    List<BandPoint> cumulativeConfirmed,
    List<BandPoint> newInfections,
    List<StaffingPoint> staffing) {
  /** @throws InvalidInputException for a blank name */
  public VariantSeries {
    if (name == null || name.isBlank()) {
      throw InvalidInputException.argument("variant", "blank name");
    }
    Objects.requireNonNull(closureDate, "closureDate");
    cumulativeConfirmed = List.copyOf(cumulativeConfirmed);
    newInfections = List.copyOf(newInfections);
    staffing = List.copyOf(staffing);
  }
}
