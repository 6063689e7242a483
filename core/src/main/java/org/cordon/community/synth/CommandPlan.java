package org.cordon.community.synth;

import java.util.SplittableRandom;

/**
 * Plans the command structure (zones 战区 → grids 网格 → responsibility units 责任单元; areas 片区)
 * and which unit and area answer for each compound. The article gives only the counts, so the
 * assignment is an assumption: compounds are put in a random order (per seed) and cut into
 * consecutive runs, one run per unit and, independently, one per area; every unit and every area
 * gets at least one compound, and grids and units are spread evenly over their parents.
 */
final class CommandPlan {
  final int[] zoneOfGrid;
  final int[] gridOfUnit;
  final int[] unitOfCompound;
  final int[] areaOfCompound;

  private CommandPlan(int[] zoneOfGrid, int[] gridOfUnit, int[] unitOfCompound, int[] areaOfCompound) {
    this.zoneOfGrid = zoneOfGrid;
    this.gridOfUnit = gridOfUnit;
    this.unitOfCompound = unitOfCompound;
    this.areaOfCompound = areaOfCompound;
  }

  static CommandPlan plan(JinshaProfile p, int compounds, SplittableRandom rng) {
    int[] zoneOfGrid = parents(p.grids(), p.zones());
    int[] gridOfUnit = parents(p.responsibilityUnits(), p.grids());
    int[] order = new int[compounds];
    for (int i = 0; i < compounds; i++) {
      order[i] = i;
    }
    for (int i = compounds - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    int[] unitOf = new int[compounds];
    int[] areaOf = new int[compounds];
    for (int pos = 0; pos < compounds; pos++) {
      unitOf[order[pos]] = (int) ((long) pos * p.responsibilityUnits() / compounds);
      areaOf[order[pos]] = (int) ((long) pos * p.areas() / compounds);
    }
    return new CommandPlan(zoneOfGrid, gridOfUnit, unitOf, areaOf);
  }

  /** Spreads {@code children} over {@code parents} in consecutive, near-equal runs. */
  private static int[] parents(int children, int parents) {
    int[] sizes = Apportion.evenly("profile", children, parents, 1);
    int[] parentOf = new int[children];
    int child = 0;
    for (int parent = 0; parent < parents; parent++) {
      for (int k = 0; k < sizes[parent]; k++) {
        parentOf[child++] = parent;
      }
    }
    return parentOf;
  }
}
