package org.cordon.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cordon.measure.MeasureFixtures.*;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cordon.contact.Layer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties that hold for every valid timeline, over 200 seeded random timelines. */
class TimelinePropertiesTest {

  static java.util.stream.LongStream seeds() {
    return java.util.stream.LongStream.range(0, 200);
  }

  @org.junit.jupiter.api.Test
  void theRandomTimelinesExerciseEveryMeasureType() {
    java.util.Map<Class<?>, Integer> counts = new java.util.HashMap<>();
    seeds().forEach(seed -> RandomTimelines.of(seed).measures()
        .forEach(m -> counts.merge(m.getClass(), 1, Integer::sum)));
    assertThat(counts.keySet()).hasSize(8);
    assertThat(counts.values()).allMatch(n -> n >= 20);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyFactorIsAProbability(long seed) {
    PolicyTimeline t = RandomTimelines.of(seed);
    for (int d = 0; d < t.dayCount(); d++) {
      for (TimeBand band : TimeBand.values()) {
        ContactEffect e = t.effect(d, band);
        assertThat(e.factor(org.cordon.contact.Layer.COMMUNITY, 0)).isBetween(0.0, 1.0);
        for (int c = 0; c < COMMUNITY.compounds().size(); c++) {
          assertThat(e.outside(c)).isBetween(0.0, 1.0);
          assertThat(e.factor(Layer.COMPOUND, c)).isBetween(0.0, 1.0);
          assertThat(e.factor(Layer.HOUSEHOLD, c)).isEqualTo(1.0);
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void guardsNeverLetMorePeopleThrough(long seed) {
    PolicyTimeline t = RandomTimelines.of(seed);
    List<Measure> unguarded =
        t.measures().stream().filter(m -> !(m instanceof GuardSchedule)).collect(Collectors.toList());
    PolicyTimeline u = PolicyTimeline.builder(COMMUNITY, FIRST, LAST).addAll(unguarded).build();
    for (int d = 0; d < t.dayCount(); d++) {
      for (TimeBand band : TimeBand.values()) {
        for (int c = 0; c < COMMUNITY.compounds().size(); c++) {
          assertThat(t.effect(d, band).outside(c)).isLessThanOrEqualTo(u.effect(d, band).outside(c));
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theSurveyVisitsEachHouseholdAtMostOnceAndCoverageNeverExceedsTheScope(long seed) {
    PolicyTimeline t = RandomTimelines.of(seed);
    Set<Integer> seen = new HashSet<>();
    int previousReached = 0;
    for (int d = 0; d < t.dayCount(); d++) {
      LocalDate day = FIRST.plusDays(d);
      StaffingDay s = t.staffing(day);
      assertThat(s.householdsReached()).isBetween(0, s.householdsInScope());
      assertThat(s.residentsReached()).isBetween(0, s.residentsInScope());
      for (int h : t.survey().firstVisitsOn(day)) {
        assertThat(seen.add(h)).as("household %d visited twice", h).isTrue();
        assertThat(t.survey().firstVisit(h)).contains(day);
        assertThat(t.survey().checkedOn(h, day)).isTrue();
      }
      assertThat(s.firstVisits()).isLessThanOrEqualTo(
          t.measures(DoorToDoorSurvey.class).stream().mapToInt(DoorToDoorSurvey::dailyCapacity).max().orElse(0) + 1);
      if (s.scope().isPresent() && s.scope().equals(t.staffing(day.minusDays(d == 0 ? 0 : 1)).scope())) {
        assertThat(s.householdsReached()).isGreaterThanOrEqualTo(previousReached);
      }
      previousReached = s.householdsReached();
    }
  }
}
