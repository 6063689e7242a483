package org.cordon.measure;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cordon.community.Checkpoint;
import org.cordon.community.Community;

/**
 * Checks a list of measures against a community, a scenario date range and each other. Every
 * failure is a {@link MeasureException} naming the measure and the field.
 */
final class TimelineValidator {
  private final Community community;
  private final LocalDate first;
  private final LocalDate last;
  private final LocalDateTime horizon;

  TimelineValidator(Community community, LocalDate first, LocalDate last) {
    this.community = community;
    this.first = first;
    this.last = last;
    this.horizon = last.plusDays(1).atStartOfDay();
  }

  void validate(List<Measure> measures) {
    Set<String> names = new HashSet<>();
    for (Measure m : measures) {
      if (!names.add(m.name())) {
        throw new MeasureException(m.name(), "name", "two measures have this name");
      }
      checkDates(m);
      checkReferences(m);
    }
    for (int i = 0; i < measures.size(); i++) {
      for (int j = 0; j < i; j++) {
        checkPair(measures.get(j), measures.get(i));
      }
    }
    for (Measure m : measures) {
      if (m instanceof GuardSchedule g) {
        checkGuardsCovered(g, measures);
      }
    }
  }

  // ---- dates ------------------------------------------------------------------------------

  private void checkDates(Measure m) {
    checkDay(m.name(), "start", m.start().toLocalDate());
    if (!(m instanceof Disinfection) && m.end().isPresent()) {
      LocalDateTime end = m.end().get();
      if (end.isAfter(horizon)) {
        throw new MeasureException(
            m.name(), "end", "date " + end + " is after the scenario ends (" + last + ")");
      }
    }
    if (m instanceof DoorToDoorSurvey s) {
      for (int i = 0; i < s.stages().size(); i++) {
        checkDay(m.name(), "stages[" + i + "].from", s.stages().get(i).from());
      }
    }
  }

  private void checkDay(String measure, String field, LocalDate day) {
    if (day.isBefore(first) || day.isAfter(last)) {
      throw new MeasureException(
          measure, field, "date " + day + " is outside the scenario " + first + " to " + last);
    }
  }

  // ---- references -------------------------------------------------------------------------

  private void checkReferences(Measure m) {
    if (m instanceof CompoundClosure c) {
      for (int id : c.compounds()) {
        checkCompound(m.name(), "compounds", id);
      }
      checkCheckpointSet(m.name(), c.checkpoints());
      if (c.checkpoints().kind() == CheckpointSet.Kind.EXPLICIT) {
        for (int id : c.checkpoints().ids()) {
          Checkpoint gate = community.checkpoints().get(id);
          if (!c.compounds().contains(gate.compound())) {
            throw new MeasureException(
                m.name(),
                "checkpoints",
                "checkpoint '" + gate.name() + "' is a gate of "
                    + (gate.onCommunityBoundary()
                        ? "the community boundary"
                        : "compound '" + community.compounds().get(gate.compound()).name() + "'")
                    + ", not of a compound this closure seals");
          }
        }
      }
      checkSupplies(c);
    } else if (m instanceof CommunityClosure c) {
      checkCheckpointSet(m.name(), c.checkpoints());
      checkSupplies(c);
    } else if (m instanceof GuardSchedule g) {
      checkCheckpointSet(m.name(), g.checkpoints());
    } else if (m instanceof BuildingPassageClosure b) {
      checkCompoundSet(m.name(), "compounds", b.compounds());
    } else if (m instanceof Disinfection d) {
      checkCompoundSet(m.name(), "places", d.places());
    }
  }

  private void checkSupplies(Closure c) {
    Set<Integer> gates = new HashSet<>();
    for (int id : c.checkpoints().resolve(community)) {
      gates.add(id);
    }
    for (int id : c.openForSupplies()) {
      checkCheckpoint(c.name(), "openForSupplies", id);
      if (!gates.contains(id)) {
        throw new MeasureException(
            c.name(),
            "openForSupplies",
            "checkpoint '" + community.checkpoints().get(id).name() + "' is not one of this closure's checkpoints");
      }
    }
  }

  private void checkCheckpointSet(String measure, CheckpointSet set) {
    for (int id : set.ids()) {
      if (set.kind() == CheckpointSet.Kind.OF_COMPOUNDS) {
        checkCompound(measure, "checkpoints", id);
      } else {
        checkCheckpoint(measure, "checkpoints", id);
      }
    }
  }

  private void checkCompoundSet(String measure, String field, CompoundSet set) {
    for (int id : set.ids()) {
      checkCompound(measure, field, id);
    }
  }

  private void checkCompound(String measure, String field, int id) {
    if (id < 0 || id >= community.compounds().size()) {
      throw new MeasureException(
          measure, field, "unknown compound id " + id + " (community has " + community.compounds().size() + ")");
    }
  }

  private void checkCheckpoint(String measure, String field, int id) {
    if (id < 0 || id >= community.checkpoints().size()) {
      throw new MeasureException(
          measure, field, "unknown checkpoint id " + id + " (community has " + community.checkpoints().size() + ")");
    }
  }

  // ---- contradictions ---------------------------------------------------------------------

  private void checkPair(Measure earlier, Measure later) {
    if (!earlier.overlaps(later) || earlier.getClass() != later.getClass()) {
      return;
    }
    String other = " overlaps '" + earlier.name() + "'";
    if (later instanceof CompoundClosure b && earlier instanceof CompoundClosure a) {
      Set<Integer> shared = new HashSet<>(a.compounds());
      shared.retainAll(b.compounds());
      if (!shared.isEmpty()) {
        String which = "closure of compound '" + community.compounds().get(shared.iterator().next()).name() + "'";
        if (a.mode() != b.mode()) {
          throw new MeasureException(
              later.name(), "mode", which + other + " with a different mode (" + b.mode() + " vs " + a.mode() + ")");
        }
        if (a.barrier() != b.barrier()) {
          throw new MeasureException(
              later.name(), "barrier", which + other + " with a different barrier (" + b.barrier() + " vs " + a.barrier() + ")");
        }
      }
    } else if (later instanceof GuardSchedule b && earlier instanceof GuardSchedule a) {
      Set<Integer> shared = new HashSet<>();
      for (int id : a.checkpoints().resolve(community)) {
        shared.add(id);
      }
      for (int id : b.checkpoints().resolve(community)) {
        if (shared.contains(id)) {
          throw new MeasureException(
              later.name(),
              "checkpoints",
              "guards at checkpoint '" + community.checkpoints().get(id).name() + "'" + other);
        }
      }
    } else if (later instanceof CommunityClosure
        || later instanceof DoorToDoorSurvey
        || later instanceof CaseIsolation
        || later instanceof ContactQuarantine) {
      throw new MeasureException(
          later.name(), "start", "a second " + kind(later) + other + "; end one before the other starts");
    }
  }

  private static String kind(Measure m) {
    if (m instanceof CommunityClosure) {
      return "community closure";
    } else if (m instanceof DoorToDoorSurvey) {
      return "door-to-door survey";
    } else if (m instanceof CaseIsolation) {
      return "case isolation";
    }
    return "contact quarantine";
  }

  private void checkGuardsCovered(GuardSchedule g, List<Measure> measures) {
    LocalDateTime guardEnd = g.end().orElse(horizon);
    for (int gate : g.checkpoints().resolve(community)) {
      List<LocalDateTime[]> windows = new ArrayList<>();
      for (Measure m : measures) {
        if (m instanceof Closure c && contains(c.checkpoints().resolve(community), gate)) {
          windows.add(new LocalDateTime[] {c.start(), c.end().orElse(horizon)});
        }
      }
      windows.sort(Comparator.comparing(w -> w[0]));
      LocalDateTime covered = g.start();
      for (LocalDateTime[] w : windows) {
        if (w[0].isAfter(covered)) {
          break;
        }
        if (w[1].isAfter(covered)) {
          covered = w[1];
        }
      }
      if (covered.isBefore(guardEnd)) {
        throw new MeasureException(
            g.name(),
            "checkpoints",
            "checkpoint '" + community.checkpoints().get(gate).name()
                + "' is guarded from " + covered + " but no closure covers it then");
      }
    }
  }

  private static boolean contains(int[] sorted, int value) {
    return java.util.Arrays.binarySearch(sorted, value) >= 0;
  }
}
