package org.cordon.spark;

/**
 * A replicate (or prior draw) threw on an executor. Its message names the index, so the job's
 * failure names it too; the original exception is the cause.
 */
public final class ReplicateFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int index;

  /**
   * @param what {@code "replicate"} or {@code "draw"}
   * @param index the failing index
   * @param cause what it threw
   */
  public ReplicateFailedException(String what, int index, Throwable cause) {
    super(what + " " + index + " failed: " + cause, cause);
    this.index = index;
  }

  /** @return the failing replicate or draw index */
  public int index() {
    return index;
  }
}
