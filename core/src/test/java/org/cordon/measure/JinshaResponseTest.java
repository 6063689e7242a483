package org.cordon.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cordon.measure.MeasureFixtures.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.cordon.InvalidInputException;
import org.junit.jupiter.api.Test;

class JinshaResponseTest {
  private static final LocalDate FEB10 = LocalDate.of(2020, 2, 10);
  private static final LocalDateTime FEB10_8 = FEB10.atTime(8, 0);

  @Test
  void movingTheClosureMovesOnlyTheClosures() {
    JinshaResponse h = JinshaResponse.asItHappened();
    JinshaResponse moved = ResponsePart.CLOSURE.moveTo(h, FEB10);
    assertThat(moved).isEqualTo(new JinshaResponse(Optional.empty(), Optional.of(FEB10_8), h.disinfection(), h.survey(),
        h.quarantine(), h.isolationSwitch()));
    assertThat(moved).isEqualTo(JinshaResponse.closureFrom(FEB10_8));
    assertThat(moved.firstClosure()).contains(FEB10_8);
  }

  @Test
  void movingTheResponseMovesEveryLocalPartButNotTheIsolationSwitch() {
    JinshaResponse moved = ResponsePart.RESPONSE.moveTo(JinshaResponse.asItHappened(), FEB10);
    assertThat(moved).isEqualTo(new JinshaResponse(Optional.empty(), Optional.of(FEB10_8), Optional.of(FEB10_8),
        Optional.of(FEB10_8), Optional.of(FEB10_8), Optional.of(JinshaTimeline.SURVEY_START)));
    assertThat(moved).isEqualTo(JinshaResponse.localResponseFrom(FEB10_8));
    assertThat(ResponsePart.RESPONSE.never(JinshaResponse.asItHappened())).isEqualTo(JinshaResponse.responseNever());
    assertThat(ResponsePart.CLOSURE.never(JinshaResponse.asItHappened())).isEqualTo(JinshaResponse.closureNever());
  }

  @Test
  void theLateResponseTimelineStartsSurveyQuarantineAndDisinfectionThatDay() {
    PolicyTimeline t = JinshaTimeline.build(COMMUNITY, JinshaResponse.localResponseFrom(FEB10_8));
    assertThat(t.staffing(FEB10.minusDays(1)).surveyStaff()).isZero();
    assertThat(t.staffing(FEB10).scope()).contains(SurveyScope.WUHAN_HUANGGANG_RETURNEES);
    assertThat(t.staffing(FEB10.plusDays(2)).scope()).contains(SurveyScope.ALL_RETURNEES);
    assertThat(t.staffing(FEB10.plusDays(4)).scope()).contains(SurveyScope.ALL_RESIDENTS);
    assertThat(t.quarantine(FEB10.minusDays(1))).isEmpty();
    assertThat(t.quarantine(FEB10)).isPresent();
    assertThat(t.effect(LocalDate.of(2020, 1, 24), TimeBand.DAYTIME).factor(org.cordon.contact.Layer.COMPOUND, GROUP5))
        .isEqualTo(1.0);
    assertThat(t.effect(FEB10.plusDays(1), TimeBand.DAYTIME).factor(org.cordon.contact.Layer.COMMUNITY, 0)).isLessThan(1.0);
    // the isolation switch as it happened: 4.4 d before 28 Jan, 2.6 d after
    assertThat(t.isolation(LocalDate.of(2020, 1, 27)).orElseThrow().delayDays()).isEqualTo(4.4);
    assertThat(t.isolation(LocalDate.of(2020, 1, 29)).orElseThrow().delayDays()).isEqualTo(2.6);
  }

  @Test
  void noLocalResponseLeavesOnlyIsolation() {
    PolicyTimeline t = JinshaTimeline.build(COMMUNITY, JinshaResponse.responseNever());
    assertThat(t.measures()).allMatch(m -> m instanceof CaseIsolation);
    PolicyTimeline noSwitch = JinshaTimeline.build(COMMUNITY, JinshaResponse.responseNever().withIsolationSwitch(Optional.empty()));
    assertThat(noSwitch.measures()).hasSize(1);
    assertThat(noSwitch.isolation(LocalDate.of(2020, 3, 1)).orElseThrow().delayDays()).isEqualTo(4.4);
  }

  @Test
  void anUnknownPartIsRejectedNamingTheField() {
    assertThat(ResponsePart.of("Closure", "--part")).isEqualTo(ResponsePart.CLOSURE);
    assertThatThrownBy(() -> ResponsePart.of("gates", "--part"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--part")
        .hasMessageContaining("closure, response");
  }
}
