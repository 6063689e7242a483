package org.cordon.simulation.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.cordon.contact.Layer;
import org.cordon.simulation.engine.RunResult;
import org.cordon.simulation.scenario.ScenarioFile;
import org.junit.jupiter.api.Test;

/** Residents stay home under a community closure: the stay-home factor scales building and compound contacts. */
class StayHomeTest {
  private static final String PLAN = String.join("\n",
      "name: stay-home",
      "community: {preset: jinsha-2020, seed: 1, residents: 4000}",
      "start: 2020-01-10",
      "end: 2020-02-20",
      "timeline:",
      "  - {type: community-closure, name: closed, start: 2020-01-10, mode: FULL, barrier: IRON_SHEETS}",
      "disease:",
      "  transmission: {transmissionScale: 1.5}",
      "imports: {shareInfectedWuhan: 0.03}",
      "variants:",
      "  - {name: sealed-at-home, assumptions: {stayHomeFactor: 0}}",
      "  - {name: default-stay-home}",
      "  - {name: no-stay-home, assumptions: {stayHomeFactor: 1, stayHomeHouseholdFactor: 1}}",
      "");

  @Test
  void stayHomeFactorZeroSealsTheBuildingAndCompoundLayers() {
    Experiment e = ScenarioYaml.of(ScenarioFile.parse("stay-home.yaml", PLAN, Path.of(".")));
    Ensemble runs = MonteCarlo.run(e, 20, 3L, 2);
    int[] sealed = byLayer(runs.runsOf(0));
    int[] asDefault = byLayer(runs.runsOf(1));
    int[] none = byLayer(runs.runsOf(2));
    assertThat(sealed[Layer.BUILDING.ordinal()]).isZero();
    assertThat(sealed[Layer.COMPOUND.ordinal()]).isZero();
    assertThat(sealed[Layer.HOUSEHOLD.ordinal()]).isPositive();
    int withinDefault = asDefault[Layer.BUILDING.ordinal()] + asDefault[Layer.COMPOUND.ordinal()];
    int withinNone = none[Layer.BUILDING.ordinal()] + none[Layer.COMPOUND.ordinal()];
    // 20 paired replicates: with factor 1 the same seeds infect more people in buildings and courtyards
    assertThat(withinNone).isGreaterThan(withinDefault);
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
