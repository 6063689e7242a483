package org.cordon.trace;

import java.util.Arrays;

/**
 * Contacts found by another search, to be merged into a case's answer ({@link SharedHops}): ids
 * and their {@link TraceResult#entry}s coded from the query's {@link Topology#narrowBase}. In id
 * order, so that {@link AnswerWriter} writes them forward (any order, and an id twice, would be
 * merged the same). Not thread-safe.
 */
final class FoundPart {
  int[] id;
  int[] en;
  int n;

  FoundPart(int capacity) {
    id = new int[capacity];
    en = new int[capacity];
  }

  /** Appends a contact. */
  void add(int v, int entry) {
    if (n == id.length) {
      id = Arrays.copyOf(id, Math.max(8, 2 * n));
      en = Arrays.copyOf(en, id.length);
    }
    id[n] = v;
    en[n] = entry;
    n++;
  }
}
