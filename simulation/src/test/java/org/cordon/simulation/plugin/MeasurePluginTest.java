package org.cordon.simulation.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cordon.InvalidInputException;
import org.cordon.contact.Layer;
import org.cordon.measure.ContactEffect;
import org.cordon.measure.PolicyTimeline;
import org.cordon.measure.TimeBand;
import org.cordon.simulation.engine.RunResult;
import org.cordon.simulation.experiment.Ensemble;
import org.cordon.simulation.experiment.Experiment;
import org.cordon.simulation.experiment.MonteCarlo;
import org.cordon.simulation.experiment.ScenarioYaml;
import org.cordon.simulation.scenario.MeasureRegistry;
import org.cordon.simulation.scenario.MeasureType;
import org.cordon.simulation.scenario.ScenarioFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A measure added from outside the library (the record {@link MaskMandate} and one registry line),
 * read from a scenario file, written back, compiled and run: only the public API is used.
 */
class MeasurePluginTest {
  private static final MeasureRegistry WITH_MASKS =
      MeasureRegistry.standard().with(MeasureType.of("mask-mandate", MaskMandate.class));

  private static final String PLAN = String.join("\n",
      "name: masks",
      "community: {preset: jinsha-2020, seed: 1, residents: 4000}",
      "start: 2020-01-10",
      "end: 2020-02-20",
      "timeline:",
      "  - {type: mask-mandate, name: masks, start: 2020-01-10, factor: FACTOR}",
      "disease:",
      "  transmission: {transmissionScale: 1.5}",
      "imports: {shareInfectedWuhan: 0.03}",
      "variants:",
      "  - {name: masks}",
      "  - {name: open, timeline: []}",
      "");

  @TempDir Path dir;

  private Path plan(double factor) throws IOException {
    Path file = dir.resolve("masks.yaml");
    Files.writeString(file, PLAN.replace("FACTOR", Double.toString(factor)));
    return file;
  }

  @Test
  void theMandateScalesWorkplaceAndCommunityContactsAndNothingElse() throws IOException {
    ScenarioFile file = ScenarioFile.read(plan(0.4), WITH_MASKS);
    PolicyTimeline t = file.timeline(file.community().load());
    ContactEffect e = t.effect(LocalDate.of(2020, 1, 20), TimeBand.DAYTIME);
    for (int c = 0; c < t.community().compounds().size(); c++) {
      assertThat(e.factor(Layer.WORKPLACE, c)).isEqualTo(0.4);
      assertThat(e.factor(Layer.COMMUNITY, c)).isEqualTo(0.4);
      assertThat(e.factor(Layer.HOUSEHOLD, c)).isEqualTo(1.0);
      assertThat(e.factor(Layer.BUILDING, c)).isEqualTo(1.0);
      assertThat(e.factor(Layer.COMPOUND, c)).isEqualTo(1.0);
      assertThat(e.outside(c)).isEqualTo(1.0);
    }
  }

  @Test
  void theMandateIsWrittenFromItsComponentsAndReadsBackEqual() throws IOException {
    ScenarioFile file = ScenarioFile.read(plan(0.4), WITH_MASKS);
    PolicyTimeline t = file.timeline(file.community().load());
    String yaml = ScenarioFile.toYaml(ScenarioFile.tree("masks", file.community(), t, WITH_MASKS));
    assertThat(yaml).contains("type: mask-mandate").contains("factor: 0.4");
    ScenarioFile again = ScenarioFile.parse("again.yaml", yaml, dir, WITH_MASKS);
    assertThat(again.timeline(t.community())).isEqualTo(t);
  }

  @Test
  void withoutTheRegistryLineTheTypeIsAnErrorNamingTheLine() throws IOException {
    Path file = plan(0.4);
    assertThatThrownBy(() -> ScenarioYaml.read(file))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("masks.yaml line 6")
        .hasMessageContaining("unknown measure type 'mask-mandate'");
  }

  @Test
  void writingAMeasureOfAnUnregisteredClassIsAnErrorNotASilentDefault() throws IOException {
    ScenarioFile file = ScenarioFile.read(plan(0.4), WITH_MASKS);
    PolicyTimeline t = file.timeline(file.community().load());
    assertThatThrownBy(() -> ScenarioFile.tree("masks", file.community(), t))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("measure 'masks'")
        .hasMessageContaining("no registered measure type");
  }

  @Test
  void aFactorOutsideZeroOneIsRejectedWithItsLineAndField() throws IOException {
    Path file = plan(1.5);
    assertThatThrownBy(() -> ScenarioYaml.read(file, WITH_MASKS))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("masks.yaml line 6")
        .hasMessageContaining("factor")
        .hasMessageContaining("must be a probability in [0, 1]: 1.5");
  }

  @Test
  void aMandateWithFactorZeroStopsEveryWorkplaceAndCommunityInfectionInTheEngine() throws IOException {
    Experiment e = ScenarioYaml.read(plan(0.0), WITH_MASKS);
    Ensemble runs = MonteCarlo.run(e, 20, 7L, 2);
    int[] masked = byLayer(runs.runsOf(0));
    int[] open = byLayer(runs.runsOf(1));
    // Open, the same seeds infect people at work and in public places; masked, nobody is.
    assertThat(open[Layer.WORKPLACE.ordinal()] + open[Layer.COMMUNITY.ordinal()]).isPositive();
    assertThat(masked[Layer.WORKPLACE.ordinal()]).isZero();
    assertThat(masked[Layer.COMMUNITY.ordinal()]).isZero();
    assertThat(masked[Layer.HOUSEHOLD.ordinal()]).isPositive();
  }

  @Test
  void theDevelopersPageShowsTheRecordAndTheRegistryLineOfThisTest() throws IOException {
    String readme = Files.readString(Path.of("..", "docs", "developers.md"));
    String record = Files.readString(Path.of("src/test/java/org/cordon/simulation/plugin/MaskMandate.java"));
    assertThat(readme).contains("## How to add a measure");
    assertThat(readme).contains(record.substring(record.indexOf("public record MaskMandate")).strip());
    assertThat(readme).contains("MeasureRegistry.standard().with(MeasureType.of(\"mask-mandate\", MaskMandate.class))");
  }

  private static int[] byLayer(List<RunResult> runs) {
    int[] sum = new int[Layer.values().length];
    for (RunResult r : runs) {
      int[] l = r.infectionsByLayer();
      for (int i = 0; i < l.length && i < sum.length; i++) {
        sum[i] += l[i];
      }
    }
    return sum;
  }
}
