package org.cordon.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.cordon.trace.TraceResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.options.TimeValue;

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

  @ParameterizedTest
  @ValueSource(strings = {"shared", "rotation"})
  void bothSidesOfAnIterationGiveTheSameContactsForTheSameCases(String cases) {
    BulkSharedPairBenchmark bench = new BulkSharedPairBenchmark();
    bench.size = 4_000;
    bench.cases = cases;
    bench.setUp();
    for (int pair = 0; pair < 5; pair++) {
      // the two iterations of a pair: each restarts the rotation, so they trace the same cases
      List<List<TraceResult>> sides = new ArrayList<>();
      for (int side = 0; side < 2; side++) {
        bench.chooseSide(new IterationParams(IterationType.MEASUREMENT, 1, TimeValue.seconds(1), 1));
        List<TraceResult> all = new ArrayList<>();
        for (int call = 0; call < 10; call++) {
          all.addAll(bench.bulk20SharedOrSingles());
        }
        sides.add(all);
      }
      assertThat(sides.get(0)).as("pair %d, %s", pair, cases).hasSize(10 * Queries.JINSHA_CASES).isEqualTo(sides.get(1));
      assertThat(sides.get(0).stream().mapToInt(TraceResult::size).sum()).as("pair %d finds contacts", pair).isPositive();
    }
  }

  @Test
  void anUnknownChoiceOfCasesIsRefusedByName() {
    BulkSharedPairBenchmark bench = new BulkSharedPairBenchmark();
    bench.size = 4_000;
    bench.cases = "unrelated";
    assertThatThrownBy(bench::setUp).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cases").hasMessageContaining("unrelated");
  }
}
