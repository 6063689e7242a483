package org.cordon.simulation.engine;

import java.util.Arrays;

/**
 * The residents a replicate has written to ({@link ResidentState} records each the first time it
 * dirties it), so that a reused arena ({@link ReplicateArena}) resets only those instead of
 * zeroing every array: a bit per resident says whether it is listed, and the list grows with use.
 * Past an eighth of the residents the list stops ({@link #list()} is then null): zeroing everything
 * costs less than the scattered resets, and the list stays at most half a byte a resident.
 * Per-replicate scratch state; not thread-safe.
 */
final class DirtyResidents {
  private final long[] bits;
  private int[] list = new int[16];
  /** The number listed, or -1 once more than {@link #max} were dirtied. */
  private int count;
  private final int max;

  /** @param residents the number of residents */
  DirtyResidents(int residents) {
    bits = new long[(residents + 63) >>> 6];
    max = Math.max(16, residents >>> 3);
  }

  /** Records resident {@code r} as dirtied (listed the first time only). */
  void add(int r) {
    long[] b = bits;
    if ((b[r >>> 6] & 1L << r) != 0) {
      return;
    }
    b[r >>> 6] |= 1L << r;
    if (count >= 0) {
      if (count == max) {
        count = -1; // too many: reset everything
      } else {
        if (count == list.length) {
          list = Arrays.copyOf(list, Math.min(max, 2 * count));
        }
        list[count++] = r;
      }
    }
  }

  /** @return the residents dirtied since the last {@link #clear()} (a copy), or null if too many */
  int[] list() {
    return count < 0 ? null : Arrays.copyOf(list, count);
  }

  /** Forgets every resident. */
  void clear() {
    if (count < 0) {
      Arrays.fill(bits, 0);
    } else {
      for (int i = 0; i < count; i++) {
        bits[list[i] >>> 6] = 0; // every set bit is a listed resident
      }
    }
    count = 0;
  }

  /** @return whether no resident is recorded (for tests) */
  boolean isEmpty() {
    return count == 0 && Arrays.stream(bits).allMatch(x -> x == 0);
  }
}
