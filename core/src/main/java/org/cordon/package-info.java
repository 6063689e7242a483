/**
 * Cordon core: the root package holds what every part shares, such as
 * {@link org.cordon.InvalidInputException}, the one exception type for rejected input.
 */
package org.cordon;
