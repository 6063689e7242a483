// Depth-2 household+workplace time by answer size (min over 34 passes of the 4,096-case rotation,
// System.nanoTime per query) and a least-squares fit time = a + b * contacts; not part of the build:
//   java -Xmx2g -XX:+AlwaysPreTouch -cp JAR benchmarks/results/issue23-trace/TraceFit.java SIZE
import org.cordon.benchmarks.Fixture;
import org.cordon.contact.*;
import org.cordon.trace.*;
public final class TraceFit {
  public static void main(String[] a) {
    int N = Integer.parseInt(a[0]);
    Fixture f = Fixture.of(N);
    ContactTracer t = f.tracer();
    CloseContactRule hw = CloseContactRule.over(Layer.HOUSEHOLD, Layer.WORKPLACE);
    DayWindow all = DayWindow.all();
    int C = 4096;
    long[] best = new long[C]; java.util.Arrays.fill(best, Long.MAX_VALUE);
    int[] n = new int[C];
    for (int pass = 0; pass < 40; pass++) {
      for (int i = 0; i < C; i++) {
        long t0 = System.nanoTime();
        TraceResult r = t.contacts(f.caseAt(i), 2, hw, all);
        long dt = System.nanoTime() - t0;
        n[i] = r.size();
        if (pass > 5 && dt < best[i]) best[i] = dt;
      }
    }
    double sx=0, sy=0, sxx=0, sxy=0; long tot=0, totn=0;
    int[] edges = {0, 1, 10, 53, 200, 500, 1000, 2000, 5000, 1<<30};
    long[] bt = new long[edges.length], bn = new long[edges.length], bc = new long[edges.length];
    for (int i = 0; i < C; i++) { sx+=n[i]; sy+=best[i]; sxx+=(double)n[i]*n[i]; sxy+=(double)n[i]*best[i]; tot+=best[i]; totn+=n[i];
      int b=0; while (n[i] >= edges[b+1]) b++; bt[b]+=best[i]; bn[b]+=n[i]; bc[b]++; }
    double slope = (C*sxy - sx*sy)/(C*sxx - sx*sx), icpt = (sy - slope*sx)/C;
    System.out.printf("mean n %.1f  total ns/contact (min per case) %.2f  fit: %.0f ns + %.2f ns/contact%n", totn/(double)C, tot/(double)totn, icpt, slope);
    for (int b = 0; b + 1 < edges.length; b++) if (bc[b] > 0)
      System.out.printf("n in [%d,%d): %d cases, mean n %.1f, mean ns %.0f, share of time %.1f%%%n", edges[b], edges[b+1], bc[b], bn[b]/(double)bc[b], bt[b]/(double)bc[b], 100.0*bt[b]/tot);
  }
}
