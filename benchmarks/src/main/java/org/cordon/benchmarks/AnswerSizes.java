package org.cordon.benchmarks;

import java.util.List;
import java.util.function.IntToLongFunction;
import org.cordon.contact.DayWindow;
import org.cordon.trace.ContactTracer;
import org.cordon.trace.TraceResult;

/**
 * The mean answer size of each tracing benchmark (contacts returned per operation, over the
 * invocations of {@link TracingBenchmark} from the start of the rotation), so that {@code
 * benchmarks/run} can report nanoseconds per returned contact beside microseconds per query.
 * Prints CSV {@code residents,benchmark,ops,mean_contacts_per_op}. Run: {@code java -Xmx8g -cp
 * benchmarks/target/benchmarks.jar org.cordon.benchmarks.AnswerSizes 26707 100000 1000000}.
 */
public final class AnswerSizes {
  private AnswerSizes() {}

  /** @param args community sizes */
  public static void main(String[] args) {
    System.out.println("residents,benchmark,ops,mean_contacts_per_op");
    for (String a : args) {
      int n = Integer.parseInt(a);
      Fixture f = Fixture.of(n);
      ContactTracer t = f.tracer();
      DayWindow all = DayWindow.all();
      int singles = n >= 1_000_000 ? 500 : 2_000;
      print(n, "closeContacts", Fixture.ROTATION, i -> t.closeContacts(f.caseAt(i), Queries.ONSET, Queries.ISOLATED).size());
      print(n, "depth2HouseholdWorkplace", singles,
          i -> t.contacts(f.caseAt(i), Queries.DEPTH, Queries.HOUSEHOLD_WORKPLACE, all).size());
      print(n, "windowQuery", singles, i -> t.contacts(f.caseAt(i), Queries.DEPTH, Queries.WINDOW_RULE, Queries.WINDOW).size());
      print(n, "bulk20Depth2", singles / 20,
          i -> total(t.contactsOfEach(f.casesAt(i, Queries.JINSHA_CASES), Queries.DEPTH, Queries.HOUSEHOLD_WORKPLACE, all)));
      print(n, "bulk20SharedDepth2", singles / 20,
          i -> total(t.contactsOfEach(f.sharedCasesAt(i, Queries.JINSHA_CASES), Queries.DEPTH, Queries.HOUSEHOLD_WORKPLACE, all)));
      print(n, "bulk1000Depth2", 4,
          i -> total(t.contactsOfEach(f.casesAt(i, Queries.MANY_CASES), Queries.DEPTH, Queries.HOUSEHOLD_WORKPLACE, all)));
    }
  }

  private static long total(List<TraceResult> results) {
    long s = 0;
    for (TraceResult r : results) {
      s += r.size();
    }
    return s;
  }

  private static void print(int n, String name, int ops, IntToLongFunction size) {
    long s = 0;
    for (int i = 0; i < ops; i++) {
      s += size.applyAsLong(i);
    }
    System.out.printf("%d,%s,%d,%.1f%n", n, name, ops, (double) s / ops);
  }
}
