package org.cordon.measure;

import java.util.Arrays;
import org.cordon.contact.Layer;

/**
 * The precomputed {@link ContactEffect} of one time band of one day: one factor per layer and
 * compound, and one leakage per compound. Lookups are array reads. Immutable.
 */
final class EffectTable implements ContactEffect {
  private final int compounds;
  private final double[] factors; // [layer * compounds + compound]
  private final double[] outside;

  EffectTable(int compounds, double[] factors, double[] outside) {
    this.compounds = compounds;
    this.factors = factors;
    this.outside = outside;
  }

  @Override
  public double factor(Layer layer, int compound) {
    if (compound < 0 || compound >= compounds) {
      throw new IndexOutOfBoundsException("compound " + compound + " of " + compounds);
    }
    return factors[layer.ordinal() * compounds + compound];
  }

  @Override
  public double outside(int compound) {
    return outside[compound];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EffectTable t && Arrays.equals(factors, t.factors) && Arrays.equals(outside, t.outside);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(outside) + Arrays.hashCode(factors);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("EffectTable[outside=").append(Arrays.toString(outside));
    for (Layer l : Layer.values()) {
      int from = l.ordinal() * compounds;
      sb.append(", ").append(l).append('=').append(Arrays.toString(Arrays.copyOfRange(factors, from, from + compounds)));
    }
    return sb.append(']').toString();
  }
}
