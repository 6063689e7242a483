// A loop of depth-2 household+workplace queries (or close contacts: QUERY close) for profiling
// (JFR), not part of the build:
//   java -Xmx6g -XX:StartFlightRecording=filename=X.jfr,settings=profile -cp benchmarks/target/benchmarks.jar \
//     benchmarks/results/issue23-trace/TraceLoop.java SIZE SECONDS [depth2|close]
import org.cordon.benchmarks.Fixture;
import org.cordon.contact.DayWindow;
import org.cordon.contact.Layer;
import org.cordon.trace.CloseContactRule;
import org.cordon.trace.ContactTracer;
import java.time.LocalDate;

public final class TraceLoop {
  public static void main(String[] a) {
    int n = Integer.parseInt(a[0]);
    long end = System.nanoTime() + (long) (Double.parseDouble(a[1]) * 1e9);
    Fixture f = Fixture.of(n);
    ContactTracer t = f.tracer();
    CloseContactRule hw = CloseContactRule.over(Layer.HOUSEHOLD, Layer.WORKPLACE);
    DayWindow all = DayWindow.all();
    boolean close = a.length > 2 && a[2].equals("close");
    LocalDate onset = LocalDate.of(2020, 1, 26), isolated = LocalDate.of(2020, 1, 28);
    long contacts = 0, ops = 0;
    for (int i = 0; System.nanoTime() < end; i++) {
      contacts += close
          ? t.closeContactsGivenOnset(f.caseAt(i & 4095), onset, isolated).size()
          : t.contacts(f.caseAt(i), 2, hw, all).size();
      ops++;
    }
    System.out.printf("%d ops, %.1f contacts/op%n", ops, contacts / (double) ops);
  }
}
