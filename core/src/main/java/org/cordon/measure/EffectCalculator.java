package org.cordon.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cordon.community.Community;

/**
 * Computes what the measures in force do to contacts in one band of one day.
 *
 * <p>For a compound sealed by a closure, the factor on its outside contacts is the mean leakage
 * of the closure's gates on that compound's boundary (or, if it has none, on the community
 * boundary): a sealed gate leaks by barrier and by whether a guard stands there in that band; a
 * gate kept open for supplies leaks more. An entry-only closure adds {@link
 * ContainmentAssumptions#entryOnlyInflow()} of what is left. Where several closures seal a
 * compound the strictest (smallest factor) applies.
 */
final class EffectCalculator {
  private final Community community;
  private final List<Measure> measures;
  private final ContainmentAssumptions a;
  private final List<Closure> closures = new ArrayList<>();
  /** For each closure, for each compound, the gates whose leakage stands for it. */
  private final List<int[][]> gatesByCompound = new ArrayList<>();
  private final List<boolean[]> supplyGate = new ArrayList<>();
  private final List<GuardSchedule> guards = new ArrayList<>();
  private final List<int[]> guardGates = new ArrayList<>();

  EffectCalculator(Community community, List<Measure> measures, ContainmentAssumptions assumptions) {
    this.community = community;
    this.measures = measures;
    this.a = assumptions;
    int gates = community.checkpoints().size();
    for (Measure m : measures) {
      if (m instanceof Closure c) {
        closures.add(c);
        gatesByCompound.add(gatesByCompound(c));
        boolean[] open = new boolean[gates];
        for (int id : c.openForSupplies()) {
          open[id] = true;
        }
        supplyGate.add(open);
      } else if (m instanceof GuardSchedule g) {
        guards.add(g);
        guardGates.add(g.checkpoints().resolve(community));
      }
    }
  }

  private int[][] gatesByCompound(Closure c) {
    int n = community.compounds().size();
    int[] all = c.checkpoints().resolve(community);
    int[] boundary =
        Arrays.stream(all).filter(g -> community.checkpoints().get(g).onCommunityBoundary()).toArray();
    int[][] result = new int[n][];
    for (int compound = 0; compound < n; compound++) {
      final int k = compound;
      int[] own = Arrays.stream(all).filter(g -> community.checkpoints().get(g).compound() == k).toArray();
      result[compound] = own.length > 0 ? own : boundary;
    }
    return result;
  }

  EffectTable compute(LocalDate day, TimeBand band) {
    int n = community.compounds().size();
    boolean[] guarded = new boolean[community.checkpoints().size()];
    for (int i = 0; i < guards.size(); i++) {
      GuardSchedule g = guards.get(i);
      if (g.hours().covers(band) && g.inForce(day, band)) {
        for (int gate : guardGates.get(i)) {
          guarded[gate] = true;
        }
      }
    }
    double[] outside = new double[n];
    Arrays.fill(outside, 1.0);
    double publicPlaces = 1.0;
    for (int i = 0; i < closures.size(); i++) {
      Closure c = closures.get(i);
      if (!c.inForce(day, band)) {
        continue;
      }
      if (c instanceof CommunityClosure) {
        publicPlaces = Math.min(publicPlaces, a.communityClosurePublicPlaces());
      }
      for (int compound = 0; compound < n; compound++) {
        if (c.seals(compound)) {
          double leak = leak(c, gatesByCompound.get(i)[compound], supplyGate.get(i), guarded);
          outside[compound] = Math.min(outside[compound], leak);
        }
      }
    }
    boolean[] passagesSealed = new boolean[n];
    boolean[] disinfected = new boolean[n];
    boolean publicDisinfected = false;
    for (Measure m : measures) {
      if (!m.inForce(day, band)) {
        continue;
      }
      if (m instanceof BuildingPassageClosure p) {
        mark(passagesSealed, p.compounds());
      } else if (m instanceof Disinfection d) {
        mark(disinfected, d.places());
        publicDisinfected |= d.publicPlaces();
      }
    }
    double[] compoundLayer = new double[n];
    for (int compound = 0; compound < n; compound++) {
      compoundLayer[compound] =
          (passagesSealed[compound] ? a.passageClosureCompoundFactor() : 1.0)
              * (disinfected[compound] ? a.disinfectionFactor() : 1.0);
    }
    if (publicDisinfected) {
      publicPlaces *= a.disinfectionFactor();
    }
    return new EffectTable(compoundLayer, outside, publicPlaces);
  }

  private static void mark(boolean[] marks, CompoundSet set) {
    for (int c = 0; c < marks.length; c++) {
      marks[c] |= set.contains(c);
    }
  }

  private double leak(Closure c, int[] gates, boolean[] supply, boolean[] guarded) {
    double leak;
    if (gates.length == 0) {
      leak = barrierLeak(c.barrier(), false);
    } else {
      double sum = 0;
      for (int g : gates) {
        sum += supply[g] ? supplyLeak(guarded[g]) : barrierLeak(c.barrier(), guarded[g]);
      }
      leak = sum / gates.length;
    }
    if (c.mode() == ClosureMode.ENTRY_ONLY) {
      leak += (1 - leak) * a.entryOnlyInflow();
    }
    return leak;
  }

  private double barrierLeak(BarrierType barrier, boolean guarded) {
    if (barrier == BarrierType.VEHICLES) {
      return guarded ? a.vehicleLeakGuarded() : a.vehicleLeakUnguarded();
    }
    return guarded ? a.ironSheetLeakGuarded() : a.ironSheetLeakUnguarded();
  }

  private double supplyLeak(boolean guarded) {
    return guarded ? a.supplyGateLeakGuarded() : a.supplyGateLeakUnguarded();
  }
}
