/**
 * {@code cordon serve}: a local web page where a planner edits a plan (closure dates, guards,
 * survey staff, assumptions) and compares it with the scenario's baseline over paired Monte Carlo
 * runs, and the JSON API under {@code /api} behind it ({@link org.cordon.server.CordonServer}).
 * Nothing below this module knows HTTP.
 */
package org.cordon.server;
