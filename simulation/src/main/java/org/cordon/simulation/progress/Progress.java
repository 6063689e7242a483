package org.cordon.simulation.progress;

/**
 * Something that counts units of work as they finish (e.g. Monte Carlo runs) and shows how far
 * along they are. Implementations are thread-safe: worker threads call {@link #advance(int)}
 * concurrently. Reporting never throws for the caller's work and never changes its results.
 *
 * <pre>{@code
 * try (Progress p = ProgressMeter.forConsole("compare", runs * variants, quiet, err)) {
 *   ... p.advance(1) after each run, from any thread ...
 * }
 * }</pre>
 */
public interface Progress extends AutoCloseable {
  /** Progress that shows nothing (for {@code --quiet}, tests and library use). */
  Progress NONE = new Progress() {
    @Override
    public void advance(int units) {}

    @Override
    public void close() {}
  };

  /**
   * Records that {@code units} more units of work are done. Safe to call from any thread.
   *
   * @param units units finished (0 or more)
   */
  void advance(int units);

  /** Shows the final state (all done or where it stopped) and ends the progress line. */
  @Override
  void close();
}
