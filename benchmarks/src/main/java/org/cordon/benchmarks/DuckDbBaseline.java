package org.cordon.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.cordon.contact.ContactGraph;
import org.cordon.contact.DayWindow;
import org.cordon.contact.EncounterLayer;
import org.cordon.contact.GroupLayer;
import org.cordon.contact.Layer;
import org.cordon.trace.CloseContactRule;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The SQL baseline a researcher who knows databases would write: the memberships of every group
 * layer in one table {@code membership(resident, "group", layer, "from", "to")} (global group ids,
 * the layer's ordinal, inclusive epoch days, {@link DayWindow#OPEN_START}/{@link
 * DayWindow#OPEN_END} when open) and the recorded encounters, both ways, in {@code encounter(a, b,
 * first_day, last_day, minutes)}, in an in-process DuckDB ({@code jdbc:duckdb:}, loaded once with
 * DuckDB's appender), and each tracing question as one SQL statement of joins, level by level:
 * the groups of the frontier's memberships clipped to the window ({@code DISTINCT} group and
 * clipped days, so a workplace met by 50,000 members is joined once per distinct arrival day, not
 * once per member), their members whose memberships overlap a frontier membership on a day of the
 * window, plus encounter partners, minus everyone already reached. The same links and the same
 * depths as {@link org.cordon.trace.ContactTracer} (checked by {@code BaselineAgreementTest}).
 *
 * <p>DuckDB runs on one thread ({@code SET threads = 1}), as Cordon's queries do; with more it
 * would scan its tables in parallel. Not thread-safe: one instance per benchmark thread; close it.
 */
public final class DuckDbBaseline implements AutoCloseable {
  private final Connection connection;
  private final Map<String, String> sqlCache = new HashMap<>();

  /**
   * Loads the graph's memberships and encounters into a new in-memory database.
   *
   * @param graph the contact graph
   * @throws SQLException if DuckDB fails
   */
  public DuckDbBaseline(ContactGraph graph) throws SQLException {
    connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement st = connection.createStatement()) {
      st.execute("SET threads = 1");
      st.execute("CREATE TABLE membership (resident INTEGER, \"group\" INTEGER, layer TINYINT, \"from\" INTEGER, \"to\" INTEGER)");
      st.execute("CREATE TABLE encounter (a INTEGER, b INTEGER, first_day INTEGER, last_day INTEGER, minutes INTEGER)");
    }
    DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
    int base = 0;
    try (DuckDBAppender app = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "membership")) {
      for (Layer l : Layer.values()) {
        if (!l.isGroupLayer()) {
          continue;
        }
        GroupLayer gl = graph.layer(l);
        for (int g = 0; g < gl.groupCount(); g++) {
          for (int i = gl.memberStart(g); i < gl.memberEnd(g); i++) {
            app.beginRow().append(gl.member(i)).append(base + g).append((byte) l.ordinal())
                .append(gl.memberFrom(i)).append(gl.memberTo(i)).endRow();
          }
        }
        base += gl.groupCount();
      }
    }
    EncounterLayer enc = graph.encounters();
    try (DuckDBAppender app = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "encounter")) {
      for (int r = 0; r < graph.residentCount(); r++) {
        for (int i = enc.start(r); i < enc.end(r); i++) {
          app.beginRow().append(r).append(enc.other(i)).append(enc.firstDay(i)).append(enc.lastDay(i))
              .append(enc.minutes(i)).endRow();
        }
      }
    }
  }

  /** @return the rows of the membership table (for the report) */
  public long membershipRows() throws SQLException {
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM membership")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Contacts of one case, as {@link org.cordon.trace.ContactTracer#contacts}.
   *
   * @param caseId the case
   * @param depth {@code >= 1}
   * @param rule the layers and minimum encounter minutes
   * @param window the days that count
   * @return ids ascending with their depths
   * @throws SQLException if DuckDB fails
   */
  public JGraphTBaseline.Found contacts(int caseId, int depth, CloseContactRule rule, DayWindow window) throws SQLException {
    return contactsOfEach(new int[] {caseId}, depth, rule, window).get(0);
  }

  /**
   * Contacts of each of several cases in one statement (the cases as a list literal).
   *
   * @param cases case ids (may repeat; one answer per entry)
   * @param depth {@code >= 1}
   * @param rule the layers and minimum encounter minutes
   * @param window the days that count
   * @return one answer per entry, ids ascending with their depths
   * @throws SQLException if DuckDB fails
   */
  public List<JGraphTBaseline.Found> contactsOfEach(int[] cases, int depth, CloseContactRule rule, DayWindow window)
      throws SQLException {
    int[] distinct = Arrays.stream(cases).sorted().distinct().toArray();
    String sql = sql(depth, rule, window).replace("CASES", Arrays.toString(distinct));
    Map<Integer, int[]> ids = new HashMap<>();
    Map<Integer, byte[]> depths = new HashMap<>();
    int[] bufIds = new int[64];
    byte[] bufDepths = new byte[64];
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int cur = Integer.MIN_VALUE;
      int n = 0;
      while (rs.next()) {
        int c = rs.getInt(1);
        if (c != cur) {
          if (cur != Integer.MIN_VALUE) {
            ids.put(cur, Arrays.copyOf(bufIds, n));
            depths.put(cur, Arrays.copyOf(bufDepths, n));
          }
          cur = c;
          n = 0;
        }
        if (n == bufIds.length) {
          bufIds = Arrays.copyOf(bufIds, 2 * n);
          bufDepths = Arrays.copyOf(bufDepths, 2 * n);
        }
        bufIds[n] = rs.getInt(2);
        bufDepths[n++] = (byte) rs.getInt(3);
      }
      if (cur != Integer.MIN_VALUE) {
        ids.put(cur, Arrays.copyOf(bufIds, n));
        depths.put(cur, Arrays.copyOf(bufDepths, n));
      }
    }
    List<JGraphTBaseline.Found> out = new ArrayList<>(cases.length);
    for (int c : cases) {
      out.add(new JGraphTBaseline.Found(ids.getOrDefault(c, new int[0]), depths.getOrDefault(c, new byte[0])));
    }
    return out;
  }

  /** The statement for a depth, rule and window, with {@code CASES} where the case list goes. */
  private String sql(int depth, CloseContactRule rule, DayWindow window) {
    String key = depth + "/" + rule.layerMask() + "/" + rule.minEncounterMinutes() + "/" + window.fromDay() + "/" + window.toDay();
    return sqlCache.computeIfAbsent(key, k -> buildSql(depth, rule, window));
  }

  static String buildSql(int depth, CloseContactRule rule, DayWindow window) {
    String w1 = Integer.toString(window.fromDay());
    String w2 = Integer.toString(window.toDay());
    StringJoiner layers = new StringJoiner(", ");
    for (Layer l : rule.layers()) {
      if (l.isGroupLayer()) {
        layers.add(Integer.toString(l.ordinal()));
      }
    }
    boolean groups = layers.length() > 0;
    boolean encounters = rule.layers().contains(Layer.ENCOUNTER);
    StringBuilder sb = new StringBuilder("WITH fr0 AS MATERIALIZED (SELECT c, c AS r FROM (SELECT unnest(CASES) AS c)),\n");
    sb.append("seen0 AS MATERIALIZED (SELECT c, r FROM fr0)");
    for (int d = 1; d <= depth; d++) {
      String prev = "fr" + (d - 1);
      StringJoiner reached = new StringJoiner("\n  UNION ALL ");
      if (groups) {
        sb.append(",\ng").append(d).append(" AS (SELECT DISTINCT f.c, m.\"group\" AS g, greatest(m.\"from\", ").append(w1)
            .append(") AS lo, least(m.\"to\", ").append(w2).append(") AS hi FROM ").append(prev)
            .append(" f JOIN membership m ON m.resident = f.r WHERE m.layer IN (").append(layers)
            .append(") AND greatest(m.\"from\", ").append(w1).append(") <= least(m.\"to\", ").append(w2).append("))");
        reached.add("SELECT x.c, m.resident AS r FROM g" + d + " x JOIN membership m ON m.\"group\" = x.g"
            + " WHERE greatest(x.lo, m.\"from\") <= least(x.hi, m.\"to\")");
      }
      if (encounters) {
        reached.add("SELECT f.c, e.b AS r FROM " + prev + " f JOIN encounter e ON e.a = f.r WHERE e.first_day <= " + w2
            + " AND e.last_day >= " + w1 + " AND (e.minutes = -1 OR e.minutes >= " + rule.minEncounterMinutes() + ")");
      }
      sb.append(",\nfr").append(d).append(" AS MATERIALIZED (SELECT c, r FROM (").append(reached)
          .append(") EXCEPT SELECT c, r FROM seen").append(d - 1).append(")");
      if (d < depth) {
        sb.append(",\nseen").append(d).append(" AS MATERIALIZED (SELECT c, r FROM seen").append(d - 1)
            .append(" UNION ALL SELECT c, r FROM fr").append(d).append(")");
      }
    }
    sb.append("\nSELECT c, r, depth FROM (");
    for (int d = 1; d <= depth; d++) {
      sb.append(d == 1 ? "" : " UNION ALL ").append("SELECT c, r, ").append(d).append(" AS depth FROM fr").append(d);
    }
    sb.append(") ORDER BY c, r");
    return sb.toString();
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
