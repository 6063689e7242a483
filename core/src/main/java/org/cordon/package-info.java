/**
 * Cordon core: the root package holds what every part shares, such as
 * {@link org.cordon.InvalidInputException}, the one exception type for rejected input.
 *
 * <p>API: public types here are for embedders (README, "Embedding Cordon"); implementation classes
 * are package-private.
 */
package org.cordon;
