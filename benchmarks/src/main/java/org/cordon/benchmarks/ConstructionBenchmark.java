package org.cordon.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cordon.community.Community;
import org.cordon.contact.ContactGraph;
import org.cordon.contact.Encounter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Construction time at each size: synthesizing the community, and building its contact graph
 * with and without the synthetic encounters. Single shots (each is a cold-ish one-off in real use);
 * with {@code -prof gc} JMH also reports the bytes allocated per build ({@code
 * gc.alloc.rate.norm}); the bytes retained are measured by {@link Footprint}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class ConstructionBenchmark {
  /** Residents: the Jinsha preset and two scaled communities. */
  @Param({"26707", "100000", "1000000"})
  public int size;

  private Community community;
  private List<Encounter> encounters;

  /** Synthesizes the community and its encounters for the graph builds (not measured). */
  @Setup(Level.Trial)
  public void setUp() {
    community = Fixture.community(size);
    encounters = SyntheticEncounters.generate(community, Fixture.SEED + 1);
  }

  /** @return a freshly synthesized community of {@code size} residents */
  @Benchmark
  public Community synthesizeCommunity() {
    return Fixture.community(size);
  }

  /** @return the contact graph of the community's memberships (five group layers, no encounters) */
  @Benchmark
  public ContactGraph buildContactGraph() {
    return ContactGraph.of(community);
  }

  /** @return the contact graph with the synthetic encounters (1.5 a resident) */
  @Benchmark
  public ContactGraph buildContactGraphWithEncounters() {
    return ContactGraph.builder(community).addEncounters(encounters).build();
  }
}
