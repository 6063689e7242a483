package org.cordon.simulation.engine;

import java.util.Arrays;

/**
 * A calendar queue of engine events, one bucket per half-day step; an event is an {@code int}
 * (resident × 16 + type). Events past the queue's last step are dropped. Buckets grow as needed;
 * events of one step are processed in insertion order. The queue counts its pending <i>live</i>
 * events (those that can still change an infection or a confirmation: phase changes, detection,
 * confirmation, arrivals), the dropped ones included, so a replicate knows when its outbreak is over.
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

  /** The types of live events, as a bit set. */
  private static final int LIVE = 1 << TO_P | 1 << ONSET | 1 << RECOVER | 1 << DETECT | 1 << CONFIRM | 1 << ARRIVE;

  private final int[][] buckets;
  private final int[] sizes;
  private int live;
  private int droppedLive;

  EventQueue(int steps) {
    buckets = new int[steps][];
    sizes = new int[steps];
  }

  void add(int step, int resident, int type) {
    boolean isLive = (LIVE >>> type & 1) != 0;
    if (step >= buckets.length) {
      if (isLive) {
        droppedLive++;
      }
      return;
    }
    if (isLive) {
      live++;
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

  /** Drops the events of {@code step}, once processed. */
  void release(int step) {
    int[] b = buckets[step];
    for (int i = 0; i < sizes[step]; i++) {
      if ((LIVE >>> (b[i] & TYPE_MASK) & 1) != 0) {
        live--;
      }
    }
    buckets[step] = null;
    sizes[step] = 0;
  }

  /**
   * @return whether no live event is pending or was dropped: nobody is exposed or infectious, no
   *     case awaits detection or confirmation and no infected returnee is still to arrive
   */
  boolean settled() {
    return live == 0 && droppedLive == 0;
  }

  /** @return the number of steps the queue holds */
  int steps() {
    return buckets.length;
  }
}
