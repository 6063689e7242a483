package org.cordon.server.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cordon.InvalidInputException;

/**
 * A {@link RunStore} in a SQL database through JDBC: an embedded SQLite file by default (xerial
 * {@code sqlite-jdbc}), or any database a JDBC URL names whose driver is on the class path. One
 * connection, one transaction per call. The schema changes only through {@link #MIGRATIONS}, each
 * applied once in its own transaction and recorded in {@code schema_version}. A database that is
 * not Cordon's (tables but no {@code schema_version}, another SQLite {@code application_id}, a
 * file that is not a database at all, or a schema newer than this code) is refused when opened,
 * never reset.
 */
public final class SqlRunStore implements RunStore {
  /** SQLite's {@code PRAGMA application_id} of a Cordon database: "CORD". */
  static final int APPLICATION_ID = 0x434F5244;

  /** The migrations: entry {@code i} takes the schema from version {@code i} to {@code i + 1}. */
  static final List<String[]> MIGRATIONS = List.<String[]>of(
      new String[] {
        "CREATE TABLE runs (id VARCHAR(64) PRIMARY KEY, created VARCHAR(40) NOT NULL, finished VARCHAR(40) NOT NULL,"
            + " status VARCHAR(16) NOT NULL, error TEXT, plan_json TEXT NOT NULL, line TEXT NOT NULL,"
            + " runs INTEGER NOT NULL, seed BIGINT NOT NULL, done BIGINT NOT NULL, total BIGINT NOT NULL,"
            + " scenario_yaml TEXT NOT NULL, summary_json TEXT, daily_csv TEXT, charts_json TEXT)",
        "CREATE INDEX runs_created ON runs (created)"
      });

  private static final String COLUMNS = "id, created, finished, status, error, plan_json, line, runs, seed, done, total,"
      + " scenario_yaml";

  private final Connection connection;

  private SqlRunStore(Connection connection) {
    this.connection = connection;
  }

  /**
   * Opens (and creates or migrates) a store.
   *
   * @param url a JDBC URL, e.g. {@code jdbc:sqlite:cordon-data/cordon.db}
   * @param option the option that named it, for the error message ({@code --data}, {@code --db-url})
   * @return the store
   * @throws InvalidInputException naming the option if the database cannot be opened or is not
   *     Cordon's
   */
  public static SqlRunStore open(String url, String option) {
    String what = url.startsWith("jdbc:sqlite:") ? url.substring("jdbc:sqlite:".length()) : url;
    Connection c;
    try {
      c = DriverManager.getConnection(url);
    } catch (SQLException e) {
      throw InvalidInputException.argument(option, "cannot open " + what + ": " + oneLine(e));
    }
    try {
      boolean sqlite = url.startsWith("jdbc:sqlite:");
      if (sqlite) {
        try (Statement s = c.createStatement()) {
          s.execute("PRAGMA busy_timeout = 5000");
        }
      }
      List<String> tables = tables(c);
      if (tables.isEmpty()) {
        if (sqlite) {
          try (Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + APPLICATION_ID);
          }
        }
        try (Statement s = c.createStatement()) {
          s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL, applied VARCHAR(40) NOT NULL)");
        }
      } else if (!tables.contains("schema_version")) {
        throw InvalidInputException.argument(option, what + " is not a Cordon database (tables " + tables
            + ", no schema_version); give another --data folder or move the file away");
      } else if (sqlite && applicationId(c) != APPLICATION_ID) {
        throw InvalidInputException.argument(option, what + " is not a Cordon database (SQLite application_id "
            + applicationId(c) + "); give another --data folder or move the file away");
      }
      migrate(c, option, what);
      return new SqlRunStore(c);
    } catch (SQLException e) {
      close(c);
      throw InvalidInputException.argument(option, what + " is not a Cordon database or is damaged: " + oneLine(e));
    } catch (RuntimeException e) {
      close(c);
      throw e;
    }
  }

  private static List<String> tables(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    DatabaseMetaData md = c.getMetaData();
    try (ResultSet r = md.getTables(null, null, "%", new String[] {"TABLE"})) {
      while (r.next()) {
        out.add(r.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static int applicationId(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA application_id")) {
      return r.next() ? r.getInt(1) : 0;
    }
  }

  private static void migrate(Connection c, String option, String url) throws SQLException {
    int version;
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
      version = r.next() ? r.getInt(1) : 0;
    }
    if (version > MIGRATIONS.size()) {
      throw InvalidInputException.argument(option, url + " has schema version " + version + ", newer than this Cordon's "
          + MIGRATIONS.size() + "; run a newer Cordon on it");
    }
    for (int v = version; v < MIGRATIONS.size(); v++) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        for (String sql : MIGRATIONS.get(v)) {
          s.execute(sql);
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version (version, applied) VALUES (?, ?)")) {
          p.setInt(1, v + 1);
          p.setString(2, Instant.now().toString());
          p.executeUpdate();
        }
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  /** @return the schema version of the open database */
  public synchronized int schemaVersion() {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
      return r.next() ? r.getInt(1) : 0;
    } catch (SQLException e) {
      throw new StoreException("cannot read the schema version: " + oneLine(e), e);
    }
  }

  @Override
  public synchronized void save(StoredRun run) {
    try {
      connection.setAutoCommit(false);
      try (PreparedStatement del = connection.prepareStatement("DELETE FROM runs WHERE id = ?");
          PreparedStatement ins = connection.prepareStatement("INSERT INTO runs (" + COLUMNS
              + ", summary_json, daily_csv, charts_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        del.setString(1, run.id());
        del.executeUpdate();
        int i = 1;
        ins.setString(i++, run.id());
        ins.setString(i++, run.created().toString());
        ins.setString(i++, run.finished().toString());
        ins.setString(i++, run.status());
        ins.setString(i++, run.error().orElse(null));
        ins.setString(i++, run.planJson());
        ins.setString(i++, run.line());
        ins.setInt(i++, run.runs());
        ins.setLong(i++, run.seed());
        ins.setLong(i++, run.done());
        ins.setLong(i++, run.total());
        ins.setString(i++, run.scenarioYaml());
        ins.setString(i++, run.summaryJson().orElse(null));
        ins.setString(i++, run.dailyCsv().orElse(null));
        ins.setString(i, run.chartsJson().orElse(null));
        ins.executeUpdate();
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot save run " + run.id() + ": " + oneLine(e), e);
    }
  }

  @Override
  public synchronized List<StoredRun> list() {
    List<StoredRun> out = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT " + COLUMNS + " FROM runs ORDER BY created DESC, id DESC")) {
      while (r.next()) {
        out.add(read(r, false));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot list runs: " + oneLine(e), e);
    }
    return out;
  }

  @Override
  public synchronized Optional<StoredRun> load(String id) {
    try (PreparedStatement p = connection.prepareStatement("SELECT " + COLUMNS
        + ", summary_json, daily_csv, charts_json FROM runs WHERE id = ?")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(read(r, true)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read run " + id + ": " + oneLine(e), e);
    }
  }

  @Override
  public synchronized boolean delete(String id) {
    try (PreparedStatement p = connection.prepareStatement("DELETE FROM runs WHERE id = ?")) {
      p.setString(1, id);
      return p.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new StoreException("cannot delete run " + id + ": " + oneLine(e), e);
    }
  }

  private static StoredRun read(ResultSet r, boolean outputs) throws SQLException {
    return new StoredRun(r.getString("id"), Instant.parse(r.getString("created")), Instant.parse(r.getString("finished")),
        r.getString("status"), Optional.ofNullable(r.getString("error")), r.getString("plan_json"), r.getString("line"),
        r.getInt("runs"), r.getLong("seed"), r.getLong("done"), r.getLong("total"), r.getString("scenario_yaml"),
        outputs ? Optional.ofNullable(r.getString("summary_json")) : Optional.empty(),
        outputs ? Optional.ofNullable(r.getString("daily_csv")) : Optional.empty(),
        outputs ? Optional.ofNullable(r.getString("charts_json")) : Optional.empty());
  }

  @Override
  public synchronized void close() {
    close(connection);
  }

  private static void close(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // closing: nothing left to do
    }
  }

  private static String oneLine(SQLException e) {
    return InvalidInputException.oneLine(String.valueOf(e.getMessage()), 200);
  }
}
