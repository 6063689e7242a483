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
  void aDrawWithSeveralReplicatesIsJudgedByTheMedianOfEachStatistic() {
    ModelParameters base = ModelParameters.defaults();
    Observed o = Observed.JINSHA_2020;
    CalibrationPrior three = CalibrationPrior.of(JINSHA, base, o, 7, 1, 3);
    for (int i : new int[] {0, 4}) {
      Calibration.Draw d = three.draw(i);
      var sim = org.cordon.simulation.engine.Simulation.of(
          Calibration.table(JINSHA, base, d.leak(), org.cordon.simulation.engine.PolicyTable.tracer(JINSHA)),
          Calibration.with(base, d.shareInfectedWuhan(), d.transmissionScale(), d.contactsOutsideHousehold()));
      int[] second = new int[3];
      int[] first = new int[3];
      for (int j = 0; j < 3; j++) {
        var r = sim.run(7, 3 * i + j); // replicate j of draw i
        second[j] = r.confirmedBy(o.secondDate());
        first[j] = r.confirmedBy(o.firstDate());
      }
      java.util.Arrays.sort(second);
      java.util.Arrays.sort(first);
      assertThat(d.confirmedBySecond()).isEqualTo(second[1]);
      assertThat(d.confirmedByFirst()).isEqualTo(first[1]);
      // the draw's parameters do not depend on the replicate count
      Calibration.Draw single = CalibrationPrior.of(JINSHA, base, o, 7, 1).draw(i);
      assertThat(single.transmissionScale()).isEqualTo(d.transmissionScale());
    }
    var one = Calibration.run(JINSHA, base, o, 30, 3, 0.2, 5, 9, 1, "t", org.cordon.simulation.progress.Progress.NONE);
    var two = Calibration.run(JINSHA, base, o, 30, 3, 0.2, 5, 9, 2, "t", org.cordon.simulation.progress.Progress.NONE);
    assertThat(two.accepted()).isEqualTo(one.accepted());
    assertThatThrownBy(() -> CalibrationPrior.of(JINSHA, base, o, 7, 1, 0)).hasMessageContaining("--replicates");
  }

  @Test
  void tooFewDrawsAreRejected() {
    assertThatThrownBy(() -> Calibration.run(JINSHA, ModelParameters.defaults(), Observed.JINSHA_2020, 5, 0.5, 10, 1, 1, "x"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--draws");
  }
}
