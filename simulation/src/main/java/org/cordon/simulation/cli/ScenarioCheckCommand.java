package org.cordon.simulation.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.cordon.simulation.experiment.Presets;
import org.cordon.simulation.experiment.ScenarioYaml;
import org.cordon.simulation.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cordon scenario check FILE}: loads and validates a scenario, printing one line. A file is
 * read with the same readers as {@code compare} ({@link ScenarioYaml}), so a file it calls valid
 * is one {@code compare} accepts.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Load and validate a scenario file (or preset) and print a one-line summary.")
public final class ScenarioCheckCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "SCENARIO", description = "A scenario file or a preset name.")
  String scenario;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Scenario s = Presets.scenario(scenario, Optional.empty(), Optional.empty());
    // a file is read as compare reads it: disease, imports and variants too
    String variants = s.file().map(f -> ", " + ScenarioYaml.of(f, s.community()).variants().size() + " variants").orElse("");
    spec.commandLine().getOut().printf(
        "%s: valid: %d measures, %s to %s, %s%s%n",
        s.name(), s.timeline().measures().size(), s.timeline().firstDay(), s.timeline().lastDay(),
        s.communitySpec().describe(), variants);
    return 0;
  }
}
