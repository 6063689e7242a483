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

  /** Latent to presymptomatic. */
  static final int TO_P = 0;
  /** Symptom onset (or, for an asymptomatic case, the end of the presymptomatic phase). */
  static final int ONSET = 1;
  /** End of infectiousness. */
  static final int RECOVER = 2;
  /** A symptomatic case is found and isolated. */
  static final int DETECT = 3;
  /** A detected case's test is positive; its contacts are traced. */
  static final int CONFIRM = 4;
  /** A traced contact starts home quarantine. */
  static final int QUARANTINE = 5;
  /** A quarantine ends (if not extended since). */
  static final int QUARANTINE_END = 6;
  /** An isolated case is discharged. */
  static final int DISCHARGE = 7;
  /** An infected returnee arrives. */
  static final int ARRIVE = 8;

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
