package org.cordon.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap the Wuhan-scale program needs: the smallest {@code -Xmx} (in MiB) with which {@link
 * WuhanScale} at a given size (generate, compile, 100 days, the default sequential draws, the
 * default seed) completes, found by bisection over child JVMs ({@code java -Xmx<m>m
 * -XX:+ExitOnOutOfMemoryError -cp <this class path> org.cordon.benchmarks.WuhanScale <residents>}).
 *
 * <p>A run completes when it exits normally within the time limit (20 times the reference run's
 * wall time, at least a minute) and prints the same digest as the reference run at the upper
 * bound. The search starts from the heap the reference run retained after compiling (live data at
 * that moment, so any smaller heap fails), steps up until a run completes, then bisects ({@link
 * #smallest}); it assumes that a run that completes with some heap completes with any larger one. Resolution 1 MiB (G1's region size at
 * these heaps). The figure includes what the JVM keeps in the heap before generation (class
 * data, strings: a few MiB, which weigh at small sizes), so it is printed both whole and less that
 * baseline.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.cordon.benchmarks.MinimumHeap
 * residents [upperMiB]} (upper bound default 6144).
 */
public final class MinimumHeap {
  private static final Pattern BASE = Pattern.compile("heap in use before generation (\\d+) B");
  private static final Pattern RETAINED =
      Pattern.compile("compile schedule and contact graph: .* \\((\\d+) B a resident\\)");
  private static final Pattern DIGEST = Pattern.compile("wuhan-scale: digest ([0-9a-f]+)");
  private static final Pattern LIVE = Pattern.compile("wuhan-scale: (peak live heap [^:]*):");
  private static final long MIB = 1L << 20;

  private MinimumHeap() {}

  /** One child run. */
  record Trial(int mib, boolean completed, String why, double seconds, String output) {}

  /**
   * @param args residents and optionally the upper bound in MiB
   * @throws IOException if a child JVM cannot be started
   * @throws InterruptedException if interrupted while waiting for one
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    int n = Integer.parseInt(args[0]);
    int upper = args.length > 1 ? Integer.parseInt(args[1]) : 6144;
    Trial ref = run(n, upper, 0, null);
    if (!ref.completed()) {
      throw new IllegalStateException("the reference run with -Xmx" + upper + "m did not complete: " + ref.why()
          + "\n" + ref.output());
    }
    String digest = find(DIGEST, ref.output());
    long base = Long.parseLong(find(BASE, ref.output()));
    long retained = Long.parseLong(find(RETAINED, ref.output())) * n;
    long timeout = Math.max(60_000, (long) (ref.seconds() * 20_000));
    int failing = Math.max(1, (int) (retained / MIB) - 1); // the base is left out: it is smaller in a small heap
    System.out.printf("min-heap: residents %d, reference -Xmx%dm: %.1f s, digest %s; heap in use before"
        + " generation %.1f MiB, retained after compiling %.1f MiB more, so -Xmx%dm cannot hold it%n",
        n, upper, ref.seconds(), digest.substring(0, 12), base / (double) MIB, retained / (double) MIB, failing);
    List<Trial> trials = new ArrayList<>();
    int smallest = smallest(failing, upper, m -> {
      Trial t = run(n, m, timeout, digest);
      trials.add(t);
      System.out.printf("min-heap: -Xmx%dm: %s (%.1f s)%n", m, t.completed() ? "completes" : "fails, " + t.why(),
          t.seconds());
      return t.completed();
    });
    Trial best = trials.stream().filter(t -> t.mib() == smallest).findFirst().orElse(ref);
    Matcher live = LIVE.matcher(best.output());
    long bytes = smallest * MIB;
    base = Long.parseLong(find(BASE, best.output())); // G1 counts a little more before generation in a larger heap
    System.out.printf("min-heap: residents %d: smallest -Xmx that completes %d MiB = %.0f B a resident; less the"
        + " %.1f MiB in use before generation %.0f B a resident; resolution 1 MiB = %.0f B a resident (-Xmx%dm: %s)%s%n",
        n, smallest, bytes / (double) n, base / (double) MIB, (bytes - base) / (double) n, MIB / (double) n,
        smallest - 1, trials.stream().filter(t -> t.mib() == smallest - 1).map(Trial::why).findFirst()
            .orElse("below the heap retained after compiling"), live.find() ? "; in that run " + live.group(1) : "");
  }

  /**
   * The smallest value that passes, given one that fails, assuming every value above a passing one
   * passes: tries {@code failing} plus a quarter of it, then doubles the step until a value passes
   * (or {@code upper} is reached, which is taken to pass without a test), then bisects.
   *
   * @param failing a value known to fail, at least 1
   * @param upper a larger value known to pass
   * @param passes the test, called only with values strictly between the current bounds
   * @return the smallest value that passes
   * @throws IllegalArgumentException if {@code failing} is below 1 or not below {@code upper}
   */
  static int smallest(int failing, int upper, IntPredicate passes) {
    if (failing < 1 || failing >= upper) {
      throw new IllegalArgumentException("failing bound " + failing + " is not in [1, " + upper + ")");
    }
    int lo = failing;
    int hi = upper;
    for (long step = Math.max(1, failing / 4); lo + step < upper; step *= 2) {
      int probe = (int) (lo + step);
      if (passes.test(probe)) {
        hi = probe;
        break;
      }
      lo = probe;
    }
    while (hi - lo > 1) {
      int mid = lo + (hi - lo) / 2;
      if (passes.test(mid)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  private static Trial run(int n, int mib, long timeoutMillis, String digest) {
    try {
      Path log = Files.createTempFile("min-heap", ".log");
      try {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx" + mib + "m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
            WuhanScale.class.getName(), Integer.toString(n))
            .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long t0 = System.nanoTime();
        boolean done = timeoutMillis <= 0 ? p.waitFor() >= 0 : p.waitFor(timeoutMillis, TimeUnit.MILLISECONDS);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (!done) {
          p.destroyForcibly().waitFor();
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        String why = !done ? "no result within " + timeoutMillis / 1000 + " s"
            : p.exitValue() != 0 ? (out.contains("OutOfMemoryError") ? "OutOfMemoryError" : "exit " + p.exitValue())
                + " " + step(out)
            : digest != null && !out.contains("wuhan-scale: digest " + digest) ? "another digest" : "";
        return new Trial(mib, why.isEmpty(), why, seconds, out);
      } finally {
        Files.deleteIfExists(log);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** @return the step a run that stopped early was in, from the lines it printed */
  private static String step(String out) {
    return out.contains("wuhan-scale: compile schedule") ? "in the 100 days"
        : out.contains("wuhan-scale: generate:") ? "while compiling"
        : out.contains("heap in use before generation") ? "while generating" : "before generating";
  }

  private static String find(Pattern p, String text) {
    Matcher m = p.matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("no line matching " + p + " in:\n" + text);
    }
    return m.group(1);
  }
}
