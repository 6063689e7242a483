package org.cordon.simulation.sweep;

import java.time.LocalDate;
import java.util.Objects;
import org.cordon.simulation.experiment.Band;
import org.cordon.simulation.experiment.PairedComparison;

/**
 * One start date of a sweep: its cumulative confirmed cases and infections by the last day over
 * the replicates, and both against the earliest date, paired replicate by replicate.
 *
 * @param start the date the part starts
 * @param confirmed confirmed cases by the last day (median and 5-95%, nearest rank)
 * @param infected infections by the last day
 * @param extraConfirmed confirmed cases minus those of the earliest date, paired
 * @param extraInfected infections minus those of the earliest date, paired
 */
public record SweepPoint(
    LocalDate start, Band confirmed, Band infected, PairedComparison extraConfirmed, PairedComparison extraInfected) {
  /** @throws NullPointerException if a part is missing */
  public SweepPoint {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(confirmed, "confirmed");
    Objects.requireNonNull(infected, "infected");
    Objects.requireNonNull(extraConfirmed, "extraConfirmed");
    Objects.requireNonNull(extraInfected, "extraInfected");
  }
}
