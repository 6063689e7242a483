/**
 * Internal, not API: reading the CSV files Cordon accepts (register files, recorded encounters)
 * with commons-csv, so that every reader checks headers, row widths, blank lines, quoting and field
 * values the same way and reports a bad value with file, line and field. Classes here may change
 * without notice; code outside {@code org.cordon} should not use them.
 */
package org.cordon.internal.csv;
