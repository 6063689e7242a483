package org.cordon.community.register;

import java.util.Arrays;

/**
 * Collects the ids of a file's rows (in file order) and checks they are dense: {@code n} rows must
 * carry each of the ids {@code 0..n-1} exactly once, in any order.
 */
final class DenseIds {
  private int[] ids = new int[16];
  private long[] lines = new long[16];
  private int size;

  void add(int id, long line) {
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, size * 2);
      lines = Arrays.copyOf(lines, size * 2);
    }
    ids[size] = id;
    lines[size] = line;
    size++;
  }

  /** @return the line of the {@code row}-th row in file order */
  long line(int row) {
    return lines[row];
  }

  /**
   * @param source the file, for error messages
   * @return for each id {@code 0..n-1} the index (in file order) of the row carrying it
   * @throws RegisterException on a duplicate id, or an id out of range (a gap in the ids)
   */
  int[] order(String source) {
    int[] rowOf = new int[size];
    Arrays.fill(rowOf, -1);
    int beyond = -1;
    for (int row = 0; row < size; row++) {
      int id = ids[row];
      if (id >= size) {
        beyond = beyond < 0 ? row : beyond;
        continue;
      }
      if (rowOf[id] >= 0) {
        throw new RegisterException(source, lines[row], "id", "duplicate id " + id + " (also on line " + lines[rowOf[id]] + ")");
      }
      rowOf[id] = row;
    }
    if (beyond >= 0) {
      int missing = 0;
      while (rowOf[missing] >= 0) {
        missing++;
      }
      throw new RegisterException(
          source, lines[beyond], "id", "id " + ids[beyond] + " leaves a gap: " + size + " rows need ids 0.." + (size - 1)
              + " with none missing, and id " + missing + " is missing");
    }
    return rowOf;
  }
}
