package org.cordon.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.cordon.community.Community;
import org.cordon.community.synth.JinshaProfile;
import org.cordon.community.synth.JinshaSynthesizer;
import org.cordon.simulation.engine.RunResult;
import org.cordon.simulation.engine.Simulation;

/**
 * Wuhan scale (issue 16): the {@code jinsha-2020} preset scaled to 11,000,000 residents (Wuhan's
 * population in 2019 was about 11 million; Wuhan Statistical Yearbook 2020: 11.21 million
 * residents), generated (the synthesizer, as {@code cordon generate --preset jinsha-2020
 * --residents 11000000} does), compiled with its contact graph, and run for 100 uncontrolled days
 * ({@link UncontrolledSeir}: no measures, no case finding): with {@code threads} 0 (the default)
 * the engine's default sequential draws on one thread; with {@code threads} of 1 or more the
 * keyed-draw step ({@link Simulation#withKeyedDraws(int)}) on that many threads, whose results do
 * not depend on the thread count.
 *
 * <p>Prints the time of each step and the heap in use after a full collection after each step (the
 * collections are not in the steps' times nor in the total), as lines {@code wuhan-scale: ...},
 * and a digest of the run (SHA-256 of its daily new infections and final size), equal for every
 * thread count of the keyed draws. Run: {@code java -Xms6g -Xmx6g -cp
 * benchmarks/target/benchmarks.jar org.cordon.benchmarks.WuhanScale [residents] [seed] [threads]}.
 *
 * <p>Three heap figures, each less the heap in use before generation (after full collections):
 * <ul>
 *   <li>retained after each step: the heap in use after full collections;
 *   <li>peak live heap: the most heap in use right after any collection from the start of
 *       generation to the end of the run ({@link HeapWatch}: garbage left out, but collections are
 *       few in a large heap, so a live peak between two of them is not seen);
 *   <li>peak heap during the run (with garbage): the sum of the heap pools' peak usage during the
 *       100 days, garbage between collections included (depends on {@code -Xmx} and the collector).
 * </ul>
 * The smallest {@code -Xmx} with which the whole run completes is measured by {@link MinimumHeap}.
 */
public final class WuhanScale {
  /** Residents of the Wuhan-scale run. */
  public static final int WUHAN_RESIDENTS = 11_000_000;

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private WuhanScale() {}

  /** @param args optional residents, seed and threads (0: the sequential draws) */
  public static void main(String[] args) throws InterruptedException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : WUHAN_RESIDENTS;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : Fixture.SEED;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    System.out.printf("wuhan-scale: residents %d, seed %d, max heap %.1f GiB, %d cores, %s%n", n, seed,
        Runtime.getRuntime().maxMemory() / (double) (1L << 30), Runtime.getRuntime().availableProcessors(),
        threads == 0 ? "sequential draws" : "keyed draws on " + threads + " thread" + (threads == 1 ? "" : "s"));
    HeapWatch watch = HeapWatch.start();
    long base = used();
    System.out.printf("wuhan-scale: heap in use before generation %d B (after full collections)%n", base);
    long t0 = System.nanoTime();
    Community community = JinshaSynthesizer.synthesize(JinshaProfile.jinsha2020().scaledTo(n), seed);
    long t1 = System.nanoTime();
    report("generate", t1 - t0, used() - base, n); // the full collections that measure the heap are not timed
    long m1 = System.nanoTime();
    Simulation sim = UncontrolledSeir.simulation(community, UncontrolledSeir.TRANSMISSION_SCALE);
    if (threads > 0) {
      sim = sim.withKeyedDraws(threads);
    }
    long t2 = System.nanoTime();
    report("compile schedule and contact graph", t2 - m1, used() - base, n);
    MEMORY.gc();
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long t3 = System.nanoTime();
    RunResult run = sim.run(seed, 0);
    long t4 = System.nanoTime();
    long peak = 0;
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    double s = (t4 - t3) / 1e9;
    System.out.printf("wuhan-scale: run 100 days: %.2f s, infected %d (%.1f%%), confirmed %d, %.0f infections/s,"
        + " %.1f M person-days/s, peak heap during the run %.3f GiB (with garbage; %.0f B a resident)%n",
        s, run.totalInfections(), 100.0 * run.totalInfections() / n, run.totalConfirmed(),
        run.totalInfections() / s, n * 100.0 / s / 1e6, peak / (double) (1L << 30), peak / (double) n);
    long live = watch.maxAfterCollection() - base;
    watch.close();
    System.out.printf("wuhan-scale: peak live heap %.3f GiB (%.0f B a resident): the most heap in use right after"
        + " any of %d collections (the measuring full ones included) from generation to the end of the run,"
        + " less the heap in use before generation%n", live / (double) (1L << 30), live / (double) n,
        watch.collections());
    System.out.printf("wuhan-scale: total %.2f s (generate + compile + run; %.2f s with the full collections that"
        + " measure the heap between them)%n", ((t1 - t0) + (t2 - m1) + (t4 - t3)) / 1e9, (t4 - t0) / 1e9);
    System.out.printf("wuhan-scale: digest %s%n", digest(run));
  }

  /**
   * @param run a run
   * @return the hex SHA-256 of its daily new infections and final infections
   */
  static String digest(RunResult run) {
    try {
      java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
      java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4 * (run.newInfections().length + 1));
      for (int x : run.newInfections()) {
        b.putInt(x);
      }
      b.putInt(run.finalInfections());
      return java.util.HexFormat.of().formatHex(md.digest(b.array()));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void report(String step, long nanos, long bytes, int n) {
    System.out.printf("wuhan-scale: %s: %.2f s, heap in use after it %.2f GiB (%.0f B a resident)%n",
        step, nanos / 1e9, bytes / (double) (1L << 30), bytes / (double) n);
  }

  private static long used() {
    MEMORY.gc();
    MEMORY.gc();
    return MEMORY.getHeapMemoryUsage().getUsed();
  }
}
