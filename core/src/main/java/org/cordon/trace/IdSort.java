package org.cordon.trace;

import java.util.Arrays;

/**
 * Sorts lists of resident ids (non-negative {@code int}s below a known bound) with an LSD radix
 * sort, 8 bits a pass: two passes for Jinsha's 26,707 residents, three up to 16.7 million. Faster
 * than a comparison sort for the hundreds to tens of thousands of contacts a query returns. Not
 * thread-safe: one instance per search.
 */
final class IdSort {
  private final int passes;
  private final int[] count = new int[257];
  private int[] tmp = new int[64];

  /** @param bound every id is {@code < bound} */
  IdSort(int bound) {
    int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, bound - 1));
    this.passes = Math.max(1, (bits + 7) / 8);
  }

  /** Sorts {@code a[0..n)} ascending in place. */
  void sort(int[] a, int n) {
    if (n < 64) {
      Arrays.sort(a, 0, n);
      return;
    }
    if (tmp.length < n) {
      tmp = new int[Math.max(n, tmp.length * 2)];
    }
    int[] src = a;
    int[] dst = tmp;
    for (int p = 0; p < passes; p++) {
      int shift = 8 * p;
      Arrays.fill(count, 0);
      for (int i = 0; i < n; i++) {
        count[((src[i] >>> shift) & 0xFF) + 1]++;
      }
      for (int d = 0; d < 256; d++) {
        count[d + 1] += count[d];
      }
      for (int i = 0; i < n; i++) {
        int x = src[i];
        dst[count[(x >>> shift) & 0xFF]++] = x;
      }
      int[] s = src;
      src = dst;
      dst = s;
    }
    if (src != a) {
      System.arraycopy(src, 0, a, 0, n);
    }
  }
}
