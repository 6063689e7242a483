package org.cordon.simulation.disease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cordon.InvalidInputException;
import org.cordon.contact.Layer;
import org.junit.jupiter.api.Test;

class ParametersTest {
  @Test
  void defaultsCiteTheFactsSheet() {
    DiseaseParameters d = DiseaseParameters.defaults();
    assertThat(d.incubationMeanlog()).isEqualTo(1.621);
    assertThat(d.incubationSdlog()).isEqualTo(0.418);
    assertThat(d.asymptomaticShare()).isEqualTo(0.20);
    CaseFindingParameters c = CaseFindingParameters.defaults();
    assertThat(c.careSeekingDaysEarly()).isEqualTo(4.4);
    assertThat(c.careSeekingDaysLate()).isEqualTo(2.6);
  }

  @Test
  void theFeverCourseAndQuarantineSettingHaveTheirDefaultsAndRangesAndAreChecked() {
    CaseFindingParameters c = CaseFindingParameters.defaults();
    assertThat(c.febrileShare()).isBetween(CaseFindingParameters.FEBRILE_SHARE_LOW, CaseFindingParameters.FEBRILE_SHARE_HIGH);
    assertThat(c.feverOnsetMeanDays()).isEqualTo(5.43)
        .isBetween(CaseFindingParameters.FEVER_ONSET_MEAN_DAYS_LOW, CaseFindingParameters.FEVER_ONSET_MEAN_DAYS_HIGH);
    assertThat(c.quarantineSetting()).isEqualTo(QuarantineSetting.FACILITY);
    assertThat(c.facilityQuarantineFrom()).isEqualTo(java.time.LocalDate.of(2020, 2, 2))
        .isBetween(CaseFindingParameters.FACILITY_QUARANTINE_EARLIEST, CaseFindingParameters.FACILITY_QUARANTINE_LATEST);
    assertThat(c.facilityOn(java.time.LocalDate.of(2020, 2, 1))).isFalse();
    assertThat(c.facilityOn(java.time.LocalDate.of(2020, 2, 2))).isTrue();
    assertThat(c.withQuarantine(QuarantineSetting.HOME, c.facilityQuarantineFrom()).facilityOn(java.time.LocalDate.of(2020, 3, 1)))
        .isFalse();
    assertThatThrownBy(() -> c.withFever(0.887, -1)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("feverOnsetMeanDays");
    assertThatThrownBy(() -> c.withQuarantine(null, c.facilityQuarantineFrom())).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("quarantineSetting");
    assertThatThrownBy(() -> c.withQuarantine(QuarantineSetting.FACILITY, null)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("facilityQuarantineFrom");
  }

  @Test
  void asymptomaticShareAboveOneIsRejected() {
    assertThatThrownBy(() -> new DiseaseParameters(1.2, 1.621, 0.418, 3, 1, 7, 7, 0.35))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("asymptomaticShare");
  }

  @Test
  void nanIsRejected() {
    assertThatThrownBy(() -> new DiseaseParameters(Double.NaN, 1.621, 0.418, 3, 1, 7, 7, 0.35))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new TransmissionParameters(Double.NaN, 0, 0, 0, 0, 0.25, 1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("household");
    assertThatThrownBy(() -> ImportParameters.ofWuhanShare(Double.NaN)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void negativeDelaysAndRatesAreRejected() {
    assertThatThrownBy(() -> CaseFindingParameters.defaults().withContactsOutsideHousehold(-1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("contactsOutsideHousehold");
    assertThatThrownBy(() -> TransmissionParameters.defaults().withScale(-0.5))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("transmissionScale");
  }

  @Test
  void theScaleMultipliesEveryLayerButTheHousehold() {
    TransmissionParameters t = TransmissionParameters.defaults().withScale(0.5);
    assertThat(t.dailyRate(Layer.HOUSEHOLD)).isEqualTo(TransmissionParameters.defaults().household());
    assertThat(t.dailyRate(Layer.COMMUNITY)).isEqualTo(0.5 * TransmissionParameters.defaults().community());
    assertThat(t.dailyRate(Layer.ENCOUNTER)).isZero();
  }

  @Test
  void importSharesKeepTheirRatiosToWuhan() {
    ImportParameters i = ImportParameters.ofWuhanShare(0.01);
    assertThat(i.shareInfected(org.cordon.community.ReturneeOrigin.HUANGGANG)).isEqualTo(0.0025);
    assertThat(i.shareInfected(org.cordon.community.ReturneeOrigin.NONE)).isZero();
  }
}
