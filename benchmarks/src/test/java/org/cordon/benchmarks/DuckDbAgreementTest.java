package org.cordon.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.cordon.InvalidInputException;
import org.cordon.community.register.RegisterWriter;
import org.cordon.contact.DayWindow;
import org.cordon.trace.ContactTracer;
import org.cordon.trace.TraceResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DuckDB SQL baseline gives Cordon's answers (ids and depths) for each query it is timed on,
 * on a small community of the benchmarks' structure and the same rotation of cases; and the
 * benchmarks read a register folder and an encounter file ({@code -p register=DIR}).
 */
class DuckDbAgreementTest {
  private static final int RESIDENTS = 4_000;
  private static final int CALLS = 40;

  /** Fresh per test, so both rotations start at the same case. */
  private TracingBenchmark cordon;
  private DuckDbBaselineBenchmark duck;

  @BeforeEach
  void setUp() throws SQLException {
    cordon = new TracingBenchmark();
    cordon.size = RESIDENTS;
    cordon.setUp();
    duck = new DuckDbBaselineBenchmark();
    duck.size = RESIDENTS;
    duck.setUp();
  }

  @AfterEach
  void tearDown() throws SQLException {
    duck.tearDown();
  }

  private static void assertSame(TraceResult mine, JGraphTBaseline.Found theirs) {
    int[] ids = mine.ids();
    byte[] depths = new byte[ids.length];
    for (int i = 0; i < ids.length; i++) {
      depths[i] = (byte) mine.depth(i);
    }
    assertThat(theirs).as("case %d", mine.source()).isEqualTo(new JGraphTBaseline.Found(ids, depths));
  }

  @Test
  void closeContactsAgree() throws SQLException {
    int nonEmpty = 0;
    for (int i = 0; i < CALLS; i++) {
      TraceResult r = cordon.closeContacts();
      assertSame(r, duck.duckdbCloseContacts());
      nonEmpty += r.isEmpty() ? 0 : 1;
    }
    assertThat(nonEmpty).as("most cases have close contacts").isGreaterThan(CALLS / 2);
  }

  @Test
  void depthTwoAgrees() throws SQLException {
    int second = 0;
    for (int i = 0; i < CALLS; i++) {
      TraceResult r = cordon.depth2HouseholdWorkplace();
      second += r.countAtDepth(2);
      assertSame(r, duck.duckdbDepth2HouseholdWorkplace());
    }
    assertThat(second).as("contacts at depth 2").isGreaterThan(CALLS);
  }

  @Test
  void bulkOfTwentyAgreesForUnrelatedAndSharedCases() throws SQLException {
    for (int i = 0; i < 3; i++) {
      List<TraceResult> mine = cordon.bulk20Depth2();
      List<JGraphTBaseline.Found> theirs = duck.duckdbBulk20Depth2();
      assertThat(theirs).hasSize(Queries.JINSHA_CASES);
      for (int k = 0; k < mine.size(); k++) {
        assertSame(mine.get(k), theirs.get(k));
      }
      mine = cordon.bulk20SharedDepth2();
      theirs = duck.duckdbBulk20SharedDepth2();
      assertThat(theirs).hasSize(Queries.JINSHA_CASES);
      for (int k = 0; k < mine.size(); k++) {
        assertSame(mine.get(k), theirs.get(k));
      }
    }
  }

  @Test
  void theWindowQueryWithEncountersAndArrivalDaysAgreesAtDepthThree() throws Exception {
    ContactTracer tracer = cordon.tracer();
    try (DuckDbBaseline db = new DuckDbBaseline(tracer.graph())) {
      for (int i = 0; i < 10; i++) {
        int c = duck.fixture().caseAt(1_000 + i);
        assertSame(tracer.contacts(c, 3, Queries.WINDOW_RULE, Queries.WINDOW),
            db.contacts(c, 3, Queries.WINDOW_RULE, Queries.WINDOW));
      }
    }
  }

  @Test
  void benchmarksReadARegisterFolderAndAnEncounterFile(@TempDir Path dir) throws IOException, SQLException {
    Fixture synthetic = Fixture.of(RESIDENTS);
    Path register = dir.resolve("register");
    RegisterWriter.write(synthetic.community(), register);
    Path encounters = dir.resolve("encounters.csv");
    Files.writeString(encounters, "a,b,first_day,last_day,minutes\n0,5,2020-01-20,2020-01-27,30\n1,7,2020-01-21,2020-01-21,5\n");
    TracingBenchmark mine = new TracingBenchmark();
    mine.size = 0;
    mine.register = register.toString();
    mine.encounters = encounters.toString();
    mine.setUp();
    assertThat(mine.tracer().graph().residentCount()).isEqualTo(RESIDENTS);
    assertThat(mine.tracer().graph().encounters().end(0) - mine.tracer().graph().encounters().start(0)).isEqualTo(1);
    DuckDbBaselineBenchmark theirs = new DuckDbBaselineBenchmark();
    theirs.size = 0;
    theirs.register = register.toString();
    theirs.encounters = encounters.toString();
    theirs.setUp();
    try {
      for (int i = 0; i < 10; i++) {
        assertSame(mine.depth2HouseholdWorkplace(), theirs.duckdbDepth2HouseholdWorkplace());
      }
      // the register's own community: its answers are the synthesized community's
      assertThat(mine.tracer().contacts(5, 2, Queries.HOUSEHOLD_WORKPLACE, DayWindow.all()).ids())
          .isEqualTo(synthetic.tracer().contacts(5, 2, Queries.HOUSEHOLD_WORKPLACE, DayWindow.all()).ids());
    } finally {
      theirs.tearDown();
    }
  }

  @Test
  void aMissingRegisterOrAnEncounterFileWithoutOneIsATypedError(@TempDir Path dir) {
    assertThatThrownBy(() -> Fixture.of(0, dir.resolve("nope").toString(), ""))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("nope");
    assertThatThrownBy(() -> Fixture.of(RESIDENTS, "", dir.resolve("e.csv").toString()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("register");
  }
}
