/** The {@code cordon} command line (picocli): one command, one subcommand per job. */
package org.cordon.simulation.cli;
