package org.cordon.measure;

import java.time.LocalDateTime;
import java.util.Optional;
import org.cordon.contact.Layer;

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
    FieldChecks.name(name);
    FieldChecks.window(name, start, end);
    FieldChecks.present(name, "compounds", compounds);
    if (!compounds.all() && compounds.ids().isEmpty()) {
      throw new MeasureException(name, "compounds", "no compound given");
    }
  }

  /** @throws MeasureException for an unknown compound */
  @Override
  public void validate(MeasureContext timeline) {
    timeline.checkEnd(this);
    timeline.checkCompounds(this, "compounds", compounds);
  }

  /** Scales the compound layer of its compounds by {@link ContainmentAssumptions#passageClosureCompoundFactor()}. */
  @Override
  public void applyTo(EffectBuilder effect) {
    effect.scale(Layer.COMPOUND, compounds, effect.context().assumptions().passageClosureCompoundFactor());
  }
}
