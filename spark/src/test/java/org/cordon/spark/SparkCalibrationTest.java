package org.cordon.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.SparkSession;
import org.cordon.simulation.experiment.AbcSmc;
import org.cordon.simulation.experiment.Calibration;
import org.cordon.simulation.experiment.CalibrationPrior;
import org.cordon.simulation.experiment.CalibrationTarget;
import org.cordon.simulation.experiment.Observed;
import org.cordon.simulation.disease.ModelParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code calibrate} on {@code local[2]} against {@link Calibration#run} on two threads: ABC-SMC
 * with 100 particles × 3 populations on the jinsha-2020 preset scaled to 2,500 residents (the
 * small community keeps the test within seconds). Equal means equal: every population, the
 * posterior bands, the predictive check and the calibration YAML's text.
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
  void aDistributedCalibrationGivesTheLocalOne() {
    String command = org.cordon.simulation.cli.CalibrationOptions.command(null, 100, 2, 0.5, 0.05, 3, 200, SMALL.seed());
    AbcSmc.Settings settings = new AbcSmc.Settings(100, 0.5, 0.05, 3, 100, SMALL.seed());
    CalibrationPrior prior = CalibrationPrior.of(CalibrationTarget.jinsha(SMALL.community(), ModelParameters.defaults()),
        Observed.JINSHA_2020, SMALL.seed(), 2, 2);
    Calibration.Result local = Calibration.run(prior, Observed.JINSHA_2020, settings, 200,
        Calibration.local(2, org.cordon.simulation.progress.Progress.NONE), command);
    Calibration.Result distributed = SparkCalibration.run(spark, SMALL, settings, 200, 5, command);
    assertThat(distributed.steps()).hasSize(3).isEqualTo(local.steps());
    assertThat(distributed.particles()).hasSize(100).isEqualTo(local.particles());
    assertThat(distributed.posterior()).isEqualTo(local.posterior());
    assertThat(distributed.checks()).isEqualTo(local.checks());
    assertThat(distributed.fitted()).isEqualTo(local.fitted());
    assertThat(distributed.fitted().toYaml()).isEqualTo(local.fitted().toYaml()).contains(command);
  }

  @Test
  void outOfRangeOptionsAreRejectedBeforeAnyJob() {
    for (String[] args : new String[][] {{"calibrate", "--runs", "0"}, {"calibrate", "--particles", "5"},
        {"calibrate", "--quantile", "0"}, {"calibrate", "--scenario", "jinsha-other.yaml"}}) {
      LocalSpark.Run r = LocalSpark.sparkCli(spark, args);
      assertThat(r.exit()).isEqualTo(CordonSpark.EXIT_BAD_INPUT);
      assertThat(r.err()).startsWith("cordon-spark: ").contains(args[1]);
    }
  }
}
