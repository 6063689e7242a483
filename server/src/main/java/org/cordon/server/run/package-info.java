/**
 * Runs of plans on the engine: queueing, concurrency, cancellation and progress ({@link
 * org.cordon.server.run.RunManager}), and each finished run's downloads and chart data ({@link
 * org.cordon.server.run.RunResults}).
 */
package org.cordon.server.run;
