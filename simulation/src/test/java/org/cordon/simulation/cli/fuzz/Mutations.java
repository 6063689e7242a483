package org.cordon.simulation.cli.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded text mutations shared by the formats' mutators: nasty values (empty, negative, beyond
 * an {@code int}, far dates, newlines and other control characters, long and non-ASCII text),
 * and edits of CSV cells, YAML lines and raw bytes (truncation, bytes that are not UTF-8).
 */
public final class Mutations {
  private static final String[] NASTY = {
    "", " ", "-1", "0", "1", "-5", "2147483647", "2147483648", "-2147483649", "99999999999999999999", "1e309",
    "NaN", ".nan", ".inf", "-.inf", "0.5", "1.5", "-0.0", "abc", "null", "~", "true", "yes", "never",
    "2020-02-30", "2020-13-01", "0001-01-01", "9999-12-31", "+1000000000-01-01", "-999999999-01-01",
    "+999999999-12-31", "2199-12-31", "1899-12-31", "2020-01-25T25:00", "2020-01-25T08:00", "2020-02-01",
    "a\nb", "\n", "\t", "\r\n", "\u0000", "\u001b[31m", "\"", "'", ",", ":", "{", "[", "#", "&a", "*a", "- ",
    "\u00e9", "\u4e2d\u6587", "\ufeff", "\u2028", "honghua", "HOUSEHOLD", "WUHAN", "FEMALE", "ENTRY_ONLY",
  };

  private Mutations() {}

  /**
   * @param r the random source
   * @return a nasty value: one of a fixed list, or a long run of one character
   */
  public static String nasty(SplittableRandom r) {
    int k = r.nextInt(NASTY.length + 4);
    if (k < NASTY.length) {
      return NASTY[k];
    }
    return switch (k - NASTY.length) {
      case 0 -> "x".repeat(61 + r.nextInt(200));
      case 1 -> "9".repeat(11 + r.nextInt(40));
      case 2 -> "line\n".repeat(2 + r.nextInt(50));
      default -> Integer.toString(r.nextInt(-1000, 100_000));
    };
  }

  /**
   * Mutates CSV text: 1 to 3 edits of cells and lines, sometimes of raw bytes.
   *
   * @param text valid CSV
   * @param r the random source
   * @return the mutated bytes
   */
  public static byte[] csv(String text, SplittableRandom r) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int edits = 1 + r.nextInt(3);
    for (int e = 0; e < edits && !lines.isEmpty(); e++) {
      int i = lines.size() == 1 || r.nextInt(10) == 0 ? r.nextInt(lines.size()) : 1 + r.nextInt(lines.size() - 1);
      List<String> cells = new ArrayList<>(Arrays.asList(lines.get(i).split(",", -1)));
      switch (r.nextInt(9)) {
        case 0, 1, 2 -> {
          String v = nasty(r);
          cells.set(r.nextInt(cells.size()), r.nextBoolean() ? quote(v) : v);
          lines.set(i, String.join(",", cells));
        }
        case 3 -> lines.remove(i);
        case 4 -> lines.add(i, lines.get(i));
        case 5 -> {
          if (r.nextBoolean()) {
            cells.add(nasty(r));
          } else if (cells.size() > 1) {
            cells.remove(r.nextInt(cells.size()));
          }
          lines.set(i, String.join(",", cells));
        }
        case 6 -> { // a value from elsewhere in the file: a wrong but well-formed reference
          String[] other = lines.get(r.nextInt(lines.size())).split(",", -1);
          cells.set(r.nextInt(cells.size()), other[r.nextInt(other.length)]);
          lines.set(i, String.join(",", cells));
        }
        case 7 -> {
          int j = r.nextInt(lines.size());
          String t = lines.get(i);
          lines.set(i, lines.get(j));
          lines.set(j, t);
        }
        default -> {
          while (lines.size() > 1 + r.nextInt(2)) {
            lines.remove(lines.size() - 1);
          }
        }
      }
    }
    return bytes(String.join("\n", lines), r);
  }

  /**
   * Mutates YAML text: 1 to 2 edits of values, keys, lines and indentation, sometimes of raw bytes.
   *
   * @param text valid YAML
   * @param r the random source
   * @return the mutated bytes
   */
  public static byte[] yaml(String text, SplittableRandom r) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int edits = 1 + r.nextInt(2);
    for (int e = 0; e < edits && !lines.isEmpty(); e++) {
      int i = r.nextInt(lines.size());
      String line = lines.get(i);
      int colon = line.indexOf(": ");
      switch (r.nextInt(9)) {
        case 0, 1, 2 -> {
          String v = nasty(r);
          String value = r.nextInt(3) == 0 ? "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"" : v;
          lines.set(i, colon >= 0 ? line.substring(0, colon + 2) + value : line + value);
        }
        case 3 -> {
          if (colon >= 0) {
            int indent = line.length() - line.stripLeading().length();
            lines.set(i, line.substring(0, indent) + (r.nextBoolean() ? "bogusKey" : nasty(r).replace("\n", "")) + line.substring(colon));
          }
        }
        case 4 -> lines.remove(i);
        case 5 -> lines.add(i, line);
        case 6 -> lines.set(i, r.nextBoolean() ? "  " + line : line.stripLeading());
        case 7 -> {
          String[] marks = {"{", "}", "[", "]", ": ", "- ", "&a ", "*a", "!!binary ", "? ", "|", ">", "%", "@", "`", "\t"};
          int at = r.nextInt(line.length() + 1);
          lines.set(i, line.substring(0, at) + marks[r.nextInt(marks.length)] + line.substring(at));
        }
        default -> {
          int j = r.nextInt(lines.size());
          lines.set(i, lines.get(j));
          lines.set(j, line);
        }
      }
    }
    return bytes(String.join("\n", lines), r);
  }

  /** UTF-8 bytes of {@code text}; one time in eight cut short or with a byte that is not UTF-8. */
  private static byte[] bytes(String text, SplittableRandom r) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    switch (r.nextInt(16)) {
      case 0 -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = b.length == 0 ? 0 : r.nextInt(b.length);
        out.write(b, 0, at);
        out.write(r.nextBoolean() ? 0xff : 0xc3); // never valid / a lead byte without its continuation
        out.write(b, at, b.length - at);
        return out.toByteArray();
      }
      case 1 -> {
        return Arrays.copyOf(b, b.length == 0 ? 0 : r.nextInt(b.length));
      }
      default -> {
        return b;
      }
    }
  }

  private static String quote(String v) {
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }
}
