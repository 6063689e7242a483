/**
 * The resident register (台账) as files: one CSV file per entity in a folder ({@code
 * residents.csv}, {@code households.csv}, {@code buildings.csv}, {@code compounds.csv}, ...), read
 * by {@link org.cordon.community.register.RegisterReader} into a {@link
 * org.cordon.community.Community} and written by {@link
 * org.cordon.community.register.RegisterWriter}. {@link org.cordon.community.register.RegisterFile}
 * lists every file and its columns. Bad input is reported as a {@link
 * org.cordon.community.register.RegisterException} naming the file, line and field.
 *
 * <p>API: public types here are for embedders (README, "Embedding Cordon"); implementation classes
 * are package-private.
 */
package org.cordon.community.register;
