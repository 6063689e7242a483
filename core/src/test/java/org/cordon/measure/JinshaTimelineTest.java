package org.cordon.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cordon.measure.MeasureFixtures.*;

import java.time.LocalDate;
import java.util.Optional;
import org.cordon.InvalidInputException;
import org.cordon.community.Community;
import org.junit.jupiter.api.Test;

class JinshaTimelineTest {
  private static final ContainmentAssumptions A = ContainmentAssumptions.defaults();
  private static final LocalDate JAN26 = LocalDate.of(2020, 1, 26);

  @Test
  void asItHappenedHonghuaIsSealedFromTheAfternoonOfNewYearsDayWithDaytimeGuards() {
    PolicyTimeline t = JinshaTimeline.build(COMMUNITY);
    LocalDate newYear = LocalDate.of(2020, 1, 25);
    assertThat(t.effect(newYear.minusDays(1), TimeBand.NIGHT).outside(HONGHUA)).isEqualTo(1.0);
    double day = t.effect(JAN26, TimeBand.DAYTIME).outside(HONGHUA);
    double night = t.effect(JAN26, TimeBand.NIGHT).outside(HONGHUA);
    assertThat(day).isLessThan(night).isLessThan(1.0);
    assertThat(t.effect(JAN26, TimeBand.DAYTIME).outside(COTTON)).isEqualTo(1.0);
    assertThat(t.guardsOnDuty(JAN26)).isEqualTo(2 * 2); // two Honghua gates, two posts each
  }

  @Test
  void asItHappenedTheWholeCommunityIsSealedOnTheFirstOfFebruaryThenIronSheetsAndNightGuards() {
    PolicyTimeline t = JinshaTimeline.build(COMMUNITY);
    LocalDate feb1 = LocalDate.of(2020, 2, 1);
    assertThat(t.effect(feb1.minusDays(1), TimeBand.DAYTIME).outside(COTTON)).isEqualTo(1.0);
    assertThat(t.effect(feb1, TimeBand.DAYTIME).outside(COTTON)).isLessThan(1.0);
    assertThat(t.effect(feb1, TimeBand.DAYTIME).factor(org.cordon.contact.Layer.COMMUNITY, 0)).isEqualTo(A.communityClosurePublicPlaces());
    LocalDate feb10 = LocalDate.of(2020, 2, 10);
    // iron sheets, guarded around the clock: night equals day
    assertThat(t.effect(feb10, TimeBand.NIGHT).outside(COTTON))
        .isEqualTo(t.effect(feb10, TimeBand.DAYTIME).outside(COTTON))
        .isEqualTo(A.ironSheetLeakGuarded());
    assertThat(t.guardsOnDuty(feb10)).isEqualTo(COMMUNITY.checkpoints().size() * 2);
    assertThat(t.effect(feb10, TimeBand.DAYTIME).factor(org.cordon.contact.Layer.COMPOUND, COTTON))
        .isEqualTo(A.passageClosureCompoundFactor());
  }

  @Test
  void disinfectionRunsSevenDaysFromTheTwentyThirdInTheFourPlaces() {
    PolicyTimeline t = JinshaTimeline.build(COMMUNITY);
    for (int c : new int[] {HONGHUA, COTTON, GROUP5, POLICE}) {
      assertThat(t.effect(LocalDate.of(2020, 1, 23), TimeBand.DAYTIME).factor(org.cordon.contact.Layer.COMPOUND, c))
          .isEqualTo(A.disinfectionFactor());
      assertThat(t.effect(LocalDate.of(2020, 1, 30), TimeBand.DAYTIME).factor(org.cordon.contact.Layer.COMPOUND, c))
          .isEqualTo(1.0);
    }
  }

  @Test
  void theCommunityClosureDateIsAParameter() {
    PolicyTimeline late = JinshaTimeline.build(COMMUNITY, JinshaResponse.closureFrom(JinshaResponse.startOf(JinshaTimeline.CITY_CLOSURE_DATE)));
    assertThat(late.effect(JAN26, TimeBand.DAYTIME).outside(HONGHUA)).isEqualTo(1.0);
    assertThat(late.effect(LocalDate.of(2020, 2, 9), TimeBand.DAYTIME).outside(HONGHUA)).isEqualTo(1.0);
    assertThat(late.effect(LocalDate.of(2020, 2, 10), TimeBand.DAYTIME).outside(HONGHUA)).isLessThan(1.0);
    assertThat(late.measure("honghua-closure")).isEmpty();

    PolicyTimeline never = JinshaTimeline.build(COMMUNITY, JinshaResponse.closureNever());
    assertThat(never.measures(Closure.class)).isEmpty();
    assertThat(never.effect(LocalDate.of(2020, 2, 20), TimeBand.NIGHT).outside(HONGHUA)).isEqualTo(1.0);
    assertThat(never.survey().allHouseholdsReached()).isPresent();

    PolicyTimeline later =
        JinshaTimeline.build(
            COMMUNITY, JinshaResponse.asItHappened().withCommunity(Optional.of(JinshaTimeline.PROVINCE_CLOSURE_DATE.atTime(8, 0))));
    assertThat(later.effect(LocalDate.of(2020, 2, 5), TimeBand.DAYTIME).outside(COTTON)).isEqualTo(1.0);
    assertThat(later.effect(LocalDate.of(2020, 2, 5), TimeBand.DAYTIME).outside(HONGHUA)).isLessThan(1.0);
  }

  @Test
  void theSurveyStartsOnTheTwentyEighthAndWidensToEveryone() {
    PolicyTimeline t = JinshaTimeline.build(COMMUNITY);
    assertThat(t.staffing(LocalDate.of(2020, 1, 27)).surveyStaff()).isZero();
    assertThat(t.staffing(LocalDate.of(2020, 1, 28)).scope()).contains(SurveyScope.WUHAN_HUANGGANG_RETURNEES);
    assertThat(t.staffing(LocalDate.of(2020, 1, 30)).scope()).contains(SurveyScope.ALL_RETURNEES);
    assertThat(t.staffing(LocalDate.of(2020, 2, 1)).scope()).contains(SurveyScope.ALL_RESIDENTS);
    assertThat(t.staffing(LocalDate.of(2020, 1, 28)).surveyStaff()).isEqualTo(160);
  }

  @Test
  void aCommunityWithoutTheNamedCompoundsIsRejectedByName() {
    org.cordon.community.CommunityBuilder b = Community.builder();
    int unit = b.addResponsibilityUnit(b.addGrid(b.addZone("Z"), "G"), "U");
    int c = b.addCompound("Elsewhere", org.cordon.community.CompoundKind.OLD_OPEN_COMPOUND, unit, b.addArea("A"));
    b.addResident(b.addHousehold(b.addBuilding(c, "B")), 30, org.cordon.community.Sex.MALE, Community.NONE,
        org.cordon.community.ReturneeOrigin.NONE, null);
    Community other = b.build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> JinshaTimeline.build(other))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("unknown compound 'Honghua'");
  }
}
