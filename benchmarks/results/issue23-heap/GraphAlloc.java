import org.cordon.community.Community;
import org.cordon.community.synth.*;
import org.cordon.contact.*;
public class GraphAlloc {
  public static void main(String[] a) {
    int n = Integer.parseInt(a[0]);
    var tb = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long a0 = tb.getCurrentThreadAllocatedBytes();
    Community c = JinshaSynthesizer.synthesize(JinshaProfile.jinsha2020().scaledTo(n), 2020);
    long a1 = tb.getCurrentThreadAllocatedBytes();
    ContactGraph g = ContactGraph.of(c);
    long a2 = tb.getCurrentThreadAllocatedBytes();
    System.out.printf("n %d: generate allocates %.0f B a resident, contact graph (sequential below 200,000) %.0f B a resident%n", n, (a1 - a0) / (double) n, (a2 - a1) / (double) n);
  }
}
