package org.cordon.simulation.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cordon.community.Community;
import org.cordon.community.Compound;
import org.cordon.community.CompoundKind;
import org.cordon.community.Household;
import org.cordon.community.ReturneeOrigin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code cordon inspect --register DIR}: loads and validates a community and prints its counts by
 * entity, by compound kind, and returnees by origin.
 */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = "Load and validate a register (or a preset) and print counts by entity and kind.")
public final class InspectCommand implements Callable<Integer> {
  @Mixin CommunityOptions community;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Community c = community.load();
    PrintWriter w = spec.commandLine().getOut();
    w.printf("%s: valid%n", community.describe());
    int boundary = c.checkpointsOf(Community.NONE).size();
    row(w, "residents", c.residentCount());
    row(w, "households", c.households().size());
    row(w, "buildings", c.buildings().size());
    row(w, "compounds", c.compounds().size());
    row(w, "workplaces", c.workplaces().size());
    w.printf("%-22s%9d  (%d on compound boundaries, %d on the community boundary)%n",
        "checkpoints", c.checkpoints().size(), c.checkpoints().size() - boundary, boundary);
    row(w, "zones", c.zones().size());
    row(w, "grids", c.grids().size());
    row(w, "responsibility units", c.responsibilityUnits().size());
    row(w, "areas", c.areas().size());

    Map<CompoundKind, int[]> kinds = new EnumMap<>(CompoundKind.class);
    for (CompoundKind k : CompoundKind.values()) {
      kinds.put(k, new int[3]);
    }
    for (Compound compound : c.compounds()) {
      int[] k = kinds.get(compound.kind());
      k[0]++;
      k[2] += c.compoundMembers().size(compound.id());
    }
    for (Household h : c.households()) {
      kinds.get(c.compounds().get(c.buildings().get(h.building()).compound()).kind())[1]++;
    }
    w.printf("%n%-28s%10s%11s%10s%n", "compound kind", "compounds", "households", "residents");
    for (Map.Entry<CompoundKind, int[]> e : kinds.entrySet()) {
      int[] k = e.getValue();
      w.printf("%-28s%10d%11d%10d%n", e.getKey(), k[0], k[1], k[2]);
    }

    Map<ReturneeOrigin, int[]> origins = new EnumMap<>(ReturneeOrigin.class);
    LocalDate first = null;
    LocalDate last = null;
    for (int r = 0; r < c.residentCount(); r++) {
      ReturneeOrigin o = c.returneeOriginOf(r);
      if (o != ReturneeOrigin.NONE) {
        origins.computeIfAbsent(o, x -> new int[1])[0]++;
        LocalDate d = c.arrivalDateOf(r);
        first = first == null || d.isBefore(first) ? d : first;
        last = last == null || d.isAfter(last) ? d : last;
      }
    }
    w.printf("%n%-28s%10s%n", "returnees by origin", "residents");
    for (ReturneeOrigin o : ReturneeOrigin.values()) {
      if (o != ReturneeOrigin.NONE) {
        w.printf("%-28s%10d%n", o, origins.getOrDefault(o, new int[1])[0]);
      }
    }
    w.printf("%-28s%10d%s%n", "total", c.returneeCount(), first == null ? "" : "  (arrived " + first + " .. " + last + ")");
    int emptyHouseholds = 0;
    for (int h = 0; h < c.households().size(); h++) {
      emptyHouseholds += c.householdMembers().size(h) == 0 ? 1 : 0;
    }
    if (emptyHouseholds > 0) {
      w.printf("%nnote: %d households have no residents%n", emptyHouseholds);
    }
    w.flush();
    return 0;
  }

  private static void row(PrintWriter w, String what, int n) {
    w.printf("%-22s%9d%n", what, n);
  }
}
