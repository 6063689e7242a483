package org.cordon.community;

/**
 * A household (户): the people who live together in one flat or house.
 *
 * @param id dense household id
 * @param building the building the household lives in
 */
public record Household(int id, int building) {}
