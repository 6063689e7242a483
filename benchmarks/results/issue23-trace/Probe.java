// Sixth round: the average depth-2 query at SIZE residents, read from the search's queue after each of 2,000
// queries (answer size, depth-1 entries, last-level entries). Not part of the build; compile against a benchmarks jar:
//   javac -cp JAR -d DIR Probe.java && java -cp JAR:DIR org.cordon.trace.Probe 26707
package org.cordon.trace;
import org.cordon.benchmarks.Fixture;
import org.cordon.contact.*;
public final class Probe {
  public static void main(String[] a) throws Exception {
    int n = Integer.parseInt(a[0]);
    Fixture f = Fixture.of(n);
    ContactTracer t = f.tracer();
    CloseContactRule hw = CloseContactRule.over(Layer.HOUSEHOLD, Layer.WORKPLACE);
    var fl = ContactTracer.class.getDeclaredField("single"); fl.setAccessible(true);
    ThreadLocal<SingleSourceSearch> tl = (ThreadLocal<SingleSourceSearch>) fl.get(t);
    var rqf = SingleSourceSearch.class.getDeclaredField("rq"); rqf.setAccessible(true);
    long ans=0, qs=0, lastEntries=0, d1=0, plain=0; int Q=2000;
    for (int i=0;i<Q;i++){
      TraceResult r = t.contacts(f.caseAt(i), 2, hw, DayWindow.all());
      ReachQueue rq = (ReachQueue) rqf.get(tl.get());
      ans += r.size(); qs += rq.size-1; lastEntries += rq.size - rq.levelStart; d1 += rq.levelStart-1;
    }
    System.out.printf("answer %.1f queue %.1f d1 %.1f lastEntries %.1f distinct-last %.1f%n", ans/(double)Q, qs/(double)Q, d1/(double)Q, lastEntries/(double)Q, (ans-d1)/(double)Q);
  }
}
