package org.cordon.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sweep} on {@code local[2]} against the local {@code cordon sweep}: ten closure dates on
 * the small scenario (2,500 residents, 30 days; {@link LocalSpark#smallScenario()}), compared byte
 * for byte.
 */
class SparkSweepTest {
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
  void aTenDateSweepGivesTheLocalCommandsFilesByteForByte(@TempDir Path tmp) throws Exception {
    String scenario = LocalSpark.smallScenario().toString();
    List<String> common = List.of("--scenario", scenario, "--part", "closure", "--from", "2020-01-20", "--to", "2020-01-29",
        "--runs", "300", "--seed", "4");
    Path local = tmp.resolve("local");
    Path distributed = tmp.resolve("spark");
    LocalSpark.Run l = LocalSpark.localCli(args("sweep", common, "--threads", "2", "--quiet", "--out", local.toString()));
    assertThat(l.exit()).as(l.err()).isZero();
    LocalSpark.Run s = LocalSpark.sparkCli(spark, args("sweep", common, "--partitions", "9", "--out", distributed.toString()));
    assertThat(s.exit()).as(s.err()).isZero();
    for (String f : List.of("sweep.csv", "sweep.json")) {
      assertThat(Files.readAllBytes(distributed.resolve(f))).as(f).isEqualTo(Files.readAllBytes(local.resolve(f)));
    }
    assertThat(s.out()).as("the per-date table and the sentence of cordon sweep")
        .startsWith(l.out().substring(0, l.out().indexOf("\nwrote ")));
    assertThat(Files.readAllLines(distributed.resolve("sweep.csv"))).hasSize(1 + 10);
    assertThat(spark.read().parquet(distributed.resolve("parquet").resolve(ReplicateParquet.FINAL).toString())
        .select("variant").distinct().count()).isEqualTo(10);
  }

  @Test
  void aBadDateIsRejectedWithOneLine(@TempDir Path tmp) {
    LocalSpark.Run r = LocalSpark.sparkCli(spark, "sweep", "--part", "closure", "--from", "2020-01-40", "--to", "2020-01-29",
        "--out", tmp.toString());
    assertThat(r.exit()).isEqualTo(CordonSpark.EXIT_BAD_INPUT);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).startsWith("cordon-spark: ").contains("--from");
  }

  private static String[] args(String job, List<String> common, String... more) {
    var all = new java.util.ArrayList<String>();
    all.add(job);
    all.addAll(common);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }
}
