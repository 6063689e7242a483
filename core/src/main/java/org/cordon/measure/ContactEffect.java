package org.cordon.measure;

import org.cordon.contact.Layer;

/**
 * What the measures in force do to contacts during one time band of one day: factors in [0, 1]
 * by which contact rates are multiplied (1 = unchanged, 0 = no contact).
 *
 * <p>Two kinds of factor: inside a compound (building and compound layers, e.g. passages between
 * unit buildings sealed; the household layer is never reduced by a closure) and for meeting
 * people outside one's own compound (the community, workplace and encounter layers), which a
 * sealed compound reduces to the leakage through its guarded gates.
 */
public interface ContactEffect {
  /**
   * @param layer a layer whose contacts stay inside one compound ({@link Layer#withinCompound()})
   * @param compound a compound id
   * @return the factor on contacts in that layer among residents of that compound
   */
  double withinCompound(Layer layer, int compound);

  /**
   * @param compound a compound id
   * @return the factor on contacts between residents of that compound and anyone outside it
   *     (community, workplace and encounter layers): 1 when open, the leakage when sealed
   */
  double outside(int compound);

  /**
   * @return the factor on community-layer contacts everywhere (public places), e.g. from
   *     disinfection or a community-wide closure of public places
   */
  double publicPlaces();

  /** No measure in force: every factor is 1. */
  ContactEffect NONE =
      new ContactEffect() {
        @Override
        public double withinCompound(Layer layer, int compound) {
          return 1.0;
        }

        @Override
        public double outside(int compound) {
          return 1.0;
        }

        @Override
        public double publicPlaces() {
          return 1.0;
        }
      };
}
