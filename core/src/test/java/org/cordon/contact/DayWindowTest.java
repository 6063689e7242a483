package org.cordon.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.cordon.InvalidInputException;
import org.junit.jupiter.api.Test;

class DayWindowTest {
  private static final LocalDate D = LocalDate.of(2020, 1, 25);

  @Test
  void aWindowIncludesBothEnds() {
    DayWindow w = DayWindow.of(D, D.plusDays(2));
    assertThat(w.contains((int) D.toEpochDay())).isTrue();
    assertThat(w.contains((int) D.plusDays(2).toEpochDay())).isTrue();
    assertThat(w.contains((int) D.plusDays(3).toEpochDay())).isFalse();
    assertThat(w.overlaps((int) D.minusDays(5).toEpochDay(), (int) D.toEpochDay())).isTrue();
    assertThat(w.overlaps((int) D.minusDays(5).toEpochDay(), (int) D.minusDays(1).toEpochDay())).isFalse();
    assertThat(w.from()).contains(D);
    assertThat(w.toString()).isEqualTo("[2020-01-25, 2020-01-27]");
  }

  @Test
  void openEndsHaveNoDate() {
    assertThat(DayWindow.all().from()).isEmpty();
    assertThat(DayWindow.since(D).to()).isEmpty();
    assertThat(DayWindow.until(D).from()).isEmpty();
    assertThat(DayWindow.since(D).extendBack(2).from()).contains(D.minusDays(2));
    assertThat(DayWindow.all().extendBack(2)).isEqualTo(DayWindow.all());
    assertThat(DayWindow.of(D, D).intersect(DayWindow.until(D.minusDays(1)))).isEmpty();
  }

  @Test
  void aLastDayBeforeTheFirstIsRejected() {
    assertThatThrownBy(() -> DayWindow.of(D, D.minusDays(1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("is before first day");
    assertThatThrownBy(() -> DayWindow.of(null, D)).hasMessageContaining("window.from");
    assertThatThrownBy(() -> DayWindow.all().extendBack(-1)).hasMessageContaining("days");
  }
}
