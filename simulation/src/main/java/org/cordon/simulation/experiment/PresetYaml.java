package org.cordon.simulation.experiment;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.util.Optional;
import org.cordon.community.Community;
import org.cordon.measure.ContainmentAssumptions;
import org.cordon.measure.JinshaResponse;
import org.cordon.measure.JinshaTimeline;
import org.cordon.measure.PolicyTimeline;
import org.cordon.simulation.scenario.CommunitySpec;
import org.cordon.simulation.scenario.ScenarioFile;
import org.cordon.simulation.scenario.ScenarioPresets;
import org.cordon.simulation.scenario.TimelineYaml;

/**
 * Writes a preset as a scenario file that loads back into the same experiment ({@link
 * ScenarioYaml}): the community, the first variant's timeline in full, the calibrated assumptions,
 * {@code disease: calibration: NAME} (the shipped posterior draws and fitted assumptions) and every
 * variant, the others in the {@code jinsha:} shorthand with all their parts. {@code cordon compare}
 * on the file gives the same {@code summary.json} as on the preset.
 */
public final class PresetYaml {
  private PresetYaml() {}

  /**
   * @param preset the preset
   * @param community which community (the preset's default: {@code jinsha-2020}, seed 1)
   * @param closure {@code --community-closure}: moves the community closure of the first variant
   *     (then named {@code baseline}), or empty
   * @return the scenario file's text
   * @throws org.cordon.InvalidInputException if the community lacks a named compound or the
   *     closure is not a date or {@code never}
   */
  public static String write(Presets.Preset preset, CommunitySpec community, Optional<String> closure) {
    Calibrated calibration = preset.calibration();
    ContainmentAssumptions assumptions = calibration.apply(ContainmentAssumptions.defaults());
    Community loaded = community.load();
    JinshaExperiment.Named first = JinshaExperiment.PRESET.get(0);
    JinshaResponse baseline = closure.isPresent() ? ScenarioPresets.closureDates(closure) : first.response();
    PolicyTimeline timeline = PolicyTimeline.builder(loaded, JinshaTimeline.FIRST_DAY, JinshaTimeline.LAST_DAY)
        .addAll(JinshaTimeline.measures(loaded, baseline)).assumptions(assumptions).build();
    ObjectNode tree = ScenarioFile.tree(preset.name(), community, timeline);
    tree.putObject("disease").put("calibration", preset.name());
    ArrayNode variants = tree.putArray("variants");
    variants.addObject().put("name", closure.isPresent() ? "baseline" : first.name())
        .put("closureDate", baseline.firstClosure().map(t -> t.toLocalDate().toString()).orElse("never"));
    for (JinshaExperiment.Named n : JinshaExperiment.PRESET.subList(1, JinshaExperiment.PRESET.size())) {
      variants.addObject().put("name", n.name()).set("jinsha", shorthand(n.response()));
    }
    return "# " + preset.name() + " as a scenario file, calibrated (" + calibration.command() + ")\n"
        + ScenarioFile.toYaml(tree);
  }

  /**
   * @param response the parts of a Jinsha response
   * @return them as a {@code jinsha:} mapping, every part written ({@code never} for none)
   */
  public static ObjectNode shorthand(JinshaResponse response) {
    ObjectNode j = JsonNodeFactory.instance.objectNode();
    j.put("honghua", part(response.honghua()));
    j.put("community", part(response.community()));
    j.put("disinfection", part(response.disinfection()));
    j.put("survey", part(response.survey()));
    j.put("quarantine", part(response.quarantine()));
    j.put("isolationSwitch", part(response.isolationSwitch()));
    return j;
  }

  private static String part(Optional<LocalDateTime> t) {
    return t.map(LocalDateTime::toString).orElse("never");
  }
}
