/**
 * The epidemic engine: a stochastic, seeded simulation of one replicate over a {@link
 * org.cordon.community.Community}, in half-day steps (the DAYTIME and NIGHT {@link
 * org.cordon.measure.TimeBand}s), with a per-group force of infection per contact layer so that
 * the cost follows infections, not population × days. Entry point: {@link
 * org.cordon.simulation.engine.Simulation}.
 *
 * <p>API: {@link org.cordon.simulation.engine.Simulation}, {@link
 * org.cordon.simulation.engine.RunResult}, the {@link org.cordon.simulation.engine.Interventions}
 * contract and its implementations; a replicate is a pure function of (simulation, seed, index).
 * The replicate state and event queue are package-private.
 */
package org.cordon.simulation.engine;
