/**
 * The multi-layer contact graph: who can meet whom, by layer, stored as group memberships
 * (never expanded into pairs) plus recorded pairwise encounters with day intervals.
 *
 * <p>Start at {@link org.cordon.contact.ContactGraph#builder(org.cordon.community.Community)}.
 * {@link org.cordon.contact.GroupLayer} gives an engine array-speed access to the memberships of
 * a layer both ways (group → members, member → groups), {@link org.cordon.contact.EncounterLayer}
 * to recorded encounters, {@link org.cordon.contact.EncounterReader} loads encounters from CSV,
 * and {@link org.cordon.contact.ContactGraph#asGraph(java.util.Set)} gives a JGraphT view with
 * groups expanded into cliques. Days are epoch days in {@code int}s ({@link
 * org.cordon.contact.DayWindow}).
 *
 * <p>API. {@link org.cordon.contact.ContactGraph} is immutable and thread-safe; its builder is not.
 */
package org.cordon.contact;
