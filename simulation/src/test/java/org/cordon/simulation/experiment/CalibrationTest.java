package org.cordon.simulation.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cordon.InvalidInputException;
import org.cordon.community.Community;
import org.cordon.simulation.disease.ModelParameters;
import org.junit.jupiter.api.Test;

class CalibrationTest {
  private static final Community JINSHA = Scenarios.jinshaCommunity();

  @Test
  void sameSeedGivesTheSameFitOnOneAndTwoThreads() {
    var one = Calibration.run(JINSHA, ModelParameters.defaults(), Observed.JINSHA_2020, 40, 0.25, 10, 5, 1, "test");
    var two = Calibration.run(JINSHA, ModelParameters.defaults(), Observed.JINSHA_2020, 40, 0.25, 10, 5, 2, "test");
    assertThat(two.fitted()).isEqualTo(one.fitted());
    assertThat(two.accepted()).isEqualTo(one.accepted());
    assertThat(one.accepted()).hasSize(10);
    assertThat(one.accepted()).isSortedAccordingTo(java.util.Comparator.comparingDouble(Calibration.Draw::distance));
    assertThat(one.fitted().shareInfectedWuhan()).isBetween(Calibration.WUHAN_MIN, Calibration.WUHAN_MAX);
    assertThat(one.checks()).hasSize(4);
  }

  @Test
  void theShippedCalibrationLoadsAndRoundTrips() {
    Calibrated c = Calibrated.jinsha2020();
    assertThat(c.scenario()).isEqualTo("jinsha-2020");
    var yaml = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> yaml.readValue(c.toYaml(), Calibrated.class))).isNull();
  }

  @Test
  void tooFewDrawsAreRejected() {
    assertThatThrownBy(() -> Calibration.run(JINSHA, ModelParameters.defaults(), Observed.JINSHA_2020, 5, 0.5, 10, 1, 1, "x"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--draws");
  }
}
