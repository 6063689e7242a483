package org.cordon.community;

/**
 * A responsibility unit (责任单元) within a grid (Jinsha had 17); compounds are assigned to one.
 *
 * @param id dense unit id
 * @param grid the grid it belongs to
 * @param name a label
 */
public record ResponsibilityUnit(int id, int grid, String name) {}
