package org.cordon.measure;

import org.cordon.contact.Layer;

/**
 * What the measures in force do to contacts during one time band of one day: a factor per
 * {@link Layer} and compound by which contact rates are multiplied (1 = unchanged, 0 = no
 * contact), and the leakage of each compound's boundary.
 *
 * <ul>
 *   <li>{@link #factor(Layer, int)} for a layer whose groups lie inside one compound ({@link
 *       Layer#withinCompound()}: household, building, compound) is the factor on the contacts in
 *       that compound's groups of the layer; for a layer that crosses compounds (workplace,
 *       community, encounter) it is the factor on the contacts of that layer in which a resident
 *       of the compound can be infected (one factor per contact, on the side of the resident
 *       reached; a measure that covers everyone, as every shipped one does, scales every contact
 *       of the layer once).
 *   <li>{@link #outside(int)} is the leakage of the compound's boundary: 1 when open, the
 *       leakage through its gates when sealed. It applies, on both sides, to every contact of a
 *       layer that crosses compounds, on top of that layer's factor: a compound sealed with
 *       leakage 0 exchanges no contact with anyone outside it.
 * </ul>
 *
 * <p>Every factor is in [0, 1], except the household layer's, which may be above 1 (people who
 * stay home meet their household more); factors are finite and never negative.
 */
public interface ContactEffect {
  /**
   * @param layer a contact layer
   * @param compound a compound id
   * @return the factor on that layer's contacts of residents of that compound (see the class
   *     comment for layers that cross compounds)
   */
  double factor(Layer layer, int compound);

  /**
   * @param compound a compound id
   * @return the factor on each side of a contact between a resident of that compound and anyone
   *     outside it (workplace, community and encounter layers): 1 when open, the leakage when
   *     sealed
   */
  double outside(int compound);

  /** No measure in force: every factor is 1. */
  ContactEffect NONE =
      new ContactEffect() {
        @Override
        public double factor(Layer layer, int compound) {
          return 1.0;
        }

        @Override
        public double outside(int compound) {
          return 1.0;
        }
      };
}
