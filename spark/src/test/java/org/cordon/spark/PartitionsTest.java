package org.cordon.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.cordon.InvalidInputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default partition count follows the executors' cores. On a {@code local[3]} master the
 * executor is the driver's JVM with 3 cores (no cluster here, so the local master stands for the
 * executors' cores; on a cluster {@link Partitions} waits for executors to register and Spark's
 * default parallelism is the sum of their cores).
 */
class PartitionsTest {
  private static SparkSession spark;
  private static JavaSparkContext sc;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[3]").appName("cordon-partitions-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
    sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void theDefaultIsFourPartitionsPerCoreOfTheExecutors() {
    assertThat(Partitions.cores(sc).count()).isEqualTo(3);
    assertThat(ReplicateJob.indices(sc, 1_000, 0).getNumPartitions()).isEqualTo(4 * 3);
    assertThat(ReplicateJob.indices(sc, 5, 0).getNumPartitions()).as("never more than the indices").isEqualTo(5);
  }

  @Test
  void aGivenCountIsKeptAndANegativeOneRejected() {
    assertThat(ReplicateJob.indices(sc, 1_000, 7).getNumPartitions()).isEqualTo(7);
    assertThatThrownBy(() -> Partitions.resolve(sc, -1)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--partitions");
  }
}
