/**
 * Global sensitivity analysis by Sobol indices, in the three plain steps of SALib (Herman and
 * Usher 2017) around the user's model: a {@link org.cordon.simulation.sensitivity.SensitivityProblem}
 * (input names and ranges), a {@link org.cordon.simulation.sensitivity.SaltelliDesign} (the
 * quasi-random sample), the evaluation (a {@link org.cordon.simulation.sensitivity.SensitivityModel},
 * run over the design by {@link org.cordon.simulation.sensitivity.DesignRunner}), and {@link
 * org.cordon.simulation.sensitivity.SobolAnalysis} (first-order and total indices with bootstrap
 * intervals). The method knows nothing of epidemics; the Jinsha model and its inputs are {@link
 * org.cordon.simulation.sensitivity.JinshaSensitivity} and {@link
 * org.cordon.simulation.sensitivity.JinshaInputs}. See {@code docs/sensitivity.md}.
 */
package org.cordon.simulation.sensitivity;
