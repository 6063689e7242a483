package org.cordon.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import org.cordon.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite run store: migrations recorded once, runs kept with their outputs, other databases refused. */
class SqlRunStoreTest {
  @TempDir Path dir;

  private static StoredRun run(String id, Instant created, String summary) {
    return new StoredRun(id, created, created.plusSeconds(5), "done", Optional.empty(), "{\"runs\":2}",
        "The baseline; 2 runs, seed 1", 2, 1, 4, 4, "name: x\n", Optional.of(summary), Optional.of("date\n"),
        Optional.of("{}"));
  }

  @Test
  void aNewDatabaseIsMigratedOnceAndKeepsRunsWithTheirOutputsNewestFirst() throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("cordon.db");
    try (SqlRunStore store = SqlRunStore.open(url, "--data")) {
      assertThat(store.schemaVersion()).isEqualTo(SqlRunStore.MIGRATIONS.size());
      store.save(run("a", Instant.parse("2026-01-01T10:00:00Z"), "{\"x\": 1}\n"));
      store.save(run("b", Instant.parse("2026-01-02T10:00:00Z"), "{\"x\": 2}\n"));
      store.save(run("a", Instant.parse("2026-01-01T10:00:00Z"), "{\"x\": 3}\n")); // replaces
    }
    try (SqlRunStore store = SqlRunStore.open(url, "--data")) {
      assertThat(store.list()).extracting(StoredRun::id).containsExactly("b", "a");
      assertThat(store.list().get(0).summaryJson()).as("a list leaves the outputs out").isEmpty();
      assertThat(store.load("a").flatMap(StoredRun::summaryJson)).contains("{\"x\": 3}\n");
      assertThat(store.delete("a")).isTrue();
      assertThat(store.delete("a")).isFalse();
      assertThat(store.load("a")).isEmpty();
    }
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*), MAX(version) FROM schema_version")) {
      r.next();
      assertThat(r.getInt(1)).as("each migration recorded once").isEqualTo(SqlRunStore.MIGRATIONS.size());
      assertThat(r.getInt(2)).isEqualTo(SqlRunStore.MIGRATIONS.size());
    }
  }

  @Test
  void aSchemaNewerThanThisCodeOrAnotherApplicationsFileIsRefusedUntouched() throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("newer.db");
    SqlRunStore.open(url, "--data").close();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("INSERT INTO schema_version VALUES (99, '2030-01-01T00:00:00Z')");
    }
    assertThatThrownBy(() -> SqlRunStore.open(url, "--data")).isInstanceOf(InvalidInputException.class)
        .hasMessage("--data: " + dir.resolve("newer.db") + " has schema version 99, newer than this Cordon's "
            + SqlRunStore.MIGRATIONS.size() + "; run a newer Cordon on it");

    String other = "jdbc:sqlite:" + dir.resolve("other.db");
    try (Connection c = DriverManager.getConnection(other); Statement s = c.createStatement()) {
      s.execute("PRAGMA application_id = 7");
      s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL, applied VARCHAR(40) NOT NULL)");
    }
    assertThatThrownBy(() -> SqlRunStore.open(other, "--db-url")).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("--db-url: " + dir.resolve("other.db") + " is not a Cordon database (SQLite application_id 7)");
  }
}
