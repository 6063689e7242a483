package org.cordon.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The heap measurements of the footprint step: {@link HeapWatch} sees the heap kept after
 * collections (more than what the test keeps, no more than the pools' peak with garbage), and
 * {@link MinimumHeap#smallest} finds the threshold of a monotone test.
 */
class HeapMeasureTest {
  private static final int MIB = 1 << 20;

  @Test
  void liveAfterCollectionsIsPositiveAndAtMostThePeakWithGarbage() throws InterruptedException {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    List<byte[]> kept = new ArrayList<>();
    long live;
    long collections;
    try (HeapWatch watch = HeapWatch.start()) {
      for (int i = 0; i < 24; i++) {
        kept.add(new byte[MIB]);
      }
      System.gc();
      live = watch.maxAfterCollection();
      collections = watch.collections();
    }
    long peakWithGarbage = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peakWithGarbage += pool.getPeakUsage().getUsed();
      }
    }
    assertThat(kept).hasSize(24);
    assertThat(collections).isPositive();
    assertThat(live).isGreaterThanOrEqualTo(24L * MIB);
    assertThat(live).isLessThanOrEqualTo(peakWithGarbage);
  }

  /** Seeded thresholds and bounds: the search returns the threshold and tests only values inside the bounds. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void smallestFindsTheThresholdOfAMonotoneTest(long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    int failing = 1 + rng.nextInt(2000);
    int upper = failing + 1 + rng.nextInt(6000);
    int threshold = failing + 1 + rng.nextInt(upper - failing);
    List<Integer> asked = new ArrayList<>();
    int found = MinimumHeap.smallest(failing, upper, m -> {
      asked.add(m);
      return m >= threshold;
    });
    assertThat(found).isEqualTo(threshold);
    assertThat(asked).allSatisfy(m -> assertThat(m).isStrictlyBetween(failing, upper));
    assertThat(asked).doesNotHaveDuplicates();
    assertThat(asked.size()).isLessThanOrEqualTo(2 * (32 - Integer.numberOfLeadingZeros(upper - failing)) + 2);
  }

  @Test
  void smallestRejectsBoundsTheWrongWayRound() {
    assertThatThrownBy(() -> MinimumHeap.smallest(10, 10, m -> true)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MinimumHeap.smallest(0, 10, m -> true)).isInstanceOf(IllegalArgumentException.class);
  }
}
