/**
 * Progress of long runs (Monte Carlo comparisons, calibrations) on standard error: a one-line bar
 * redrawn in place on a terminal, periodic plain lines when the output is a file or a pipe, or
 * nothing with {@code --quiet}. Reporting progress never changes results: it only counts.
 *
 * <p>API: the {@link org.cordon.simulation.progress.Progress} counter that {@code MonteCarlo}
 * accepts, and the meter.
 */
package org.cordon.simulation.progress;
