package org.cordon.simulation.cli;

import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;

/** The command line a command was run with, as one line a user can paste into a shell. */
final class CommandText {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=,@%+-]+");

  private CommandText() {}

  /**
   * @param spec the running subcommand's spec
   * @return {@code cordon} followed by the original arguments, each quoted for a POSIX shell where needed
   */
  static String of(CommandSpec spec) {
    CommandSpec root = spec;
    while (root.parent() != null) {
      root = root.parent();
    }
    List<String> args = root.commandLine().getParseResult() != null
        ? root.commandLine().getParseResult().originalArgs()
        : spec.commandLine().getParseResult().originalArgs();
    StringBuilder b = new StringBuilder("cordon");
    for (String a : args) {
      b.append(' ').append(quote(a));
    }
    return b.toString();
  }

  /**
   * @param arg an argument
   * @return it as is when it holds only plain characters, otherwise in single quotes
   */
  static String quote(String arg) {
    if (!arg.isEmpty() && PLAIN.matcher(arg).matches()) {
      return arg;
    }
    return "'" + arg.replace("'", "'\\''") + "'";
  }
}
