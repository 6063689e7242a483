/**
 * Experiments on the engine: scenario variants run as paired Monte Carlo replicates on many
 * threads ({@link org.cordon.simulation.experiment.MonteCarlo}), their comparison with
 * intervals ({@link org.cordon.simulation.experiment.Comparison} → {@link
 * org.cordon.simulation.experiment.ComparisonSummary}), the JSON and CSV writers, and the
 * calibration of the unknowns against what Jinsha observed ({@code
 * org.cordon.simulation.experiment.Calibration}).
 *
 * <p>API. {@link org.cordon.simulation.experiment.MonteCarlo} gives identical results from a seed
 * whatever the thread count; experiments and summaries are immutable.
 */
package org.cordon.simulation.experiment;
