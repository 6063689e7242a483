package org.cordon.simulation.plugin;

import java.time.LocalDateTime;
import java.util.Optional;
import org.cordon.Checks;
import org.cordon.contact.Layer;
import org.cordon.measure.EffectBuilder;
import org.cordon.measure.Measure;
import org.cordon.measure.MeasureException;

/**
 * A throwaway measure, written only against the public API as a user would: a mask mandate that
 * scales workplace and community contacts by {@code factor}.
 *
 * @param name unique name
 * @param start when masks become compulsory
 * @param end when the mandate is lifted, or empty
 * @param factor the factor left on workplace and community contacts, in [0, 1]
 */
public record MaskMandate(String name, LocalDateTime start, Optional<LocalDateTime> end, double factor)
    implements Measure {

  /** @throws MeasureException if the factor is not in [0, 1] */
  public MaskMandate {
    Checks.probability(factor, problem -> new MeasureException(name, "factor", problem));
  }

  @Override
  public void applyTo(EffectBuilder effect) {
    effect.scaleEverywhere(Layer.WORKPLACE, factor).scaleEverywhere(Layer.COMMUNITY, factor);
  }
}
