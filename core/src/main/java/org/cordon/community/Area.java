package org.cordon.community;

/**
 * An area (片区) whose leader reports at the daily 16:00 meeting (Jinsha had 11 area leaders).
 *
 * @param id dense area id
 * @param name a label
 */
public record Area(int id, String name) {}
