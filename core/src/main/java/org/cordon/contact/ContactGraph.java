package org.cordon.contact;

import java.util.EnumMap;
import java.util.Objects;
import java.util.Set;
import org.cordon.InvalidInputException;
import org.cordon.community.Community;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;

/**
 * The multi-layer contact graph of a community: who can meet whom, and on which days.
 *
 * <p>Group layers (household, building, compound, workplace, community) are stored as
 * memberships in a {@link GroupLayer}, never expanded into pairs: a 1,000-person compound is
 * 1,000 memberships, not 499,500 edges. Recorded encounters are pairwise, in an {@link
 * EncounterLayer} with their days and minutes beside the edges. Two residents are in contact on
 * a day through a group if both memberships are valid that day, and through an encounter on each
 * of its days.
 *
 * <pre>{@code
 * ContactGraph graph = ContactGraph.builder(community).addEncounters(encounters).build();
 * GroupLayer households = graph.layer(Layer.HOUSEHOLD);
 * Graph<Integer, DefaultEdge> view = graph.asGraph(EnumSet.of(Layer.HOUSEHOLD, Layer.WORKPLACE));
 * }</pre>
 *
 * <p>Immutable and thread-safe; build one per community and share it (the engine's replicates
 * and the tracer all read the same arrays).
 */
public final class ContactGraph {
  private final Community community;
  private final EnumMap<Layer, GroupLayer> layers;
  private final EncounterLayer encounters;

  ContactGraph(Community community, EnumMap<Layer, GroupLayer> layers, EncounterLayer encounters) {
    this.community = community;
    this.layers = layers;
    this.encounters = encounters;
  }

  /**
   * @param community a community
   * @return a builder starting with the community's memberships and no encounters
   */
  public static ContactGraphBuilder builder(Community community) {
    return new ContactGraphBuilder(community);
  }

  /**
   * @param community a community
   * @return the graph of the community's memberships (returnees from their arrival) and no encounters
   */
  public static ContactGraph of(Community community) {
    return builder(community).build();
  }

  /** @return the community the graph was built from */
  public Community community() {
    return community;
  }

  /** @return the number of residents (vertices) */
  public int residentCount() {
    return community.residentCount();
  }

  /**
   * @param layer a group layer
   * @return its memberships
   * @throws InvalidInputException if {@code layer} is {@link Layer#ENCOUNTER} (see {@link #encounters()})
   */
  public GroupLayer layer(Layer layer) {
    Objects.requireNonNull(layer, "layer");
    GroupLayer g = layers.get(layer);
    if (g == null) {
      throw InvalidInputException.argument("layer", layer + " is not a group layer; use encounters()");
    }
    return g;
  }

  /** @return the recorded encounters */
  public EncounterLayer encounters() {
    return encounters;
  }

  /**
   * @return approximate bytes held by the graph's arrays (not counting the community), each array
   *     shared by several layers counted once
   */
  public long sizeInBytes() {
    long bytes = encounters.sizeInBytes();
    java.util.Set<int[]> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (GroupLayer g : layers.values()) {
      bytes += g.groupCount(); // open-ended flags
      for (int[] a : g.arrays()) {
        bytes += seen.add(a) ? 4L * a.length : 0;
      }
    }
    return bytes;
  }

  /**
   * A JGraphT view of the chosen layers over all days, every encounter counted: see {@link
   * #asGraph(Set, DayWindow, int)}.
   *
   * @param chosen the layers to include
   * @return a new simple undirected graph on vertices {@code 0..residentCount()-1}
   * @throws InvalidInputException if {@code chosen} is null
   */
  public Graph<Integer, DefaultEdge> asGraph(Set<Layer> chosen) {
    return asGraph(chosen, DayWindow.all(), 0);
  }

  /**
   * A JGraphT view of the chosen layers, for interop with JGraphT's algorithms and as the
   * benchmark baseline. Groups are expanded into cliques: two residents are joined if they share a
   * group of a chosen layer on some day of {@code window}, or have an encounter overlapping the
   * window that lasted at least {@code minEncounterMinutes} (unrecorded durations count).
   *
   * <p><b>Cost:</b> a group of {@code s} members becomes {@code s(s-1)/2} edges, each a boxed
   * JGraphT edge object in hash maps (on the order of 100-200 bytes an edge). Households are cheap;
   * a 1,500-person workplace is ~1.1M edges, a 3,300-person villager group ~5.4M, and {@link
   * Layer#COMMUNITY} on Jinsha's 26,707 residents ~357M edges, which does not fit in memory. The
   * membership arrays of this graph stay at a few bytes per membership whatever the group sizes.
   *
   * @param chosen the layers to include
   * @param window the days that count
   * @param minEncounterMinutes minimum encounter duration, {@code >= 0}
   * @return a new simple undirected graph on vertices {@code 0..residentCount()-1}
   * @throws InvalidInputException if an argument is null or {@code minEncounterMinutes} is negative
   */
  public Graph<Integer, DefaultEdge> asGraph(
      Set<Layer> chosen, DayWindow window, int minEncounterMinutes) {
    if (chosen == null) {
      throw InvalidInputException.argument("layers", "missing");
    }
    if (window == null) {
      throw InvalidInputException.argument("window", "missing");
    }
    if (minEncounterMinutes < 0) {
      throw InvalidInputException.argument("minEncounterMinutes", "must be >= 0: " + minEncounterMinutes);
    }
    return JGraphTView.build(this, chosen, window, minEncounterMinutes);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ContactGraph[residents=").append(residentCount());
    for (GroupLayer g : layers.values()) {
      sb.append(", ").append(g.layer().name().toLowerCase()).append('=').append(g.groupCount());
    }
    return sb.append(", encounters=").append(encounters.encounterCount()).append(']').toString();
  }
}
