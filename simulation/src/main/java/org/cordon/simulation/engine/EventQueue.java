package org.cordon.simulation.engine;

import java.util.Arrays;

/**
 * A calendar queue of engine events, one bucket per half-day step; an event is an {@code int}
 * (resident × 16 + type). Events past the horizon are dropped. Buckets grow as needed; events of
 * one step are processed in insertion order.
 */
final class EventQueue {
  static final int TYPE_BITS = 4;
  static final int TYPE_MASK = (1 << TYPE_BITS) - 1;

  private final int[][] buckets;
  private final int[] sizes;

  EventQueue(int steps) {
    buckets = new int[steps][];
    sizes = new int[steps];
  }

  void add(int step, int resident, int type) {
    if (step >= buckets.length) {
      return;
    }
    int[] b = buckets[step];
    if (b == null) {
      b = buckets[step] = new int[8];
    } else if (sizes[step] == b.length) {
      b = buckets[step] = Arrays.copyOf(b, b.length * 2);
    }
    b[sizes[step]++] = (resident << TYPE_BITS) | type;
  }

  int size(int step) {
    return sizes[step];
  }

  int get(int step, int i) {
    return buckets[step][i];
  }

  void release(int step) {
    buckets[step] = null;
  }
}
