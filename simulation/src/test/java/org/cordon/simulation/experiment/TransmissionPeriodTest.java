package org.cordon.simulation.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.engine.PolicyTable;
import org.cordon.simulation.engine.RunResult;
import org.cordon.simulation.engine.Simulation;
import org.cordon.simulation.scenario.CommunitySpec;
import org.cordon.simulation.scenario.ScenarioFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The transmission scale in two periods: the engine switches at the change date; a scenario moves it. */
class TransmissionPeriodTest {
  @Test
  void theFactorAppliesFromTheChangeDateOnly() {
    var community = CommunitySpec.preset("jinsha-2020", 1, 2500).load();
    ModelParameters base = ModelParameters.defaults();
    CalibrationTarget target = CalibrationTarget.jinsha(community, base);
    PolicyTable table = target.table(0.4, PolicyTable.tracer(community));
    var t = base.transmission();
    ModelParameters zeroScale = base.with(t.withScales(0, 1));
    ModelParameters zeroFromStart = base.with(new org.cordon.simulation.disease.TransmissionParameters(t.household(),
        t.building(), t.compound(), t.workplace(), t.community(), t.nightShare(), 1.0, target.start(), 0));
    ModelParameters zeroAfterEnd = base.with(new org.cordon.simulation.disease.TransmissionParameters(t.household(),
        t.building(), t.compound(), t.workplace(), t.community(), t.nightShare(), 1.0, target.end().plusDays(1), 0));
    for (int i = 0; i < 5; i++) {
      RunResult none = Simulation.of(table, zeroScale).run(4, i);
      // factor 0 from the first day = scale 0 throughout, run for run
      assertThat(Simulation.of(table, zeroFromStart).run(4, i)).isEqualTo(none);
      // a change after the horizon changes nothing
      assertThat(Simulation.of(table, zeroAfterEnd).run(4, i)).isEqualTo(Simulation.of(table, base).run(4, i));
    }
  }

  @Test
  void aScenarioMovesTheChangeDateAndSetsTheFactor(@TempDir Path dir) {
    String yaml = String.join("\n", "name: moved", "community: {preset: jinsha-2020, seed: 1}", "start: 2020-01-10",
        "end: 2020-03-08", "timeline: []", "disease:",
        "  transmission: {changeDate: 2020-02-01, scaleFactorAfter: 0.5}", "");
    Experiment e = ScenarioYaml.of(ScenarioFile.parse(dir.resolve("moved.yaml").toString(), yaml, dir));
    assertThat(e.parameters().transmission().changeDate()).isEqualTo(LocalDate.of(2020, 2, 1));
    assertThat(e.parameters().transmission().periodFactor(LocalDate.of(2020, 1, 31))).isEqualTo(1);
    assertThat(e.parameters().transmission().periodFactor(LocalDate.of(2020, 2, 1))).isEqualTo(0.5);
    assertThat(ModelParameters.defaults().transmission().changeDate()).isEqualTo(LocalDate.of(2020, 1, 23));
  }
}
