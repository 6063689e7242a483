package org.cordon.trace;

import java.util.Arrays;

/** A growable list of {@code int}s for the search scratch; not thread-safe. */
final class IntList {
  int[] a;
  int size;

  IntList(int capacity) {
    a = new int[Math.max(4, capacity)];
  }

  void add(int x) {
    if (size == a.length) {
      a = Arrays.copyOf(a, a.length * 2);
    }
    a[size++] = x;
  }

  void clear() {
    size = 0;
  }
}
