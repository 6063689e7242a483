package org.cordon.measure;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Sealing the passages between unit buildings (单元楼之间封闭): residents of one building can no
 * longer walk over to another inside their compound. It scales the compound layer of the
 * compounds it covers (by {@link ContainmentAssumptions#passageClosureCompoundFactor()}); the
 * building and household layers are unchanged.
 *
 * @param name unique name
 * @param start when it takes effect
 * @param end when it is lifted (exclusive), or empty
 * @param compounds the compounds whose inter-building passages are sealed
 */
public record BuildingPassageClosure(
    String name, LocalDateTime start, Optional<LocalDateTime> end, CompoundSet compounds)
    implements Measure {

  /** @throws MeasureException if a field is missing, empty, or the measure ends before it starts */
  public BuildingPassageClosure {
    Checks.name(name);
    Checks.window(name, start, end);
    Checks.present(name, "compounds", compounds);
    if (!compounds.all() && compounds.ids().isEmpty()) {
      throw new MeasureException(name, "compounds", "no compound given");
    }
  }
}
