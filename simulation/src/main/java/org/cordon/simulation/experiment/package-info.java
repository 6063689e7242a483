/**
 * Experiments on the engine: scenario variants run as paired Monte Carlo replicates on many
 * threads ({@link org.cordon.simulation.experiment.MonteCarlo}), their comparison with
 * intervals ({@link org.cordon.simulation.experiment.Comparison} → {@link
 * org.cordon.simulation.experiment.ComparisonSummary}), the JSON and CSV writers, and the
 * calibration of the unknowns against what Jinsha observed ({@link
 * org.cordon.simulation.experiment.Calibration}).
 */
package org.cordon.simulation.experiment;
