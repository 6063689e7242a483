import java.lang.management.*;
import org.cordon.community.Community;
import org.cordon.community.synth.*;
public class Gen {
  public static void main(String[] a) {
    int n = Integer.parseInt(a[0]); int reps = a.length > 1 ? Integer.parseInt(a[1]) : 1;
    boolean compile = a.length > 2 && a[2].equals("compile");
    var tb = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < reps; i++) {
      long gc0 = gcTime(), gcn0 = gcCount(); long c0 = tb.getCurrentThreadCpuTime();
      long t0 = System.nanoTime(); long al0 = ((com.sun.management.ThreadMXBean) tb).getCurrentThreadAllocatedBytes();
      Community c = JinshaSynthesizer.synthesize(JinshaProfile.jinsha2020().scaledTo(n), 2020);
      long t1 = System.nanoTime(); long c1 = tb.getCurrentThreadCpuTime();
      System.out.printf("allocated %.2f GiB%n", (((com.sun.management.ThreadMXBean) tb).getCurrentThreadAllocatedBytes()-al0)/(double)(1L<<30)); System.out.printf("gen %d: wall %.2f s, thread cpu %.2f s, gc %d ms in %d collections, heap committed %.2f GiB%n", i, (t1-t0)/1e9, (c1-c0)/1e9, gcTime()-gc0, gcCount()-gcn0,
          ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted()/(double)(1L<<30));
      if (compile) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long p2 = os.getProcessCpuTime();
        long t2 = System.nanoTime();
        Object g = org.cordon.contact.ContactGraph.class;
        var sim = org.cordon.benchmarks.UncontrolledSeir.simulation(c, org.cordon.benchmarks.UncontrolledSeir.TRANSMISSION_SCALE);
        System.out.printf("compile %d: wall %.2f s, process cpu %.2f s%n", i, (System.nanoTime()-t2)/1e9, (os.getProcessCpuTime()-p2)/1e9);
      }
    }
  }
  static long gcTime() { long s=0; for (var g: ManagementFactory.getGarbageCollectorMXBeans()) s+=g.getCollectionTime(); return s; }
  static long gcCount() { long s=0; for (var g: ManagementFactory.getGarbageCollectorMXBeans()) s+=g.getCollectionCount(); return s; }
}
