package org.cordon.internal.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.cordon.InvalidInputException;

/**
 * The size limits of every input file, checked from the file's attributes <em>before</em> a byte
 * is read: a scenario or calibration file is small and hand-written, a register or encounter
 * table may be large. A device, a pipe, a folder or anything else that is not a regular file is
 * refused by its type (it may have no end). The limits are documented in {@code
 * docs/error-contract-and-limits.md}.
 */
public final class InputFiles {
  /** The largest scenario file read: 1 MiB. */
  public static final long MAX_SCENARIO_BYTES = 1L << 20;
  /** The largest calibration file read ({@code cordon calibrate --out}, posterior draws included): 2 MiB. */
  public static final long MAX_CALIBRATION_BYTES = 2L << 20;
  /** The largest register or encounter table (CSV) read: 512 MiB. */
  public static final long MAX_TABLE_BYTES = 512L << 20;

  private InputFiles() {}

  /**
   * Checks a file's type and size without reading it.
   *
   * @param file the file
   * @param maxBytes its size limit
   * @param errors makes the exception (the file's path is its source)
   * @throws InvalidInputException (made by {@code errors}) if the file is missing, is not a
   *     regular file, or is larger than {@code maxBytes}
   */
  public static void check(Path file, long maxBytes, ErrorFactory errors) {
    String source = file.toString();
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw errors.create(source, 0, null, "no such file", e);
    } catch (IOException | SecurityException e) {
      throw errors.create(source, 0, null, "cannot read: " + reason(e), e);
    }
    if (a.isDirectory()) {
      throw errors.create(source, 0, null, "is a folder, not a file");
    }
    if (!a.isRegularFile()) {
      throw errors.create(source, 0, null, "not a regular file (a device, pipe or socket is not read)");
    }
    if (a.size() > maxBytes) {
      throw errors.create(source, 0, null, "is " + describe(a.size()) + ", over the limit of " + describe(maxBytes)
          + " for this kind of file");
    }
  }

  /**
   * As {@link #check(Path, long, ErrorFactory)} with {@link InvalidInputException}s.
   *
   * @param file the file
   * @param maxBytes its size limit
   * @throws InvalidInputException if the file is missing, not a regular file, or too large
   */
  public static void check(Path file, long maxBytes) {
    check(file, maxBytes, InvalidInputException::new);
  }

  /**
   * @param bytes a size
   * @return it in words: {@code 10.0 MiB}, {@code 512 KiB}, {@code 300 bytes}
   */
  public static String describe(long bytes) {
    if (bytes >= 1L << 20) {
      double mib = bytes / (double) (1L << 20);
      return (mib == Math.rint(mib) ? String.valueOf((long) mib) : String.format(java.util.Locale.ROOT, "%.1f", mib))
          + " MiB";
    }
    if (bytes >= 1L << 10) {
      return (bytes >> 10) + " KiB";
    }
    return bytes + " bytes";
  }

  /**
   * @param e an I/O failure
   * @return why, in words (no exception class names)
   */
  public static String reason(Exception e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    String m = e.getMessage();
    return m == null || m.contains("Exception") || m.contains("java.") ? "input/output error" : m;
  }
}
