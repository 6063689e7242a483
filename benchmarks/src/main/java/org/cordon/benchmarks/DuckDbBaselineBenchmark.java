package org.cordon.benchmarks;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cordon.contact.DayWindow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The DuckDB SQL baseline ({@link DuckDbBaseline}) of {@link TracingBenchmark}'s close contacts,
 * depth 2 over household and workplace, and the two bulk-20 questions, on the same fixture and the
 * same rotation of cases, at every size (the table is loaded once per trial, not measured). Run it
 * in the same JMH invocation as {@code TracingBenchmark} so the ratios come from one run ({@code
 * STEPS=duckdb benchmarks/run} does).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class DuckDbBaselineBenchmark extends CommunityState {
  /** Residents: the Jinsha preset and two scaled communities. */
  @Param({"26707", "100000", "1000000"})
  public int size;

  @Override
  protected int residents() {
    return size;
  }

  private DuckDbBaseline db;

  /**
   * Builds the fixture and loads the database (not measured).
   *
   * @throws SQLException if DuckDB fails
   */
  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    loadFixture();
    db = new DuckDbBaseline(fixture.graph());
  }

  /** @throws SQLException if closing fails */
  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    db.close();
  }

  /**
   * @return close contacts of one case under the default rule
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public JGraphTBaseline.Found duckdbCloseContacts() throws SQLException {
    return db.contacts(nextCase(), 1, Queries.CLOSE, Queries.CLOSE_WINDOW);
  }

  /**
   * @return contacts to depth 2 over household and workplace of one case
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public JGraphTBaseline.Found duckdbDepth2HouseholdWorkplace() throws SQLException {
    return db.contacts(nextCase(), Queries.DEPTH, Queries.HOUSEHOLD_WORKPLACE, DayWindow.all());
  }

  /**
   * @return depth-2 household-and-workplace contacts of each of 20 cases of the rotation, one statement
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public List<JGraphTBaseline.Found> duckdbBulk20Depth2() throws SQLException {
    return db.contactsOfEach(nextCases(Queries.JINSHA_CASES), Queries.DEPTH,
        Queries.HOUSEHOLD_WORKPLACE, DayWindow.all());
  }

  /**
   * @return the same for 20 distinct cases in shared groups of up to four ({@link
   *     Fixture#sharedCasesAt})
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public List<JGraphTBaseline.Found> duckdbBulk20SharedDepth2() throws SQLException {
    return db.contactsOfEach(nextSharedCases(Queries.JINSHA_CASES), Queries.DEPTH,
        Queries.HOUSEHOLD_WORKPLACE, DayWindow.all());
  }
}
