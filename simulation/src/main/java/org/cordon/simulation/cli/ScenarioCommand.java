package org.cordon.simulation.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cordon scenario <show|check>}: built-in and file scenarios. */
@Command(
    name = "scenario",
    mixinStandardHelpOptions = true,
    description = "Show a scenario as YAML, or check a scenario file.",
    subcommands = {ScenarioShowCommand.class, ScenarioCheckCommand.class})
public final class ScenarioCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (show, check)");
  }
}
