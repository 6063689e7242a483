package org.cordon.community;

/**
 * A zone (战区), the top level of the command structure (Jinsha had 3).
 *
 * @param id dense zone id
 * @param name a label
 */
public record Zone(int id, String name) {}
