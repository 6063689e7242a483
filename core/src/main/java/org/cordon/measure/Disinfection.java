package org.cordon.measure;

import java.time.LocalDateTime;
import java.util.Optional;
import org.cordon.contact.Layer;

/**
 * Disinfection (消杀) of public places: in Jinsha the group 5 leader sprayed about 20 t of
 * disinfectant a day for 7 days from 23 Jan 2020, in group 5, Honghua, the cotton-mill compound and
 * the traffic-police housing (docs/sources.md#the-response). It scales the compound layer of the places it
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
    FieldChecks.name(name);
    FieldChecks.present(name, "start", start);
    FieldChecks.positive(name, "durationDays", durationDays);
    FieldChecks.present(name, "places", places);
    if (!places.all() && places.ids().isEmpty() && !publicPlaces) {
      throw new MeasureException(name, "places", "no place given");
    }
  }

  @Override
  public Optional<LocalDateTime> end() {
    return Optional.of(start.plusDays(durationDays));
  }

  /**
   * Checks the places; the end, derived from the duration, may pass the scenario's end.
   *
   * @throws MeasureException for an unknown compound
   */
  @Override
  public void validate(MeasureContext timeline) {
    timeline.checkCompounds(this, "places", places);
  }

  /**
   * Scales the compound layer of its places, and public places if {@code publicPlaces}, by
   * {@link ContainmentAssumptions#disinfectionFactor()}.
   */
  @Override
  public void applyTo(EffectBuilder effect) {
    double f = effect.context().assumptions().disinfectionFactor();
    effect.scale(Layer.COMPOUND, places, f);
    if (publicPlaces) {
      effect.scaleEverywhere(Layer.COMMUNITY, f);
    }
  }
}
