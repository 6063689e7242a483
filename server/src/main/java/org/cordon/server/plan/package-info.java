/**
 * A planner's plan ({@link org.cordon.server.plan.Plan}), the fields it may change ({@link
 * org.cordon.server.plan.PlanField}) and its translation into a scenario file that {@code cordon
 * compare} runs to the same results ({@link org.cordon.server.plan.PlanScenario}).
 */
package org.cordon.server.plan;
