package org.cordon.simulation.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cordon.InvalidInputException;
import org.cordon.measure.PolicyTimeline;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.engine.TimelineInterventions;
import org.cordon.simulation.scenario.ScenarioFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario's {@code disease: calibration:} carries the posterior draws and the fitted assumptions. */
class ScenarioCalibrationTest {
  private static final String HEAD = String.join("\n",
      "name: mini",
      "community: {preset: jinsha-2020, seed: 1}",
      "start: 2020-01-10",
      "end: 2020-03-08",
      "timeline: []",
      "");

  private static Experiment parse(String body, Path dir) {
    return ScenarioYaml.of(ScenarioFile.parse(dir.resolve("mini.yaml").toString(), HEAD + body, dir));
  }

  private static PolicyTimeline timeline(Experiment e) {
    return ((TimelineInterventions) e.variants().get(0).interventions()).timeline();
  }

  private static String indented(String yaml) {
    StringBuilder sb = new StringBuilder();
    for (String line : yaml.split("\n")) {
      if (!line.startsWith("#") && !line.equals("---")) {
        sb.append("    ").append(line).append('\n');
      }
    }
    return sb.toString();
  }

  @Test
  void byNameByFileAndInlineReadBackTheSameDrawsAndAssumptions(@TempDir Path dir) throws Exception {
    Calibrated shipped = Calibrated.jinsha2020();
    Files.writeString(dir.resolve("fit.yaml"), shipped.toYaml());
    Experiment byName = parse("disease:\n  calibration: jinsha-2020\n", dir);
    Experiment byFile = parse("disease:\n  calibration: fit.yaml\n", dir);
    Experiment inline = parse("disease:\n  calibration:\n" + indented(shipped.toYaml()), dir);

    List<ModelParameters> expected = shipped.applyPosterior(ModelParameters.defaults());
    assertThat(expected).hasSize(shipped.posterior().size()).isNotEmpty();
    for (Experiment e : List.of(byName, byFile, inline)) {
      assertThat(e.parameterDraws()).isEqualTo(expected);
      assertThat(e.parameters()).isEqualTo(shipped.apply(ModelParameters.defaults()));
      assertThat(e.calibration()).contains(shipped);
      shipped.assumptions().forEach((k, v) -> assertThat(timeline(e).assumptions().asMap().get(k)).isEqualTo(v));
    }
  }

  @Test
  void theFilesOwnValuesWinOverEveryDrawAndOverTheFittedAssumptions(@TempDir Path dir) {
    Experiment e = parse(String.join("\n",
        "assumptions: {vehicleLeakUnguarded: 0.25}",
        "disease:",
        "  calibration: jinsha-2020",
        "  transmission: {transmissionScale: 0.5}",
        ""), dir);
    assertThat(e.parameterDraws()).isNotEmpty()
        .allMatch(p -> p.transmission().transmissionScale() == 0.5);
    // the draws keep their own import shares
    assertThat(e.parameterDraws().stream().map(p -> p.imports().shareInfectedWuhan()).distinct().count()).isGreaterThan(1);
    assertThat(timeline(e).assumptions().vehicleLeakUnguarded()).isEqualTo(0.25);
  }

  @Test
  void calibrateOutputIsReadBack(@TempDir Path dir) throws Exception {
    Calibrated c = new Calibrated("jinsha-2020", "cordon calibrate --draws 10", 7, 0.003, 0.4, 5.0,
        Map.of("vehicleLeakUnguarded", 0.2), List.of(new Calibrated.PosteriorDraw(0.002, 0.3, 4.0),
            new Calibrated.PosteriorDraw(0.004, 0.5, 6.0)));
    Path f = dir.resolve("out.yaml");
    Files.writeString(f, c.toYaml());
    assertThat(CalibrationYaml.read(f)).isEqualTo(c);
  }

  @Test
  void aFreshCalibrationWrittenToAFileCarriesItsDrawsIntoAScenario(@TempDir Path dir) throws Exception {
    CalibrationTarget target = CalibrationTarget.jinsha(Scenarios.jinshaCommunity(), ModelParameters.defaults());
    CalibrationPrior prior = CalibrationPrior.of(target, Observed.JINSHA_2020, 5, 2, 1);
    Calibration.Result r = Calibration.run(prior, Observed.JINSHA_2020, new AbcSmc.Settings(20, 0.5, 0.05, 2, 20, 5), 4,
        Calibration.local(2, org.cordon.simulation.progress.Progress.NONE), "cordon calibrate --particles 20");
    Files.writeString(dir.resolve("fit.yaml"), r.fitted().toYaml());
    Experiment e = parse("disease:\n  calibration: fit.yaml\n", dir);
    assertThat(e.parameterDraws()).hasSize(20).isEqualTo(r.fitted().applyPosterior(ModelParameters.defaults()));
    assertThat(e.parameters().transmission().scaleFactorAfter()).isEqualTo(r.fitted().scaleFactorAfter());
    assertThat(timeline(e).assumptions().vehicleLeakUnguarded())
        .isEqualTo(r.fitted().assumptions().get(Calibration.LEAK_ASSUMPTION));
  }

  @Test
  void anUnknownCalibrationOrKeyIsRejectedWithItsLine(@TempDir Path dir) {
    assertThatThrownBy(() -> parse("disease:\n  calibration: wuhan-2020\n", dir))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("line 7").hasMessageContaining("unknown calibration");
    assertThatThrownBy(() -> parse("disease:\n  calibration: missing.yaml\n", dir))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("line 7").hasMessageContaining("no such calibration file");
    assertThatThrownBy(() -> parse("disease:\n  calibration:\n    shareInfectedWuhan: 0.1\n    leak: 2\n", dir))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("line 9").hasMessageContaining("unknown key");
    assertThatThrownBy(() -> parse("disease:\n  calibration:\n    shareInfectedWuhan: 0.1\n", dir))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("transmissionScale");
  }
}
