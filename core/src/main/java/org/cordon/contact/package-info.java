/**
 * The multi-layer contact graph: who can meet whom, by layer, stored as group memberships
 * (never expanded into pairs) plus recorded pairwise encounters with day intervals.
 */
package org.cordon.contact;
