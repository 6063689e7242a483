package org.cordon.community;

/**
 * A grid (网格) within a zone (Jinsha had 7).
 *
 * @param id dense grid id
 * @param zone the zone it belongs to
 * @param name a label
 */
public record Grid(int id, int zone, String name) {}
