// Run (Java source launcher, not part of the build): see the class comment. Jars: benchmarks/target/benchmarks.jar built at several commits.
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * java -Xmx8g benchmarks/results/issue23-engine/MultiAB.java SIZE ROUNDS JAR_0 JAR_1 ...: one uncontrolled replicate (sequential
 * draws) per jar per round, in the same JVM, each round in a rotated order (odd rounds reversed), all jars on the same replicate
 * in a round; thread CPU time per run. At the end, per jar: min and median CPU, and the paired ratio jar_0 / jar_k of each round
 * (round 0 dropped as warm-up): min, quartiles, median, max.
 */
public final class MultiAB {
  public static void main(String[] a) throws Exception {
    int size = Integer.parseInt(a[0]);
    int rounds = Integer.parseInt(a[1]);
    int n = a.length - 2;
    Object[] sims = new Object[n];
    Method[] run = new Method[n];
    for (int k = 0; k < n; k++) {
      ClassLoader cl = new URLClassLoader(new URL[] {Path.of(a[k + 2]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> fx = cl.loadClass("org.cordon.benchmarks.Fixture");
      Class<?> us = cl.loadClass("org.cordon.benchmarks.UncontrolledSeir");
      Method community = fx.getDeclaredMethod("community", int.class);
      community.setAccessible(true);
      Object c = community.invoke(null, size);
      Method simulation = null;
      for (Method m : us.getDeclaredMethods()) if (m.getName().equals("simulation")) simulation = m;
      simulation.setAccessible(true);
      var scale = us.getDeclaredField("TRANSMISSION_SCALE");
      scale.setAccessible(true);
      sims[k] = simulation.invoke(null, c, scale.get(null));
      run[k] = sims[k].getClass().getMethod("run", long.class, int.class);
    }
    ThreadMXBean tb = ManagementFactory.getThreadMXBean();
    double[][] cpu = new double[n][rounds];
    long[][] inf = new long[n][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < n; i++) {
        int k = (r & 1) == 0 ? (r / 2 + i) % n : (r / 2 + n - 1 - i) % n;
        long c0 = tb.getCurrentThreadCpuTime(), w0 = System.nanoTime();
        Object res = run[k].invoke(sims[k], 2020L, r % 2);
        double s = (tb.getCurrentThreadCpuTime() - c0) / 1e9, w = (System.nanoTime() - w0) / 1e9;
        inf[k][r] = (Integer) res.getClass().getMethod("totalInfections").invoke(res);
        cpu[k][r] = s;
        System.out.printf("round %d jar %d replicate %d infections %d cpu %.3f s wall %.3f s %.0f/s cpu%n", r, k, r % 2, inf[k][r], s, w, inf[k][r] / s);
      }
    }
    for (int k = 0; k < n; k++) {
      double[] c = Arrays.copyOfRange(cpu[k], 1, rounds);
      double[] ratio = new double[rounds - 1];
      double infs = 0;
      for (int r = 1; r < rounds; r++) {
        ratio[r - 1] = cpu[0][r] / cpu[k][r];
        infs += inf[k][r];
      }
      infs /= rounds - 1;
      Arrays.sort(c);
      Arrays.sort(ratio);
      System.out.printf("jar %d %s: cpu min %.3f median %.3f s (%.0f infections/s of cpu at min, %.0f at median); ratio jar0/jar%d min %.3f q1 %.3f median %.3f q3 %.3f max %.3f%n",
          k, a[k + 2], c[0], q(c, 0.5), infs / c[0], infs / q(c, 0.5), k, ratio[0], q(ratio, 0.25), q(ratio, 0.5), q(ratio, 0.75), ratio[ratio.length - 1]);
    }
  }

  private static double q(double[] sorted, double p) {
    double x = p * (sorted.length - 1);
    int i = (int) Math.floor(x);
    return i + 1 < sorted.length ? sorted[i] + (x - i) * (sorted[i + 1] - sorted[i]) : sorted[i];
  }
}
