package org.cordon.simulation.experiment;

import java.time.LocalDate;

/**
 * What was observed in a community, to calibrate against.
 *
 * @param firstDate the first report date
 * @param confirmedByFirst cumulative confirmed cases by {@code firstDate}
 * @param secondDate the second report date
 * @param confirmedBySecond cumulative confirmed cases by {@code secondDate}
 * @param lastDate the end of the observation
 * @param confirmedAfterSecond confirmed cases after {@code secondDate} up to {@code lastDate}
 * @param contactsDate the date of the close-contact tally
 * @param closeContacts close contacts traced by {@code contactsDate}
 */
public record Observed(
    LocalDate firstDate,
    int confirmedByFirst,
    LocalDate secondDate,
    int confirmedBySecond,
    LocalDate lastDate,
    int confirmedAfterSecond,
    LocalDate contactsDate,
    int closeContacts) {

  /**
   * Jinsha (docs/sources.md#the-outbreak): 10 confirmed by 27 Jan (the county's first announcement), 20 by 3 Feb,
   * none after to 8 Mar; 105 close contacts in the tally "after one week of survey" (the survey
   * began 28 Jan; the tally is taken on 4 Feb).
   */
  public static final Observed JINSHA_2020 = new Observed(
      LocalDate.of(2020, 1, 27), 10, LocalDate.of(2020, 2, 3), 20, LocalDate.of(2020, 3, 8), 0,
      LocalDate.of(2020, 2, 4), 105);
}
