package org.cordon.community;

/**
 * A compound (小区): a group of buildings that can be sealed as one, with its own checkpoints.
 *
 * @param id dense compound id
 * @param name a label, unique within the community (e.g. "Honghua")
 * @param kind what kind of place it is
 * @param responsibilityUnit the responsibility unit (责任单元) that answers for it
 * @param area the area (片区) whose leader reports on it at the daily meeting
 */
public record Compound(int id, String name, CompoundKind kind, int responsibilityUnit, int area) {}
