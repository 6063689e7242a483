package org.cordon.server.store;

import java.util.List;
import java.util.Optional;

/**
 * Where ended runs are kept. Implementations are thread-safe; each call is one transaction.
 */
public interface RunStore extends AutoCloseable {
  /**
   * Saves a run, replacing one with the same id.
   *
   * @param run the run
   * @throws StoreException if the store cannot be written
   */
  void save(StoredRun run);

  /**
   * @return every run kept, newest first, without their outputs ({@link StoredRun#summaryJson()}
   *     and the others empty)
   * @throws StoreException if the store cannot be read
   */
  List<StoredRun> list();

  /**
   * @param id a run id
   * @return the run with its outputs, if kept
   * @throws StoreException if the store cannot be read
   */
  Optional<StoredRun> load(String id);

  /**
   * @param id a run id
   * @return whether a run was removed
   * @throws StoreException if the store cannot be written
   */
  boolean delete(String id);

  /** Closes the store. */
  @Override
  void close();
}
