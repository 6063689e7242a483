package org.cordon.simulation.experiment;

import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedMap;

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

    VariantCost cost) {}
