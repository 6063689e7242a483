package org.cordon.simulation.progress;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.cordon.InvalidInputException;

/**
 * Shows progress as runs done out of total, the rate and the time left, in one of two styles:
 *
 * <ul>
 *   <li>{@link Style#BAR} for a terminal: one line redrawn in place with a carriage return, at
 *       most every {@value #BAR_INTERVAL_MS} ms, e.g. {@code compare [######------]  120/400  30%
 *       41.2 runs/s  0:07 left};
 *   <li>{@link Style#LINES} for files and pipes: a plain line each time another tenth of the work
 *       is done or {@value #LINE_INTERVAL_MS} ms have passed since the last line, e.g. {@code
 *       compare: 120/400 runs (30%), 41.2 runs/s, about 7 s left}.
 * </ul>
 *
 * <p>Thread-safe: the count is atomic and drawing is serialised; a worker that finds another
 * thread drawing does not wait for it. Time comes from an injected clock (nanoseconds), so tests
 * can drive it.
 */
public final class ProgressMeter implements Progress {
  /** Least time between two redraws of the bar, milliseconds. */
  public static final long BAR_INTERVAL_MS = 100;
  /** Most time between two progress lines, milliseconds. */
  public static final long LINE_INTERVAL_MS = 5_000;

  private static final int BAR_WIDTH = 30;

  /** How progress is drawn. */
  public enum Style {
    /** One line redrawn in place (terminals). */
    BAR,
    /** Periodic plain lines (files, pipes, logs). */
    LINES
  }

  private final String label;
  private final long total;
  private final Style style;
  private final PrintWriter out;
  private final LongSupplier nanoClock;
  private final long startNanos;
  private final AtomicLong done = new AtomicLong();
  private final ReentrantLock drawLock = new ReentrantLock();
  private volatile long lastDrawNanos;
  private volatile long lastDrawnTenth;
  private boolean closed;
  private int barLength;

  private ProgressMeter(String label, long total, Style style, PrintWriter out, LongSupplier nanoClock) {
    this.label = label;
    this.total = total;
    this.style = style;
    this.out = out;
    this.nanoClock = nanoClock;
    this.startNanos = nanoClock.getAsLong();
    this.lastDrawNanos = startNanos;
  }

  /**
   * @param label what is running (e.g. {@code compare})
   * @param total units of work in all (at least 1)
   * @param style how to draw
   * @param out where to draw (standard error)
   * @param nanoClock a monotonic clock in nanoseconds, e.g. {@code System::nanoTime}
   * @return the meter, started now
   * @throws InvalidInputException if {@code total} is below 1
   */
  public static ProgressMeter of(String label, long total, Style style, PrintWriter out, LongSupplier nanoClock) {
    if (total < 1) {
      throw InvalidInputException.argument("total", "must be at least 1: " + total);
    }
    return new ProgressMeter(label, total, style, out, nanoClock);
  }

  /**
   * Progress for a command: nothing when quiet, a bar when the JVM runs in a terminal ({@code
   * System.console() != null}), plain lines otherwise.
   *
   * @param label what is running
   * @param total units of work in all (at least 1)
   * @param quiet whether to show nothing
   * @param err standard error of the command
   * @return the progress
   * @throws InvalidInputException if {@code total} is below 1
   */
  public static Progress forConsole(String label, long total, boolean quiet, PrintWriter err) {
    if (quiet) {
      return Progress.NONE;
    }
    Style style = System.console() != null ? Style.BAR : Style.LINES;
    return of(label, total, style, err, System::nanoTime);
  }

  /** @return units done so far */
  public long done() {
    return done.get();
  }

  @Override
  public void advance(int units) {
    if (units <= 0) {
      return;
    }
    long now = done.addAndGet(units);
    long t = nanoClock.getAsLong();
    if (style == Style.BAR) {
      if (t - lastDrawNanos >= BAR_INTERVAL_MS * 1_000_000 || now >= total) {
        draw(false);
      }
    } else if (tenth(now) > lastDrawnTenth || t - lastDrawNanos >= LINE_INTERVAL_MS * 1_000_000) {
      draw(false);
    }
  }

  @Override
  public void close() {
    draw(true);
  }

  private long tenth(long n) {
    return Math.min(n, total) * 10 / total;
  }

  private void draw(boolean last) {
    if (last) {
      drawLock.lock();
    } else if (!drawLock.tryLock()) {
      return; // another thread is drawing: no need to wait for it
    }
    try {
      if (closed) {
        return;
      }
      long t = nanoClock.getAsLong();
      long n = Math.min(done.get(), total);
      if (!last && style == Style.LINES) {
        // re-check under the lock: another thread may have drawn this tenth already
        if (tenth(n) <= lastDrawnTenth && t - lastDrawNanos < LINE_INTERVAL_MS * 1_000_000) {
          return;
        }
        if (n >= total) {
          return; // the closing line reports completion
        }
      }
      lastDrawNanos = t;
      lastDrawnTenth = tenth(n);
      double seconds = (t - startNanos) / 1e9;
      double rate = seconds > 0 ? n / seconds : 0;
      String eta = n > 0 && rate > 0 ? duration((total - n) / rate) : "?";
      int pct = (int) (100 * n / total);
      if (style == Style.BAR) {
        int filled = (int) (BAR_WIDTH * n / total);
        String line = label + " [" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] "
            + String.format(Locale.ROOT, "%d/%d  %3d%%  %.1f runs/s  %s", n, total, pct, rate,
                last ? "in " + duration(seconds) : eta + " left");
        // pad with blanks over the rest of a longer previous line
        out.print("\r" + line + " ".repeat(Math.max(0, barLength - line.length())));
        barLength = line.length();
        if (last) {
          out.println();
        }
      } else if (last) {
        out.println(String.format(Locale.ROOT, "%s: %d/%d runs done in %s (%.1f runs/s)",
            label, n, total, duration(seconds), rate));
      } else {
        out.println(String.format(Locale.ROOT, "%s: %d/%d runs (%d%%), %.1f runs/s, about %s left",
            label, n, total, pct, rate, eta));
      }
      out.flush();
      closed = last;
    } finally {
      drawLock.unlock();
    }
  }

  /**
   * @param seconds a duration in seconds
   * @return it as {@code 7 s}, {@code 2:05} (minutes) or {@code 1:02:05} (hours)
   */
  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
  }
}
