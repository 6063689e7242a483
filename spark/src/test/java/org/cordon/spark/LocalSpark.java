package org.cordon.spark;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;

/** The tests' Spark: a {@code local[2]} session (one per test class) and the small scenario. */
final class LocalSpark {
  private LocalSpark() {}

  /**
   * @return a {@code local[2]} session bound to the loopback interface, no UI, quiet (log4j2-test)
   */
  static SparkSession start() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("cordon-spark-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
  }

  /**
   * The small scenario of the tests: the jinsha-2020 preset scaled to 2,500 residents, 30 days,
   * two variants (see the file), so that thousands of replicates run in seconds.
   */
  static Path smallScenario() {
    try {
      return Path.of(LocalSpark.class.getResource("small-jinsha.yaml").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A run of a command line, with what it printed. */
  record Run(int exit, String out, String err) {}

  /** Runs {@code cordon-spark args...} in {@code spark}. */
  static Run sparkCli(SparkSession spark, String... args) {
    return run(CordonSpark.commandLine(job -> spark), args);
  }

  /** Runs the local {@code cordon args...}. */
  static Run localCli(String... args) {
    return run(org.cordon.simulation.cli.CordonCommand.commandLine(), args);
  }

  private static Run run(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }
}
