package org.cordon.measure;

import java.util.Arrays;
import org.cordon.contact.Layer;

/**
 * The precomputed {@link ContactEffect} of one time band of one day: one factor per compound for
 * the compound layer and for contacts outside the compound, and one for public places. Lookups
 * are array reads. Immutable.
 */
final class EffectTable implements ContactEffect {
  private final double[] compoundLayer;
  private final double[] outside;
  private final double publicPlaces;

  EffectTable(double[] compoundLayer, double[] outside, double publicPlaces) {
    this.compoundLayer = compoundLayer;
    this.outside = outside;
    this.publicPlaces = publicPlaces;
  }

  @Override
  public double withinCompound(Layer layer, int compound) {
    switch (layer) {
      case HOUSEHOLD:
      case BUILDING:
        return 1.0;
      case COMPOUND:
        return compoundLayer[compound];
      default:
        throw new IllegalArgumentException("not a within-compound layer: " + layer);
    }
  }

  @Override
  public double outside(int compound) {
    return outside[compound];
  }

  @Override
  public double publicPlaces() {
    return publicPlaces;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EffectTable t
        && Arrays.equals(compoundLayer, t.compoundLayer)
        && Arrays.equals(outside, t.outside)
        && publicPlaces == t.publicPlaces;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(outside) + Arrays.hashCode(compoundLayer);
  }

  @Override
  public String toString() {
    return "EffectTable[outside=" + Arrays.toString(outside) + ", compoundLayer="
        + Arrays.toString(compoundLayer) + ", publicPlaces=" + publicPlaces + "]";
  }
}
