package org.cordon.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cordon.trace.ContactTracer;
import org.cordon.trace.TraceResult;
import org.junit.jupiter.api.Test;

/**
 * The same-JVM pair benchmark compares like with like: its two sides answer the same cases with
 * the same contacts, and its order gives each side the first place of a pair equally often.
 */
class BulkSharedPairBenchmarkTest {
  @Test
  void everyPairHasOneIterationOfEachSideAndTheFirstPlaceAlternates() {
    int sharedFirst = 0;
    for (int pair = 0; pair < 50; pair++) {
      boolean a = BulkSharedPairBenchmark.sharedInMeasurement(2 * pair);
      boolean b = BulkSharedPairBenchmark.sharedInMeasurement(2 * pair + 1);
      assertThat(a).as("pair %d", pair).isNotEqualTo(b);
      assertThat(a).as("pair %d starts with the shared side on even pairs", pair).isEqualTo(pair % 2 == 0);
      sharedFirst += a ? 1 : 0;
    }
    assertThat(sharedFirst).isEqualTo(25);
  }

  @Test
  void bothSidesGiveTheSameContactsForTheCasesOfTheRotation() {
    BulkSharedPairBenchmark bench = new BulkSharedPairBenchmark();
    bench.size = 4_000;
    bench.setUp();
    ContactTracer tracer = bench.fixture().tracer();
    for (int call = 0; call < 10; call++) {
      int[] cases = bench.fixture().sharedCasesAt(call, Queries.JINSHA_CASES);
      List<TraceResult> bulk = Queries.depth2OfEach(tracer, cases);
      List<TraceResult> singles = Queries.depth2Singles(tracer, cases);
      assertThat(bulk).hasSize(cases.length).isEqualTo(singles);
      assertThat(bulk.stream().mapToInt(TraceResult::size).sum()).as("call %d finds contacts", call).isPositive();
    }
  }
}
