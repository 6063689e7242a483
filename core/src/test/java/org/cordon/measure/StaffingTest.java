package org.cordon.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cordon.measure.MeasureFixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StaffingTest {

  private static DoorToDoorSurvey survey(int staff, double perStaff, boolean dailyCheck) {
    return DoorToDoorSurvey.of(
        "survey",
        at(DAY, 8),
        Optional.empty(),
        staff,
        perStaff,
        List.of(
            new ScopeStage(DAY, SurveyScope.WUHAN_HUANGGANG_RETURNEES),
            new ScopeStage(DAY.plusDays(2), SurveyScope.ALL_RETURNEES),
            new ScopeStage(DAY.plusDays(3), SurveyScope.ALL_RESIDENTS)),
        dailyCheck);
  }

  @Test
  void guardsOnDutyAreCheckpointsTimesPostsTimesShifts() {
    PolicyTimeline t =
        timeline(
            honghuaClosure().end(at(DAY.plusDays(3), 8)).build(),
            new GuardSchedule(
                "day", at(DAY, 8), Optional.of(at(DAY.plusDays(2), 8)), GuardHours.DAYTIME,
                CheckpointSet.ofCompounds(List.of(HONGHUA)), 2, 1),
            new GuardSchedule(
                "24h", at(DAY.plusDays(2), 8), Optional.of(at(DAY.plusDays(3), 8)), GuardHours.ALL_DAY,
                CheckpointSet.ofCompounds(List.of(HONGHUA)), 1, 3));
    assertThat(t.guardsOnDuty(DAY.minusDays(1))).isZero();
    assertThat(t.guardsOnDuty(DAY)).isEqualTo(2 * 2 * 1);
    assertThat(t.guardsOnDuty(DAY.plusDays(2))).isEqualTo(2 * 1 * 3);
    assertThat(t.guardsOnDuty(DAY.plusDays(3))).isZero();
  }

  @Test
  void surveyVisitsTheNarrowestScopeFirstAndWidensByDate() {
    // capacity 1 household a day
    PolicyTimeline t = timeline(survey(1, 1.0, false));
    SurveyCoverage s = t.survey();
    // Wuhan/Huanggang households: 0 (Wuhan returnee) and 3 (Huanggang returnee)
    assertThat(s.firstVisitsOn(DAY)).containsExactly(0);
    assertThat(s.firstVisitsOn(DAY.plusDays(1))).containsExactly(3);
    // day 2: all returnees adds household 1 (OTHER)
    assertThat(s.firstVisitsOn(DAY.plusDays(2))).containsExactly(1);
    // day 3: everyone; households 2, 4, 5, 6 one a day
    assertThat(s.firstVisitsOn(DAY.plusDays(3))).containsExactly(2);
    assertThat(s.allHouseholdsReached()).contains(DAY.plusDays(6));
    // both Wuhan/Huanggang households visited by the end of day 1; the OTHER returnee's on day 2
    assertThat(s.scopeCoveredOn(SurveyScope.WUHAN_HUANGGANG_RETURNEES)).contains(DAY.plusDays(1));
    assertThat(s.scopeCoveredOn(SurveyScope.ALL_RETURNEES)).contains(DAY.plusDays(2));
    assertThat(s.scopeCoveredOn(SurveyScope.ALL_RESIDENTS)).contains(DAY.plusDays(6));

    StaffingDay d0 = t.staffing(DAY);
    assertThat(d0.scope()).contains(SurveyScope.WUHAN_HUANGGANG_RETURNEES);
    assertThat(d0.householdsInScope()).isEqualTo(2);
    assertThat(d0.householdsReached()).isEqualTo(1);
    assertThat(d0.residentsInScope()).isEqualTo(2);
    // household 0 has the Wuhan returnee and a non-returnee: only the returnee is in scope
    assertThat(d0.residentsReached()).isEqualTo(1);
    assertThat(d0.surveyStaff()).isEqualTo(1);
    StaffingDay d3 = t.staffing(DAY.plusDays(3));
    assertThat(d3.householdsInScope()).isEqualTo(7);
    assertThat(d3.householdsReached()).isEqualTo(4);
    assertThat(d3.residentsInScope()).isEqualTo(8);
    assertThat(d3.residentsReached()).isEqualTo(5);
    assertThat(t.staffing(DAY.minusDays(1)).scope()).isEmpty();
    assertThat(t.staffing(DAY.minusDays(1)).surveyStaff()).isZero();
  }

  @Test
  void withoutASurveyNoScopeIsEverCovered() {
    assertThat(timeline().survey().scopeCoveredOn(SurveyScope.WUHAN_HUANGGANG_RETURNEES)).isEmpty();
  }

  @Test
  void aFractionalDailyCapacityCarriesOver() {
    PolicyTimeline t = timeline(survey(1, 0.5, false));
    assertThat(t.survey().firstVisitsOn(DAY)).isEmpty();
    assertThat(t.survey().firstVisitsOn(DAY.plusDays(1))).containsExactly(0);
    assertThat(t.survey().firstVisit(3)).contains(DAY.plusDays(3));
    assertThat(t.survey().firstVisit(6)).isPresent();
  }

  @Test
  void dailyTemperatureChecksRevisitEveryHouseholdAlreadySurveyed() {
    PolicyTimeline with = timeline(survey(1, 1.0, true));
    PolicyTimeline without = timeline(survey(1, 1.0, false));
    LocalDate later = DAY.plusDays(4);
    assertThat(with.survey().checkedOn(0, later)).isTrue();
    assertThat(without.survey().checkedOn(0, later)).isFalse();
    assertThat(without.survey().checkedOn(0, DAY)).isTrue();
    // never before the first visit
    assertThat(with.survey().checkedOn(6, DAY)).isFalse();
  }

  @Test
  void aLargeTeamReachesEveryoneOnceTheScopeIsEveryone() {
    PolicyTimeline t = timeline(survey(10, 10, true));
    assertThat(t.survey().allHouseholdsReached()).contains(DAY.plusDays(3));
    assertThat(t.staffing(DAY.plusDays(3)).residentsReached()).isEqualTo(8);
    assertThat(t.staffing()).hasSize(t.dayCount());
  }
}
