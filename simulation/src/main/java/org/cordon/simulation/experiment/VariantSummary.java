package org.cordon.simulation.experiment;

import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedMap;
import org.cordon.InvalidInputException;

/**
 * What one variant came to over its replicates.
 *
 * @param name the variant's name
 * @param closureDate the first day of its community closure, empty for never
 * @param confirmed cumulative confirmed cases by each report date
 * @param infected cumulative infections by each report date
 * @param closeContacts distinct close contacts traced over the horizon
 * @param householdAttackRate the household secondary attack rate (see {@link
 *     org.cordon.simulation.engine.RunResult}), over the replicates that had household contacts
 * @param finalConfirmed confirmed cases at the end of each run (followed past the last day until
 *     nobody is exposed or infectious, or to the follow-up cap)
 * @param finalInfected infections at the end of each run
 * @param runsCapped the runs still going when the follow-up cap was reached (their final counts
 *     are lower bounds)
 * @param cost what its measures cost over the horizon (staffing and confinement)
 */
public record VariantSummary(
    String name,
    Optional<LocalDate> closureDate,
    SortedMap<LocalDate, Band> confirmed,
    SortedMap<LocalDate, Band> infected,
    Band closeContacts,
    Band householdAttackRate,
    Band finalConfirmed,
    Band finalInfected,
    int runsCapped,
    VariantCost cost) {


  /**
   * Confirmed cases by a report date; unlike {@code confirmed().get(date)}, which is null for any
   * other date, this names the dates there are.
   *
   * @param date one of the report dates ({@code confirmed().keySet()})
   * @return the band of cumulative confirmed cases by that date
   * @throws InvalidInputException if {@code date} is not a report date
   */
  public Band confirmedBy(LocalDate date) {
    return byDate(confirmed, date, "confirmed");
  }

  /**
   * Infections by a report date, as {@link #confirmedBy}.
   *
   * @param date one of the report dates ({@code infected().keySet()})
   * @return the band of cumulative infections by that date
   * @throws InvalidInputException if {@code date} is not a report date
   */
  public Band infectedBy(LocalDate date) {
    return byDate(infected, date, "infected");
  }

  private Band byDate(SortedMap<LocalDate, Band> bands, LocalDate date, String what) {
    Band b = date == null ? null : bands.get(date);
    if (b == null) {
      throw InvalidInputException.argument("date", "variant '" + name + "' has " + what + " counts only by "
          + bands.keySet() + ", not by " + date);
    }
    return b;
  }
}
