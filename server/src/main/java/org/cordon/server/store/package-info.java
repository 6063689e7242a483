/**
 * Runs kept across restarts: {@link org.cordon.server.store.RunStore} (save, list, load, delete)
 * and its SQLite implementation through JDBC ({@link org.cordon.server.store.SqlRunStore}), with
 * versioned migrations recorded in a {@code schema_version} table.
 */
package org.cordon.server.store;
