/**
 * Scenarios as data: YAML scenario files ({@link org.cordon.simulation.scenario.ScenarioFile}: a
 * community, a date range, a timeline of measures and the assumptions), their timeline section
 * ({@link org.cordon.simulation.scenario.TimelineYaml}), built-in presets ({@link
 * org.cordon.simulation.scenario.ScenarioPresets}, {@code jinsha-2020}) and the staffing summary.
 * Every error in a file names the file, the line and the field ({@link
 * org.cordon.simulation.scenario.YamlNode}).
 *
 * <p>API; the measure readers and writers behind {@code TimelineYaml} are package-private.
 */
package org.cordon.simulation.scenario;
