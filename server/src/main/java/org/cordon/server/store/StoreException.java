package org.cordon.server.store;

/** The store could not be read or written (a full disk, a file removed under the server). */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed
   * @param cause the cause
   */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
