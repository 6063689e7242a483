package org.cordon.simulation.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.cordon.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code cordon serve} in this command line's help: the what-if page lives in the server module
 * (this module knows nothing of HTTP), and the {@code ./cordon} script runs that module's jar for
 * {@code serve}. Reached here only when the simulation jar is run directly, it says where to go.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the planner's what-if page on this machine (./cordon serve runs the server module's jar;"
        + " ./cordon serve --help lists its options).")
final class ServePointer implements Callable<Integer> {
  @Unmatched List<String> options;

  @Override
  public Integer call() {
    throw InvalidInputException.argument("serve", "the what-if page runs from the server module: use ./cordon serve"
        + " (or java -jar server/target/cordon-server.jar)");
  }
}
