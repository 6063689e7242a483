package org.cordon.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cordon.trace.Clusters;
import org.cordon.trace.ContactTracer;
import org.cordon.trace.TraceResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cordon's tracing queries ({@link ContactTracer}) at each community size; the questions are in
 * {@link Queries}, the baselines in {@link CloseContactBaselineBenchmark} and {@link
 * WorkplaceBaselineBenchmark}. Each invocation takes the next case (or cases) of the fixture's
 * seeded rotation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class TracingBenchmark extends CommunityState {
  /** Residents: the Jinsha preset and two scaled communities. */
  @Param({"26707", "100000", "1000000"})
  public int size;

  @Override
  protected int residents() {
    return size;
  }

  private ContactTracer tracer;

  /** Builds the community, the graph and the tracer (not measured). */
  @Setup(Level.Trial)
  public void setUp() {
    loadFixture();
    tracer = fixture.tracer();
  }

  /** @return the tracer (for tests) */
  ContactTracer tracer() {
    return tracer;
  }

  /** @return close contacts of one case under the default rule (household, encounters of 15 min, 2 days before onset) */
  @Benchmark
  public TraceResult closeContacts() {
    return tracer.closeContacts(nextCase(), Queries.ONSET, Queries.ISOLATED);
  }

  /** @return contacts to depth 2 over household and workplace of one case */
  @Benchmark
  public TraceResult depth2HouseholdWorkplace() {
    return tracer.contacts(nextCase(), Queries.DEPTH, Queries.HOUSEHOLD_WORKPLACE,
        org.cordon.contact.DayWindow.all());
  }

  /**
   * @return depth-2 household-and-workplace contacts of each of 20 cases of the rotation (random,
   *     so they rarely share groups and {@code contactsOfEach} runs single searches for most)
   */
  @Benchmark
  public List<TraceResult> bulk20Depth2() {
    return Queries.depth2OfEach(tracer, nextCases(Queries.JINSHA_CASES));
  }

  /**
   * The same question as {@link #bulk20Depth2()} answered by 20 single-case searches, to show
   * what {@code contactsOfEach}'s one call costs beside them (for cases that share no group, it
   * runs the same searches).
   *
   * @return depth-2 household-and-workplace contacts of each of 20 cases, one search each
   */
  @Benchmark
  public List<TraceResult> bulk20Depth2Singles() {
    return Queries.depth2Singles(tracer, nextCases(Queries.JINSHA_CASES));
  }

  /**
   * @return depth-2 household-and-workplace contacts of each of 20 distinct cases that share
   *     groups (groups of up to four, {@link Fixture#sharedCasesAt}): {@code contactsOfEach}
   *     searches the part of the answers through each shared group once
   */
  @Benchmark
  public List<TraceResult> bulk20SharedDepth2() {
    return Queries.depth2OfEach(tracer, nextSharedCases(Queries.JINSHA_CASES));
  }

  /** @return the same as {@link #bulk20SharedDepth2()} by 20 single-case searches */
  @Benchmark
  public List<TraceResult> bulk20SharedDepth2Singles() {
    return Queries.depth2Singles(tracer, nextSharedCases(Queries.JINSHA_CASES));
  }

  /** @return depth-2 household-and-workplace contacts of each of 1,000 cases */
  @Benchmark
  public List<TraceResult> bulk1000Depth2() {
    return tracer.contactsOfEach(nextCases(Queries.MANY_CASES), Queries.DEPTH,
        Queries.HOUSEHOLD_WORKPLACE, org.cordon.contact.DayWindow.all());
  }

  /** @return depth-2 contacts over household, workplace and encounters in the week 22-28 Jan */
  @Benchmark
  public TraceResult windowQuery() {
    return tracer.contacts(nextCase(), Queries.DEPTH, Queries.WINDOW_RULE, Queries.WINDOW);
  }

  /** @return clusters of 20 cases linked within 2 close-contact steps */
  @Benchmark
  public Clusters clusters20() {
    return tracer.clusters(nextCases(Queries.JINSHA_CASES), Queries.CLUSTER_LINK_DEPTH,
        Queries.CLOSE, Queries.CLOSE_WINDOW);
  }
}
