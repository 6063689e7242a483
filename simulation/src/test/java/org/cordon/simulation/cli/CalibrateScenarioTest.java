package org.cordon.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cordon.simulation.experiment.CalibrationTarget;
import org.cordon.simulation.experiment.CalibrationYaml;
import org.cordon.simulation.experiment.ScenarioYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cordon calibrate --scenario FILE} refits a scenario with one moved assumption
 * (febrileShare 0.44, fever on admission in Guan 2020), and the file it writes loads back into
 * {@code compare} through the scenario's {@code disease: calibration:}. Small budgets, in process.
 */
class CalibrateScenarioTest {
  private static final String SCENARIO = String.join("\n",
      "name: febrile-044",
      "community: {preset: jinsha-2020, seed: 1}",
      "start: 2020-01-10",
      "end: 2020-03-08",
      "timeline: []",
      "disease:",
      "  %s",
      "  caseFinding: {febrileShare: 0.44}",
      "variants:",
      "  - name: as-happened",
      "    closureDate: 2020-01-25",
      "    jinsha: {}",
      "  - name: late-city",
      "    closureDate: 2020-02-10",
      "    jinsha: {community: 2020-02-10T08:00}",
      "");

  @Test
  void aScenarioWithAMovedAssumptionIsRefittedAndTheFitLoadsIntoCompare(@TempDir Path dir) throws Exception {
    Path scenario = dir.resolve("febrile.yaml");
    Files.writeString(scenario, String.format(SCENARIO, "asymptomaticShare: 0.2"));
    assertThat(CalibrationTarget.of(ScenarioYaml.read(scenario)).base().caseFinding().febrileShare()).isEqualTo(0.44);
    Path fit = dir.resolve("fit.yaml");
    CliRun cal = CliRun.of("calibrate", "--scenario", scenario.toString(), "--particles", "20", "--populations", "2",
        "--replicates", "1", "--runs", "4", "--seed", "3", "--threads", "2", "--quiet", "--out", fit.toString());
    assertThat(cal.exit()).as(cal.err()).isZero();
    assertThat(cal.out()).contains("rBefore").contains("rAfter").contains("wrote " + fit);
    var fitted = CalibrationYaml.read(fit);
    assertThat(fitted.scenario()).isEqualTo("febrile-044");
    assertThat(fitted.command()).contains("--scenario " + scenario).contains("--particles 20");
    assertThat(fitted.posterior()).hasSize(20);

    Path refitted = dir.resolve("refitted.yaml");
    Files.writeString(refitted, String.format(SCENARIO, "calibration: fit.yaml"));
    Path out = dir.resolve("cmp");
    CliRun cmp = CliRun.of("compare", "--scenario", refitted.toString(), "--runs", "4", "--seed", "1", "--threads", "2",
        "--quiet", "--out", out.toString());
    assertThat(cmp.exit()).as(cmp.err()).isZero();
    assertThat(out.resolve("summary.json")).exists();
    var e = ScenarioYaml.read(refitted);
    assertThat(e.parameterDraws()).hasSize(20);
    assertThat(e.parameters().caseFinding().febrileShare()).isEqualTo(0.44);
    assertThat(e.parameters().transmission().scaleFactorAfter()).isEqualTo(fitted.scaleFactorAfter());
  }

  @Test
  void aMissingScenarioOrABadBudgetEndsWithOneLineAndWritesNothing(@TempDir Path dir) {
    Path fit = dir.resolve("fit.yaml");
    for (String[] args : new String[][] {
        {"calibrate", "--scenario", dir.resolve("none.yaml").toString(), "--out", fit.toString()},
        {"calibrate", "--particles", "0", "--out", fit.toString()},
        {"calibrate", "--quantile", "1.5", "--out", fit.toString()},
        {"calibrate", "--populations", "0", "--out", fit.toString()},
        {"calibrate", "--min-acceptance", "0", "--out", fit.toString()}}) {
      CliRun r = CliRun.of(args);
      assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err().lines().toList()).as(r.err()).hasSize(1).first().asString().startsWith("cordon: ");
      assertThat(fit).doesNotExist();
    }
    assertThat(dir).isEmptyDirectory();
  }
}
