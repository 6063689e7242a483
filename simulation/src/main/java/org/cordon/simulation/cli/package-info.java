/**
 * The {@code cordon} command line (picocli): one command, one subcommand per job.
 *
 * <p><b>Not API.</b> The classes are public for picocli and for in-process tests ({@code
 * CordonCommand.commandLine().execute(args)}); options and output may change with the command
 * line. Embedders use the library packages instead (README, "Embedding Cordon").
 */
package org.cordon.simulation.cli;
