package org.cordon.community.synth;

import org.cordon.InvalidInputException;

/**
 * How the synthesizer lays out compounds of one {@link org.cordon.community.CompoundKind}. All
 * four numbers are assumptions (the article gives no compound, building or gate sizes); change them
 * through {@link JinshaProfile}.
 *
 * @param householdWeight relative number of households in one compound of this kind before the
 *     per-seed jitter ({@code 0} for compounds without homes, such as institutions)
 * @param householdSizeFactor relative mean household size (1 = the community's ordinary mean;
 *     villager households are larger)
 * @param householdsPerBuilding households per building (楼栋); a compound gets {@code
 *     ceil(households / householdsPerBuilding)} buildings, at least one
 * @param gatesPerCompound checkpoints (卡口) on the boundary of each compound of this kind

 */
public record KindLayout(
    double householdWeight, double householdSizeFactor, int householdsPerBuilding, int gatesPerCompound) {

  /**
   * Validates the numbers.
   *
   * @throws InvalidInputException if a number is negative or not finite, or {@code
   *     householdsPerBuilding < 1}
   */
  public KindLayout {
    if (!(householdWeight >= 0 && householdWeight < Double.POSITIVE_INFINITY)) {
      throw InvalidInputException.argument("layout.householdWeight", "must be finite and >= 0: " + householdWeight);
    }
    if (!(householdSizeFactor > 0 && householdSizeFactor < Double.POSITIVE_INFINITY)) {
      throw InvalidInputException.argument(
          "layout.householdSizeFactor", "must be finite and > 0: " + householdSizeFactor);
    }
    if (householdsPerBuilding < 1) {
      throw InvalidInputException.argument("layout.householdsPerBuilding", "must be >= 1: " + householdsPerBuilding);
    }
    if (gatesPerCompound < 0) {
      throw InvalidInputException.argument("layout.gatesPerCompound", "must be >= 0: " + gatesPerCompound);
    }
  }
}
