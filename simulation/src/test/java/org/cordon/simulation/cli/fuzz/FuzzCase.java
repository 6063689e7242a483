package org.cordon.simulation.cli.fuzz;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One generated command line and what a failure must name.
 *
 * @param format the input format that made it (for reports)
 * @param args the command line, without {@code cordon}
 * @param names the texts of which a bad-input line must contain one: the files written for the
 *     case, the folder they are in, or options
 * @param out the {@code --out} folder, if the command writes one: it must be unchanged on failure
 */
public record FuzzCase(String format, List<String> args, List<String> names, Optional<Path> out) {}
