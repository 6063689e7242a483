package org.cordon.measure;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cordon.contact.Layer;

/**
 * Collects what the measures in force do to contacts during one band of one day, as a {@link
 * ContactEffect}: each measure's {@link Measure#applyTo(EffectBuilder)} multiplies factors of
 * layers and compounds ({@link #scale}) and seals compounds ({@link #seal}). Made by {@link
 * PolicyTimeline}.
 *
 * <p>How measures combine: the factors one measure sets multiply; of several measures of the same
 * kind (record class) in force at once, the strongest factor counts for each layer and compound
 * (the smallest below 1, the largest above: two overlapping disinfections of a place disinfect it
 * once); the kinds multiply. A compound
 * sealed by several closures leaks as its strictest closure ({@link #seal}: the smallest
 * leakage).
 */
public final class EffectBuilder {
  private static final int LAYERS = Layer.values().length;
  private final MeasureContext context;
  private final LocalDate day;
  private final TimeBand band;
  private final boolean[] guarded;
  private final int compounds;
  private final double[] outside;
  private final Map<Class<?>, double[]> byKind = new LinkedHashMap<>();
  private double[] current;
  private Measure measure;

  EffectBuilder(MeasureContext context, LocalDate day, TimeBand band, boolean[] guarded) {
    this.context = context;
    this.day = day;
    this.band = band;
    this.guarded = guarded;
    this.compounds = context.community().compounds().size();
    this.outside = new double[compounds];
    Arrays.fill(outside, 1.0);
  }

  /** @return the timeline's community, date range, measures and assumptions */
  public MeasureContext context() {
    return context;
  }

  /** @return the day whose effect is being built */
  public LocalDate day() {
    return day;
  }

  /** @return the band of that day */
  public TimeBand band() {
    return band;
  }

  /**
   * @param checkpoint a checkpoint id
   * @return whether a guard ({@link Guarding}) stands at it during this band
   */
  public boolean guarded(int checkpoint) {
    return guarded[checkpoint];
  }

  /**
   * Multiplies the factor on one layer's contacts of one compound's residents.
   *
   * @param layer the layer
   * @param compound a compound id
   * @param factor in [0, 1], or any finite number &gt;= 0 for {@link Layer#HOUSEHOLD}
   * @return this
   * @throws MeasureException (naming the measure) if the factor is out of range
   */
  public EffectBuilder scale(Layer layer, int compound, double factor) {
    check(layer, factor);
    current[layer.ordinal() * compounds + compound] *= factor;
    return this;
  }

  /**
   * Multiplies the factor on one layer's contacts of the residents of some compounds.
   *
   * @param layer the layer
   * @param set the compounds
   * @param factor as for {@link #scale(Layer, int, double)}
   * @return this
   * @throws MeasureException (naming the measure) if the factor is out of range
   */
  public EffectBuilder scale(Layer layer, CompoundSet set, double factor) {
    check(layer, factor);
    for (int c = 0; c < compounds; c++) {
      if (set.contains(c)) {
        current[layer.ordinal() * compounds + c] *= factor;
      }
    }
    return this;
  }

  /**
   * Multiplies the factor on one layer's contacts everywhere.
   *
   * @param layer the layer
   * @param factor as for {@link #scale(Layer, int, double)}
   * @return this
   * @throws MeasureException (naming the measure) if the factor is out of range
   */
  public EffectBuilder scaleEverywhere(Layer layer, double factor) {
    return scale(layer, CompoundSet.allCompounds(), factor);
  }

  /**
   * Seals a compound: its residents' contacts with anyone outside it pass through {@code
   * leakage} (on each side of the contact).
   *
   * @param compound a compound id
   * @param leakage the share of outside contacts left, in [0, 1]
   * @return this
   * @throws MeasureException (naming the measure) if the leakage is not in [0, 1]
   */
  public EffectBuilder seal(int compound, double leakage) {
    org.cordon.Checks.probability(leakage, problem -> new MeasureException(measure.name(), "effect", "leakage " + problem));
    outside[compound] = Math.min(outside[compound], leakage);
    return this;
  }

  private void check(Layer layer, double factor) {
    if (layer == Layer.HOUSEHOLD) {
      org.cordon.Checks.nonNegative(factor, p -> new MeasureException(measure.name(), "effect", layer + " factor " + p));
    } else {
      org.cordon.Checks.probability(factor, p -> new MeasureException(measure.name(), "effect", layer + " factor " + p));
    }
  }

  void apply(Measure m) {
    measure = m;
    current = new double[LAYERS * compounds];
    Arrays.fill(current, 1.0);
    m.applyTo(this);
    double[] kind = byKind.get(m.getClass());
    if (kind == null) {
      byKind.put(m.getClass(), current);
    } else {
      for (int i = 0; i < kind.length; i++) {
        kind[i] = strongest(kind[i], current[i]);
      }
    }
    current = null;
    measure = null;
  }

  /** Of two factors of one kind, the one that changes contacts most (the smaller below 1, the larger above). */
  private static double strongest(double a, double b) {
    if (a <= 1 && b <= 1) {
      return Math.min(a, b);
    }
    if (a >= 1 && b >= 1) {
      return Math.max(a, b);
    }
    return Math.abs(Math.log(a)) >= Math.abs(Math.log(b)) ? a : b;
  }

  EffectTable build() {
    double[] factors = new double[LAYERS * compounds];
    Arrays.fill(factors, 1.0);
    for (double[] kind : byKind.values()) {
      for (int i = 0; i < factors.length; i++) {
        factors[i] *= kind[i];
      }
    }
    return new EffectTable(compounds, factors, outside.clone());
  }
}
