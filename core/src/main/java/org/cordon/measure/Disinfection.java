package org.cordon.measure;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Disinfection (消杀) of public places: in Jinsha the group 5 leader sprayed about 20 t of
 * disinfectant a day for 7 days from 23 Jan 2020, in group 5, Honghua, the cotton-mill compound and
 * the traffic-police housing (JINSHA_FACTS.md). It scales the compound layer of the places it
 * covers, and the community's public places when {@code publicPlaces}, by {@link
 * ContainmentAssumptions#disinfectionFactor()}.
 *
 * @param name unique name
 * @param start when spraying starts
 * @param durationDays for how many days (at least 1); the measure ends {@code start + durationDays}
 * @param places the compounds sprayed
 * @param publicPlaces whether the community's public places (streets, markets) are sprayed too
 */
public record Disinfection(
    String name, LocalDateTime start, int durationDays, CompoundSet places, boolean publicPlaces)
    implements Measure {

  /** @throws MeasureException if a field is missing, the duration not positive, or no place given */
  public Disinfection {
    Checks.name(name);
    Checks.present(name, "start", start);
    Checks.positive(name, "durationDays", durationDays);
    Checks.present(name, "places", places);
    if (!places.all() && places.ids().isEmpty() && !publicPlaces) {
      throw new MeasureException(name, "places", "no place given");
    }
  }

  @Override
  public Optional<LocalDateTime> end() {
    return Optional.of(start.plusDays(durationDays));
  }
}
