/**
 * The cost of each day of delay: a part of the response ({@link org.cordon.measure.ResponsePart},
 * the closure or the whole local response) moved over a range of start dates, every date run as
 * paired Monte Carlo replicates with common random numbers (replicate {@code i} has the same
 * seed, streams and parameter draw at every date), summarised against the earliest date and as a
 * fitted slope per day ({@link org.cordon.simulation.sweep.Sweep} → {@link
 * org.cordon.simulation.sweep.SweepResult}, written by {@link org.cordon.simulation.sweep.SweepCsv}
 * and {@link org.cordon.simulation.sweep.SweepJson}).
 *
 * <p>API. A {@link org.cordon.simulation.sweep.SweepPlan} takes any function from a start date to
 * a {@link org.cordon.simulation.experiment.Variant}; {@link
 * org.cordon.simulation.sweep.SweepScenarios} builds the plans of {@code cordon sweep} from the
 * Jinsha parts, the same ones {@code cordon compare}'s variants move.
 */
package org.cordon.simulation.sweep;
