// In-process A/B of the tracer: two benchmarks jars in one JVM (one class loader each), the same
// queries alternated round by round, thread CPU time, minimum (and median) over rounds.
// Run (Java source launcher, not part of the build):
//   java -Xmx6g benchmarks/results/issue23-trace/TraceAB.java OLD.jar NEW.jar SIZE ROUNDS [QUERY...]
// QUERY: close, depth2, shared (contactsOfEach of 20 cases sharing groups), singles (the same 20
// cases by 20 single queries), bulk20 and bulk1000 (contactsOfEach of 20 or 1,000 cases of the
// rotation, as bulk20Depth2 and bulk1000Depth2). Answers of A and B are checked equal (a checksum of every field).
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public final class TraceAB {
  static final class Side {
    Object fixture, tracer, closeRule, hw, all;
    Method caseAt, shared, casesAt, contacts, closeContacts, each, size, id, depth, mask, exp;

    Side(String jar, int n) throws Exception {
      ClassLoader cl = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> fx = cl.loadClass("org.cordon.benchmarks.Fixture");
      fixture = fx.getMethod("of", int.class).invoke(null, n);
      tracer = fx.getMethod("tracer").invoke(fixture);
      caseAt = fx.getMethod("caseAt", int.class);
      shared = fx.getMethod("sharedCasesAt", int.class, int.class);
      casesAt = fx.getMethod("casesAt", int.class, int.class);
      Class<?> tc = cl.loadClass("org.cordon.trace.ContactTracer");
      Class<?> rule = cl.loadClass("org.cordon.trace.CloseContactRule");
      Class<?> win = cl.loadClass("org.cordon.contact.DayWindow");
      Class<?> layer = cl.loadClass("org.cordon.contact.Layer");
      Class<?> tr = cl.loadClass("org.cordon.trace.TraceResult");
      Object rest = java.lang.reflect.Array.newInstance(layer, 1);
      java.lang.reflect.Array.set(rest, 0, layer.getField("WORKPLACE").get(null));
      hw = rule.getMethod("over", layer, rest.getClass()).invoke(null, layer.getField("HOUSEHOLD").get(null), rest);
      all = win.getMethod("all").invoke(null);
      contacts = tc.getMethod("contacts", int.class, int.class, rule, win);
      closeContacts = tc.getMethod("closeContactsGivenOnset", int.class, LocalDate.class, LocalDate.class);
      each = tc.getMethod("contactsOfEach", int[].class, int.class, rule, win);
      size = tr.getMethod("size");
      id = tr.getMethod("id", int.class);
      depth = tr.getMethod("depth", int.class);
      mask = tr.getMethod("layerMask", int.class);
      exp = tr.getMethod("firstExposureDay", int.class);
    }

    int caseAt(int i) throws Exception { return (Integer) caseAt.invoke(fixture, i); }

    long check(Object r) throws Exception {
      int n = (Integer) size.invoke(r);
      long h = n;
      for (int i = 0; i < n; i++) {
        h = h * 31 + (Integer) id.invoke(r, i);
        h = h * 31 + (Integer) depth.invoke(r, i);
        h = h * 31 + (Integer) mask.invoke(r, i);
        h = h * 31 + (Integer) exp.invoke(r, i);
      }
      return h;
    }
  }

  static final LocalDate ONSET = LocalDate.of(2020, 1, 26), ISOLATED = LocalDate.of(2020, 1, 28);

  /** Runs the query over all its cases; returns {contacts, checksum (if check)}. */
  static long[] run(Side s, String q, int[] cases, int[][] groups, boolean check) throws Exception {
    long contacts = 0, sum = 0;
    switch (q) {
      case "close" -> {
        for (int c : cases) {
          Object r = s.closeContacts.invoke(s.tracer, c, ONSET, ISOLATED);
          contacts += (Integer) s.size.invoke(r);
          if (check) sum = sum * 7 + s.check(r);
        }
      }
      case "depth2" -> {
        for (int c : cases) {
          Object r = s.contacts.invoke(s.tracer, c, 2, s.hw, s.all);
          contacts += (Integer) s.size.invoke(r);
          if (check) sum = sum * 7 + s.check(r);
        }
      }
      case "shared", "bulk20", "bulk1000" -> {
        for (int[] g : groups) {
          for (Object r : (List<?>) s.each.invoke(s.tracer, g, 2, s.hw, s.all)) {
            contacts += (Integer) s.size.invoke(r);
            if (check) sum = sum * 7 + s.check(r);
          }
        }
      }
      case "singles" -> {
        for (int[] g : groups) {
          List<Object> kept = new ArrayList<>(g.length); // kept like contactsOfEach's list
          for (int c : g) {
            kept.add(s.contacts.invoke(s.tracer, c, 2, s.hw, s.all));
          }
          for (Object r : kept) {
            contacts += (Integer) s.size.invoke(r);
            if (check) sum = sum * 7 + s.check(r);
          }
        }
      }
      default -> throw new IllegalArgumentException(q);
    }
    return new long[] {contacts, sum};
  }

  public static void main(String[] a) throws Exception {
    int n = Integer.parseInt(a[2]);
    int rounds = Integer.parseInt(a[3]);
    List<String> queries = a.length > 4 ? Arrays.asList(a).subList(4, a.length) : List.of("close", "depth2", "shared", "singles");
    Side[] sides = {new Side(a[0], n), new Side(a[1], n)};
    boolean big = n >= 1_000_000;
    ThreadMXBean tb = ManagementFactory.getThreadMXBean();
    for (String q : queries) {
      int count = switch (q) { case "close" -> 100_000; case "depth2" -> big ? 300 : 2_000; case "bulk1000" -> big ? 1 : 4; default -> big ? 15 : 100; };
      int[] cases = new int[q.equals("close") || q.equals("depth2") ? count : 0];
      for (int i = 0; i < cases.length; i++) cases[i] = sides[0].caseAt(i);
      boolean bulk = q.startsWith("bulk");
      int[][] groups = new int[q.equals("shared") || q.equals("singles") || bulk ? count : 0][];
      for (int i = 0; i < groups.length; i++) {
        groups[i] = (int[]) (bulk ? sides[0].casesAt.invoke(sides[0].fixture, i, q.equals("bulk20") ? 20 : 1000)
            : sides[0].shared.invoke(sides[0].fixture, i, 20));
      }
      long[] ca = run(sides[0], q, cases, groups, true);
      long[] cb = run(sides[1], q, cases, groups, true);
      if (ca[0] != cb[0] || ca[1] != cb[1]) {
        throw new AssertionError(q + ": answers differ: A " + Arrays.toString(ca) + " B " + Arrays.toString(cb));
      }
      double[][] t = new double[2][rounds];
      for (int r = 0; r < rounds; r++) {
        for (int kk = 0; kk < 2; kk++) {
          int k = (r & 1) == 0 ? kk : 1 - kk;
          long c0 = tb.getCurrentThreadCpuTime();
          run(sides[k], q, cases, groups, false);
          t[k][r] = (tb.getCurrentThreadCpuTime() - c0) / (double) ca[0];
        }
      }
      double[] pr = new double[rounds - 1];
      for (int r = 1; r < rounds; r++) pr[r - 1] = t[0][r] / t[1][r];
      Arrays.sort(pr);
      double[] ta = Arrays.copyOfRange(t[0], 1, rounds), tbb = Arrays.copyOfRange(t[1], 1, rounds);
      Arrays.sort(ta);
      Arrays.sort(tbb);
      int ops = q.equals("close") || q.equals("depth2") ? cases.length : groups.length * 20;
      System.out.printf("%s n=%d ops=%d contacts/op=%.1f  A min %.2f med %.2f  B min %.2f med %.2f ns/contact  A/B min %.3f med %.3f paired med %.3f [%.3f-%.3f]%s%n",
          q, n, ops, ca[0] / (double) ops, ta[0], ta[ta.length / 2], tbb[0], tbb[tbb.length / 2], ta[0] / tbb[0],
          ta[ta.length / 2] / tbb[tbb.length / 2], pr[pr.length / 2], pr[pr.length / 4], pr[3 * pr.length / 4],
          q.equals("close") ? String.format("  (us/op: A %.3f B %.3f)", ta[0] * ca[0] / ops / 1000, tbb[0] * ca[0] / ops / 1000) : "");
    }
  }
}
