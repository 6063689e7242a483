/**
 * The disease model: natural history (S → E → P → I or A → R), transmission rates by contact
 * layer, case finding (care seeking, survey, confirmation, tracing) and importation by returnees.
 * Every default cites {@code docs/sources.md#published-estimates} or a published source, or is labelled an
 * assumption that the user can change (YAML {@code disease} and {@code imports} sections).
 *
 * <p>API: immutable parameter records.
 */
package org.cordon.simulation.disease;
