package org.cordon.simulation.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.cordon.community.synth.CommunityPresets;
import org.cordon.simulation.experiment.PresetYaml;
import org.cordon.simulation.experiment.Presets;
import org.cordon.simulation.scenario.CommunitySpec;
import org.cordon.simulation.scenario.Scenario;
import org.cordon.simulation.scenario.ScenarioPresets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cordon scenario show jinsha-2020|FILE}: prints the scenario (community, dates, timeline,
 * assumptions) as YAML; the output is itself a scenario file that loads back into an equal
 * timeline. A preset is written calibrated, with its calibration and variants ({@link PresetYaml}),
 * so {@code compare} on the file gives the preset's {@code summary.json}. For a preset, the community options ({@code --preset/--seed/--residents} or {@code
 * --register}) choose the community the preset's timeline is applied to.
 */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Print a preset (jinsha-2020) or scenario file as YAML, in the scenario file format.")
public final class ScenarioShowCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "SCENARIO", description = "A preset name (jinsha-2020) or a scenario file.")
  String scenario;

  @picocli.CommandLine.Mixin CommunityOptions community;

  @Option(
      names = "--community-closure",
      paramLabel = "DATE|never",
      description = "Preset only: when the whole community is sealed (e.g. 2020-02-10 or 2020-02-10T08:00, or never).")
  String communityClosure;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Optional<Presets.Preset> preset = Presets.find(scenario);
    if (preset.isPresent()) {
      CommunitySpec where = ScenarioCommunity.of(community)
          .orElse(CommunitySpec.preset(CommunityPresets.JINSHA_2020, ScenarioPresets.DEFAULT_SEED));
      spec.commandLine().getOut().print(PresetYaml.write(preset.get(), where, Optional.ofNullable(communityClosure)));
    } else {
      Scenario s = Presets.scenario(scenario, ScenarioCommunity.of(community), Optional.ofNullable(communityClosure));
      spec.commandLine().getOut().print(s.toYaml());
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
