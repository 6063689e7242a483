package org.cordon.community;

/**
 * A workplace: an agency, enterprise or institution (机关企事业单位) where residents work.
 *
 * @param id dense workplace id
 * @param name a label, unique within the community
 * @param compound the compound of its premises, or {@link Community#NONE} when outside the community
 */
public record Workplace(int id, String name, int compound) {}
