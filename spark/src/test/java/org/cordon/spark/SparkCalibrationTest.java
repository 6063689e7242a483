package org.cordon.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.spark.sql.SparkSession;
import org.cordon.InvalidInputException;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.experiment.Calibration;
import org.cordon.simulation.experiment.Observed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code calibrate} on {@code local[2]} against {@link Calibration#run} on two threads: 2,000
 * prior draws on the jinsha-2020 preset scaled to 2,500 residents (the draw count is the issue's;
 * the small community keeps the test within seconds). Equal means equal: every accepted draw,
 * the posterior bands, the predictive check and the calibration YAML's text.
 */
class SparkCalibrationTest {
  private static final CalibrationSetup SMALL = new CalibrationSetup("jinsha-2020", 1, 2500, 2020, 2);
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void twoThousandDrawsGiveTheLocalCalibration() {
    String command = org.cordon.simulation.cli.CalibrationOptions.command(2000, 2, 0.02, 200, SMALL.seed());
    Calibration.Result local = Calibration.run(SMALL.community(), ModelParameters.defaults(), Observed.JINSHA_2020,
        2000, 2, 0.02, 200, SMALL.seed(), 2, command, org.cordon.simulation.progress.Progress.NONE);
    Calibration.Result distributed = SparkCalibration.run(spark, SMALL, 2000, 0.02, 200, 5, command);
    assertThat(distributed.drawn()).isEqualTo(2000);
    assertThat(distributed.accepted()).hasSize(40).isEqualTo(local.accepted());
    assertThat(distributed.posterior()).isEqualTo(local.posterior());
    assertThat(distributed.checks()).isEqualTo(local.checks());
    assertThat(distributed.fitted()).isEqualTo(local.fitted());
    assertThat(distributed.fitted().toYaml()).isEqualTo(local.fitted().toYaml()).contains(command);
  }

  @Test
  void outOfRangeOptionsAreRejectedBeforeAnyJob() {
    assertThatThrownBy(() -> SparkCalibration.run(spark, SMALL, 5, 0.02, 10, 0, "x"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--draws");
    assertThatThrownBy(() -> SparkCalibration.run(spark, SMALL, 100, 0, 10, 0, "x"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--accept");
    LocalSpark.Run r = LocalSpark.sparkCli(spark, "calibrate", "--runs", "0");
    assertThat(r.exit()).isEqualTo(CordonSpark.EXIT_BAD_INPUT);
    assertThat(r.err()).startsWith("cordon-spark: ").contains("--runs");
  }
}
