package org.cordon.measure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the two closures share: the leakage of a sealed compound through its gates, and the check
 * of the gates kept open for supplies.
 *
 * <p>For a compound sealed by a closure, the factor on its outside contacts is the mean leakage
 * of the closure's gates on that compound's boundary (or, if it has none, on the community
 * boundary): a sealed gate leaks by barrier and by whether a guard stands there in that band; a
 * gate kept open for supplies leaks more. An entry-only closure adds {@link
 * ContainmentAssumptions#entryOnlyInflow()} of what is left.
 */
final class Closures {
  private Closures() {}

  /** Seals every compound the closure seals, each with the leakage of its gates in this band. */
  static void seal(Closure c, EffectBuilder e) {
    MeasureContext ctx = e.context();
    int[][] gates = ctx.memo(List.of(c, "gates"), () -> gatesByCompound(c, ctx));
    boolean[] supply = ctx.memo(List.of(c, "supply"), () -> {
      boolean[] open = new boolean[ctx.community().checkpoints().size()];
      for (int id : c.openForSupplies()) {
        open[id] = true;
      }
      return open;
    });
    ContainmentAssumptions a = ctx.assumptions();
    for (int compound = 0; compound < gates.length; compound++) {
      if (c.seals(compound)) {
        e.seal(compound, leak(c, gates[compound], supply, e, a));
      }
    }
  }

  /** For each compound, the closure's gates whose leakage stands for it (ascending ids). */
  private static int[][] gatesByCompound(Closure c, MeasureContext ctx) {
    boolean[] in = new boolean[ctx.community().checkpoints().size()];
    for (int g : ctx.resolve(c.checkpoints())) {
      in[g] = true;
    }
    int[] boundary = filter(ctx.boundaryGates(), in);
    int[][] result = new int[ctx.community().compounds().size()][];
    for (int compound = 0; compound < result.length; compound++) {
      int[] own = filter(ctx.gatesOf(compound), in);
      result[compound] = own.length > 0 ? own : boundary;
    }
    return result;
  }

  private static int[] filter(int[] gates, boolean[] in) {
    return java.util.Arrays.stream(gates).filter(g -> in[g]).toArray();
  }

  private static double leak(Closure c, int[] gates, boolean[] supply, EffectBuilder e, ContainmentAssumptions a) {
    double leak;
    if (gates.length == 0) {
      leak = barrierLeak(c.barrier(), false, a);
    } else {
      double sum = 0;
      for (int g : gates) {
        boolean guarded = e.guarded(g);
        sum += supply[g] ? supplyLeak(guarded, a) : barrierLeak(c.barrier(), guarded, a);
      }
      leak = sum / gates.length;
    }
    if (c.mode() == ClosureMode.ENTRY_ONLY) {
      leak += (1 - leak) * a.entryOnlyInflow();
    }
    return leak;
  }

  private static double barrierLeak(BarrierType barrier, boolean guarded, ContainmentAssumptions a) {
    if (barrier == BarrierType.VEHICLES) {
      return guarded ? a.vehicleLeakGuarded() : a.vehicleLeakUnguarded();
    }
    return guarded ? a.ironSheetLeakGuarded() : a.ironSheetLeakUnguarded();
  }

  private static double supplyLeak(boolean guarded, ContainmentAssumptions a) {
    return guarded ? a.supplyGateLeakGuarded() : a.supplyGateLeakUnguarded();
  }

  /** Checks that every gate kept open for supplies exists and is one of the closure's. */
  static void checkSupplies(Closure c, MeasureContext ctx) {
    Set<Integer> gates = new HashSet<>();
    for (int id : ctx.resolve(c.checkpoints())) {
      gates.add(id);
    }
    for (int id : c.openForSupplies()) {
      ctx.checkCheckpoint(c, "openForSupplies", id);
      if (!gates.contains(id)) {
        throw new MeasureException(
            c.name(),
            "openForSupplies",
            "checkpoint '" + ctx.community().checkpoints().get(id).name() + "' is not one of this closure's checkpoints");
      }
    }
  }
}
