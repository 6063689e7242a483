package org.cordon.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.cordon.simulation.engine.RunResult;
import org.cordon.simulation.experiment.Ensemble;
import org.cordon.simulation.experiment.Experiment;
import org.cordon.simulation.experiment.MonteCarlo;
import org.cordon.simulation.experiment.ScenarioYaml;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare} on {@code local[2]} against the local command, on the small scenario (2,500
 * residents, 30 days, two variants; {@link LocalSpark#smallScenario()}) so that 2,000 replicates
 * take seconds. Results must be equal, not close: the check is byte equality.
 */
class SparkCompareTest {
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
  void twoThousandReplicatesGiveTheLocalCommandsFilesByteForByte(@TempDir Path tmp) throws Exception {
    String scenario = LocalSpark.smallScenario().toString();
    Path local = tmp.resolve("local");
    Path distributed = tmp.resolve("spark");
    LocalSpark.Run l = LocalSpark.localCli("compare", "--scenario", scenario, "--runs", "2000", "--seed", "11",
        "--threads", "2", "--quiet", "--no-report", "--out", local.toString());
    assertThat(l.exit()).as(l.err()).isZero();
    LocalSpark.Run s = LocalSpark.sparkCli(spark, "compare", "--scenario", scenario, "--runs", "2000", "--seed", "11",
        "--partitions", "7", "--out", distributed.toString(), "--parquet", tmp.resolve("pq").toString());
    assertThat(s.exit()).as(s.err()).isZero();
    for (String f : List.of("summary.json", "daily.csv")) {
      assertThat(Files.readAllBytes(distributed.resolve(f))).as(f).isEqualTo(Files.readAllBytes(local.resolve(f)));
    }
    // the same table as the local command, before its "wrote" lines
    assertThat(s.out()).startsWith(l.out().substring(0, l.out().indexOf("\nwrote ")));
    assertThat(spark.read().parquet(tmp.resolve("pq").resolve(ReplicateParquet.FINAL).toString()).count())
        .isEqualTo(2 * 2000);
  }

  @Test
  void theEnsembleIsTheSameWhateverThePartitioning() {
    Experiment e = ScenarioYaml.read(LocalSpark.smallScenario());
    Ensemble local = MonteCarlo.run(e, 300, 5L, 1);
    ScenarioSource source = ScenarioSource.of(LocalSpark.smallScenario().toString());
    for (int partitions : new int[] {1, 3, 64}) {
      Ensemble distributed = SparkCompare.run(spark, source, 300, 5L, partitions, Optional.empty()).ensemble();
      assertThat(distributed.results()).as("%d partitions", partitions).isEqualTo(local.results());
    }
  }

  @Test
  void theExecutorCompilesTheScenarioOnceForAllItsTasksAndJobs() throws Exception {
    Path copy = Files.createTempFile("cordon-once-", ".yaml");
    try {
      // a new file (new text would do too): a key no other test has built
      Files.writeString(copy, Files.readString(LocalSpark.smallScenario()) + "# once\n");
      ScenarioSource source = ScenarioSource.of(copy.toString());
      int before = WorkerCache.compiled();
      SparkCompare.run(spark, source, 64, 1L, 16, Optional.empty());
      SparkCompare.run(spark, source, 64, 2L, 16, Optional.empty());
      // local[2]: one executor (this JVM), 32 tasks, one compilation
      assertThat(WorkerCache.compiled() - before).isEqualTo(1);
    } finally {
      Files.deleteIfExists(copy);
    }
  }

  @Test
  void parquetHoldsEveryDayOfEveryReplicateAndTheFinalCounts(@TempDir Path tmp) {
    Experiment e = ScenarioYaml.read(LocalSpark.smallScenario());
    Ensemble local = MonteCarlo.run(e, 120, 3L, 2);
    ScenarioSource source = ScenarioSource.of(LocalSpark.smallScenario().toString());
    String dir = tmp.resolve("pq").toString();
    SparkCompare.run(spark, source, 120, 3L, 4, Optional.of(dir));
    Dataset<Row> daily = spark.read().parquet(dir + "/" + ReplicateParquet.DAILY);
    Dataset<Row> last = spark.read().parquet(dir + "/" + ReplicateParquet.FINAL);
    int days = local.runsOf(0).get(0).days();
    assertThat(daily.count()).isEqualTo(2L * 120 * days);
    assertThat(daily.schema()).isEqualTo(ReplicateParquet.dailySchema().asNullable());
    daily.createOrReplaceTempView("daily");
    last.createOrReplaceTempView("final");
    for (int k = 0; k < 2; k++) {
      String variant = e.variants().get(k).name();
      List<RunResult> runs = local.runsOf(k);
      // replicate 17's confirmed series, day by day, from Spark SQL
      List<Row> rows = spark.sql("SELECT day, new_confirmed, close_contacts FROM daily WHERE variant = '" + variant
          + "' AND replicate = 17 ORDER BY day").collectAsList();
      int[] confirmed = runs.get(17).newConfirmed();
      int[] contacts = runs.get(17).closeContacts();
      assertThat(rows).hasSize(days);
      for (Row r : rows) {
        assertThat(r.getInt(1)).isEqualTo(confirmed[r.getInt(0)]);
        assertThat(r.getInt(2)).isEqualTo(contacts[r.getInt(0)]);
      }
      long infections = runs.stream().mapToLong(RunResult::totalInfections).sum();
      Row sums = spark.sql("SELECT sum(total_infections), count(*) FROM final WHERE variant = '" + variant + "'").first();
      assertThat(sums.getLong(0)).isEqualTo(infections);
      assertThat(sums.getLong(1)).isEqualTo(120L);
      long dailySum = spark.sql("SELECT sum(new_infections) FROM daily WHERE variant = '" + variant + "'").first().getLong(0);
      assertThat(dailySum).isEqualTo(infections);
    }
  }

  @Test
  void anExceptionInOneReplicateFailsTheJobNamingItsIndex() {
    ScenarioSource source = ScenarioSource.of(LocalSpark.smallScenario().toString());
    ReplicateFunction failsAt1234 = (r, seed, i) -> {
      if (i == 1234) {
        throw new IllegalStateException("injected failure");
      }
      return r.run(seed, i);
    };
    assertThatThrownBy(() -> SparkCompare.run(spark, source, 1500, 1L, 6, Optional.empty(), failsAt1234))
        .isInstanceOf(ReplicateFailedException.class)
        .hasMessageContaining("replicate 1234 failed")
        .hasMessageContaining("injected failure")
        .satisfies(t -> assertThat(((ReplicateFailedException) t).index()).isEqualTo(1234));
  }

  @Test
  void badInputEndsWithOneLineAndExitCode2(@TempDir Path tmp) {
    LocalSpark.Run r = LocalSpark.sparkCli(spark, "compare", "--scenario", tmp.resolve("missing.yaml").toString());
    assertThat(r.exit()).isEqualTo(CordonSpark.EXIT_BAD_INPUT);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).startsWith("cordon-spark: ").contains("--scenario").contains("missing.yaml").doesNotContain("\tat ");
    LocalSpark.Run runs = LocalSpark.sparkCli(spark, "compare", "--runs", "0");
    assertThat(runs.exit()).isEqualTo(CordonSpark.EXIT_BAD_INPUT);
    assertThat(runs.err()).startsWith("cordon-spark: ").contains("--runs");
  }
}
