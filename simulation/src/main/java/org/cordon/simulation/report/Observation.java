package org.cordon.simulation.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.cordon.InvalidInputException;

/**
 * An observed cumulative count of confirmed cases, drawn as a point over the model's bands.
 *
 * @param date the day
 * @param confirmed cumulative confirmed cases by that day
 * @param source where the figure comes from
 */
public record Observation(LocalDate date, int confirmed, String source) {
  /** @throws InvalidInputException for a negative count */
  public Observation {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    if (confirmed < 0) {
      throw InvalidInputException.argument("observation", "negative count on " + date);
    }
  }

  /**
   * @param observed a preset's observations
   * @return its two confirmed counts as points (the first and second date; docs/sources.md#the-outbreak)
   */
  public static List<Observation> of(org.cordon.simulation.experiment.Observed observed) {
    return List.of(
        new Observation(observed.firstDate(), observed.confirmedByFirst(), "docs/sources.md#the-outbreak: county announcement, 10 in Jinsha"),
        new Observation(observed.secondDate(), observed.confirmedBySecond(), "docs/sources.md#the-outbreak: cumulative 20, none after"));
  }

  /**
   * Jinsha's observed confirmed cases: 10 by the county's first announcement (27 Jan 2020) and 20
   * by 3 Feb 2020, the last new case (docs/sources.md#the-outbreak, calendar).
   *
   * @return the two observations
   */
  public static List<Observation> jinsha2020() {
    return List.of(
        new Observation(LocalDate.of(2020, 1, 27), 10, "docs/sources.md#the-outbreak: county announcement, 10 in Jinsha"),
        new Observation(LocalDate.of(2020, 2, 3), 20, "docs/sources.md#the-outbreak: cumulative 20, none after"));
  }
}
