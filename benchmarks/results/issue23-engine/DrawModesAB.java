// Run (Java source launcher, not part of the build): see the class comment. Jars: benchmarks/target/benchmarks.jar built at two commits.
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/** java -Xmx6g benchmarks/results/issue23-engine/DrawModesAB.java JAR_A MODE_A JAR_B MODE_B SIZE ROUNDS: MODE 0 = sequential draws, k = keyed draws on k threads. */
public final class DrawModesAB {
  public static void main(String[] a) throws Exception {
    int size = Integer.parseInt(a[4]);
    int rounds = Integer.parseInt(a[5]);
    Object[] sims = new Object[2];
    Method[] run = new Method[2];
    for (int k = 0; k < 2; k++) {
      ClassLoader cl = new URLClassLoader(new URL[] {Path.of(a[2 * k]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
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
      int mode = Integer.parseInt(a[2 * k + 1]);
      if (mode > 0) sims[k] = sims[k].getClass().getMethod("withKeyedDraws", int.class).invoke(sims[k], mode);
      run[k] = sims[k].getClass().getMethod("run", long.class, int.class);
    }
    long seed = 2020L;
    ThreadMXBean tb = ManagementFactory.getThreadMXBean();
    double[] min = {Double.MAX_VALUE, Double.MAX_VALUE}, minW = {Double.MAX_VALUE, Double.MAX_VALUE};
    double[] sum = new double[2];
    for (int r = 0; r < rounds; r++) {
      for (int kk = 0; kk < 2; kk++) {
        int k = (r & 1) == 0 ? kk : 1 - kk;
        long c0 = tb.getCurrentThreadCpuTime(), w0 = System.nanoTime();
        Object res = run[k].invoke(sims[k], seed, r % 2);
        double s = (tb.getCurrentThreadCpuTime() - c0) / 1e9, w = (System.nanoTime() - w0) / 1e9;
        long inf = (Integer) res.getClass().getMethod("totalInfections").invoke(res);
        System.out.printf("round %d %s replicate %d infections %d cpu %.3f s wall %.3f s %.0f/s cpu%n", r, k == 0 ? "A" : "B", r % 2, inf, s, w, inf / s);
        if (r > 0) { min[k] = Math.min(min[k], s); minW[k] = Math.min(minW[k], w); sum[k] += s; }
      }
    }
    System.out.printf("min cpu A %.3f B %.3f ratio A/B %.3f; mean A %.3f B %.3f ratio %.3f; min wall A %.3f B %.3f ratio %.3f%n", min[0], min[1], min[0] / min[1],
        sum[0] / (rounds - 1), sum[1] / (rounds - 1), sum[0] / sum[1], minW[0], minW[1], minW[0] / minW[1]);
  }
}
