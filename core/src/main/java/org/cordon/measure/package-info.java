/**
 * Containment measures on a dated timeline: compound and community closure (封闭管理),
 * checkpoints (卡口) and their barriers, guards (值守), sealed building passages, the door-to-door
 * survey (摸排) with its widening scope, isolation of cases, quarantine of close contacts and
 * disinfection (消杀); what each does to contacts and what it costs in people.
 *
 * <p>Measures are immutable records ({@link org.cordon.measure.Measure}) that validate their own
 * fields. A {@link org.cordon.measure.PolicyTimeline} validates them against a community, a
 * scenario date range and each other (contradictions are errors naming the measure and field),
 * then precomputes the {@link org.cordon.measure.ContactEffect} of every day and
 * {@link org.cordon.measure.TimeBand}, the staffing and the survey's coverage. Numbers no source
 * gives are the named {@link org.cordon.measure.ContainmentAssumptions}.
 * {@link org.cordon.measure.JinshaTimeline} is the Jinsha 2020 preset.
 *
 * <p>API. Measures and {@link org.cordon.measure.PolicyTimeline} are immutable and thread-safe;
 * builders are not; effect tables and validation are package-private.
 */
package org.cordon.measure;
