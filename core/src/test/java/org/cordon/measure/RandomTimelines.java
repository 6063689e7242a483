package org.cordon.measure;

import static org.cordon.measure.MeasureFixtures.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.cordon.contact.Layer;

/**
 * Seeded random timelines on the fixture community: random measures of every type are proposed
 * one by one and kept when the timeline still validates, so every result is a valid timeline.
 */
final class RandomTimelines {
  private RandomTimelines() {}

  static PolicyTimeline of(long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    List<Measure> kept = new ArrayList<>();
    int proposals = 4 + rng.nextInt(12);
    for (int i = 0; i < proposals; i++) {
      Measure m;
      try {
        m = propose(rng, "m" + i);
      } catch (MeasureException e) {
        continue; // an invalid measure on its own: not part of a valid timeline
      }
      kept.add(m);
      try {
        PolicyTimeline.builder(COMMUNITY, FIRST, LAST).addAll(kept).build();
      } catch (MeasureException e) {
        kept.remove(kept.size() - 1);
      }
    }
    return PolicyTimeline.builder(COMMUNITY, FIRST, LAST).addAll(kept).build();
  }

  private static LocalDateTime time(SplittableRandom rng) {
    return FIRST.plusDays(rng.nextInt(40)).atTime(rng.nextInt(24), rng.nextBoolean() ? 0 : 30);
  }

  private static Optional<LocalDateTime> end(SplittableRandom rng, LocalDateTime start) {
    return rng.nextBoolean() ? Optional.empty() : Optional.of(start.plusHours(1 + rng.nextInt(24 * 15)))
        .filter(e -> !e.isAfter(LAST.plusDays(1).atStartOfDay()));
  }

  private static <E extends Enum<E>> E pick(SplittableRandom rng, Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[rng.nextInt(values.length)];
  }

  private static List<Integer> someOf(SplittableRandom rng, int n) {
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (rng.nextInt(3) == 0) {
        ids.add(i);
      }
    }
    if (ids.isEmpty()) {
      ids.add(rng.nextInt(n));
    }
    return ids;
  }

  private static CheckpointSet gates(SplittableRandom rng) {
    switch (rng.nextInt(3)) {
      case 0:
        return CheckpointSet.all();
      case 1:
        return CheckpointSet.ofCompounds(someOf(rng, 4));
      default:
        return CheckpointSet.of(someOf(rng, COMMUNITY.checkpoints().size()));
    }
  }

  private static Measure propose(SplittableRandom rng, String name) {
    LocalDateTime start = time(rng);
    Optional<LocalDateTime> end = end(rng, start);
    switch (rng.nextInt(8)) {
      case 0: {
        List<Integer> compounds = someOf(rng, 4);
        return CompoundClosure.builder(name).start(start).end(end.orElse(null)).compounds(compounds)
            .mode(pick(rng, ClosureMode.class)).barrier(pick(rng, BarrierType.class))
            .openForSupplies(rng.nextBoolean() ? List.of() : List.of(0)).build();
      }
      case 1:
        return CommunityClosure.of(name, start, end, pick(rng, ClosureMode.class), pick(rng, BarrierType.class),
            rng.nextBoolean() ? List.of() : List.of(4));
      case 2:
        return new GuardSchedule(name, start, end, pick(rng, GuardHours.class), gates(rng), 1 + rng.nextInt(3),
            1 + rng.nextInt(3));
      case 3:
        return new BuildingPassageClosure(name, start, end,
            rng.nextBoolean() ? CompoundSet.allCompounds() : CompoundSet.of(someOf(rng, 4)));
      case 4: {
        LocalDate day = start.toLocalDate();
        List<ScopeStage> stages = new ArrayList<>();
        int from = rng.nextInt(SurveyScope.values().length);
        for (int k = from; k < SurveyScope.values().length; k++) {
          stages.add(new ScopeStage(day.plusDays(2L * (k - from)), SurveyScope.values()[k]));
        }
        return DoorToDoorSurvey.of(name, start, end, 1 + rng.nextInt(3), 0.25 + rng.nextInt(8) * 0.25, stages,
            rng.nextBoolean());
      }
      case 5:
        return new CaseIsolation(name, start, end, rng.nextInt(10) / 2.0);
      case 6:
        return ContactQuarantine.of(name, start, end, EnumSet.of(Layer.HOUSEHOLD, pick(rng, Layer.class)),
            rng.nextInt(5), rng.nextInt(4) / 2.0, 1 + rng.nextInt(14));
      default:
        return new Disinfection(name, start, 1 + rng.nextInt(10),
            rng.nextBoolean() ? CompoundSet.allCompounds() : CompoundSet.of(someOf(rng, 4)), rng.nextBoolean());
    }
  }
}
