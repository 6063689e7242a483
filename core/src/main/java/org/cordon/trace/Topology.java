package org.cordon.trace;

import org.cordon.contact.ContactGraph;
import org.cordon.contact.EncounterLayer;
import org.cordon.contact.GroupLayer;
import org.cordon.contact.Layer;

/** The graph's layers in arrays for the search loops, and one id space over all layers' groups. */
final class Topology {
  /** Group layers by {@link Layer#ordinal()}, {@code null} for {@link Layer#ENCOUNTER}. */
  final GroupLayer[] groupLayers = new GroupLayer[Layer.COUNT];
  /** The first global group id of each group layer, by ordinal. */
  final int[] groupBase = new int[Layer.COUNT];
  /** The group layers' ordinals, in order. */
  final int[] groupOrdinals;
  final int totalGroups;
  final EncounterLayer encounters;
  final int residentCount;
  static final int ENCOUNTER_BIT = Layer.ENCOUNTER.bit();

  Topology(ContactGraph graph) {
    int total = 0;
    int k = 0;
    int[] ords = new int[Layer.COUNT];
    for (Layer l : Layer.values()) {
      if (l.isGroupLayer()) {
        GroupLayer gl = graph.layer(l);
        groupLayers[l.ordinal()] = gl;
        groupBase[l.ordinal()] = total;
        total += gl.groupCount();
        ords[k++] = l.ordinal();
      }
    }
    this.groupOrdinals = java.util.Arrays.copyOf(ords, k);
    this.totalGroups = total;
    this.encounters = graph.encounters();
    this.residentCount = graph.residentCount();
  }
}
