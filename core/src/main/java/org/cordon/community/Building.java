package org.cordon.community;

/**
 * A residential building (楼栋) or, in a villager group, a cluster of houses treated as one.
 *
 * @param id dense building id
 * @param compound the compound the building stands in
 * @param name a label, unique within the community
 */
public record Building(int id, int compound, String name) {}
