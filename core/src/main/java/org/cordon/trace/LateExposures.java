package org.cordon.trace;

import java.util.Arrays;

/**
 * The "late" first exposures of {@link MultiSourceSearch} (after the window's first day, e.g.
 * through a returnee who arrived during the window), stored per (resident, case) pair in a slot
 * of one {@code int} per case of the batch, made for a resident on its first late exposure. Not
 * thread-safe: one instance per search.
 */
final class LateExposures {
  private final int[] slotOf;
  private int[] slots = new int[64 * 64];
  private int width;
  private int count;

  /** @param residents residents of the community */
  LateExposures(int residents) {
    slotOf = new int[residents];
    Arrays.fill(slotOf, -1);
  }

  /** Starts a batch of {@code cases} cases (the slots of the last batch must be cleared). */
  void reset(int cases) {
    width = cases;
    count = 0;
  }

  /** Keeps {@code exposure} for (v, case b) if it is the earliest so far. */
  void offer(int v, int b, int exposure) {
    int s = slotOf[v];
    if (s < 0) {
      s = count * width;
      if (s + width > slots.length) {
        slots = Arrays.copyOf(slots, Math.max(slots.length * 2, s + width));
      }
      Arrays.fill(slots, s, s + width, Integer.MAX_VALUE);
      count++;
      slotOf[v] = s;
    }
    if (exposure < slots[s + b]) {
      slots[s + b] = exposure;
    }
  }

  /** @return the late exposure of (v, case b); only valid after an {@link #offer} for them */
  int get(int v, int b) {
    return slots[slotOf[v] + b];
  }

  /** Forgets v's slot. */
  void clear(int v) {
    slotOf[v] = -1;
  }
}
