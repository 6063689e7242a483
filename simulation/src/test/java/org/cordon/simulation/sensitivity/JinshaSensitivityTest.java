package org.cordon.simulation.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import org.cordon.InvalidInputException;
import org.cordon.measure.ContainmentAssumptions;
import org.cordon.simulation.engine.Interventions;
import org.cordon.simulation.engine.RunResult;
import org.cordon.simulation.experiment.Calibrated;
import org.cordon.simulation.experiment.Ensemble;
import org.cordon.simulation.experiment.Experiment;
import org.cordon.simulation.experiment.JinshaExperiment;
import org.cordon.simulation.experiment.MonteCarlo;
import org.cordon.simulation.experiment.Scenarios;
import org.cordon.simulation.experiment.Variant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Jinsha inputs and model: every registry line sets what it names; a design point is the edited scenario's paired runs. */
class JinshaSensitivityTest {
  static Experiment preset;

  @BeforeAll
  static void load() {
    preset = Scenarios.resolve("jinsha-2020");
  }

  @Test
  void everyRegistryLineHasARangeAndChangesTheScenario() {
    SensitivityProblem p = JinshaInputs.problem(preset.calibration());
    assertThat(p.names()).isEqualTo(JinshaInputs.names()).doesNotHaveDuplicates();
    List<JinshaInputs.Setter> setters = JinshaInputs.setters(p);
    JinshaInputs.Setting base = new JinshaInputs.Setting(preset.parameters(), ContainmentAssumptions.defaults());
    for (int i = 0; i < p.size(); i++) {
      SensitivityInput in = p.inputs().get(i);
      assertThat(in.low()).as(in.name()).isLessThan(in.high());
      assertThat(in.basis()).as(in.name()).isNotBlank();
      JinshaInputs.Setting low = setters.get(i).apply(base, in.low());
      JinshaInputs.Setting high = setters.get(i).apply(base, in.high());
      assertThat(low).as(in.name() + " at its two ends").isNotEqualTo(high);
      assertThat(setters.get(i).apply(base, in.low())).as(in.name() + " deterministic").isEqualTo(low);
    }
  }

  @Test
  void calibratedRangesAreThePosteriorBandWithinThePrior() {
    SensitivityProblem withPosterior = JinshaInputs.problem(preset.calibration());
    SensitivityProblem prior = JinshaInputs.problem(Optional.empty());
    Calibrated c = preset.calibration().orElseThrow();
    for (String name : List.of("transmissionScale", "shareInfectedWuhan", "contactsOutsideHousehold")) {
      SensitivityInput post = withPosterior.select(List.of(name), "t").inputs().get(0);
      SensitivityInput pri = prior.select(List.of(name), "t").inputs().get(0);
      assertThat(post.low()).as(name).isGreaterThanOrEqualTo(pri.low());
      assertThat(post.high()).as(name).isLessThanOrEqualTo(pri.high());
      assertThat(post.high() - post.low()).as(name).isLessThan(pri.high() - pri.low());
    }
    SensitivityInput scale = withPosterior.select(List.of("transmissionScale"), "t").inputs().get(0);
    assertThat(c.transmissionScale()).isBetween(scale.low(), scale.high());
  }

  @Test
  void wuhanShareKeepsTheOtherOriginsRatiosInAnyOrder() {
    JinshaInputs.Setting base = new JinshaInputs.Setting(preset.parameters(), ContainmentAssumptions.defaults());
    SensitivityProblem p = JinshaInputs.problem(preset.calibration());
    List<JinshaInputs.Setter> s1 = JinshaInputs.setters(p.select(List.of("shareInfectedWuhan", "huanggangRatio"), "t"));
    List<JinshaInputs.Setter> s2 = JinshaInputs.setters(p.select(List.of("huanggangRatio", "shareInfectedWuhan"), "t"));
    var a = JinshaInputs.apply(new double[] {0.01, 0.4}, s1, base).model().imports();
    var b = JinshaInputs.apply(new double[] {0.4, 0.01}, s2, base).model().imports();
    assertThat(a).isEqualTo(b);
    assertThat(a.shareInfectedHuanggang()).isCloseTo(0.004, org.assertj.core.api.Assertions.within(1e-12));
  }

  /** A method of Interventions the wrapper does not override would silently take its default. */
  @Test
  void sharedSurveyWrapperOverridesEveryMethodOfInterventions() throws Exception {
    for (Method m : Interventions.class.getMethods()) {
      if (Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      Method own = SharedSurveyInterventions.class.getDeclaredMethod(m.getName(), m.getParameterTypes());
      assertThat(own.getDeclaringClass()).as(m.getName()).isEqualTo(SharedSurveyInterventions.class);
    }
  }

  /**
   * A design point is the edited scenario run as paired replicates: at the scenario's own values
   * and with one assumption moved, the outputs equal the differences of {@link MonteCarlo} on the
   * scenario built from scratch with those values (same seed, same replicate indices).
   */
  @Test
  void aDesignPointIsTheEditedScenariosPairedDifference() {
    SensitivityProblem p = JinshaInputs.problem(preset.calibration()).select(List.of("stayHomeFactor", "febrileShare"), "t");
    JinshaSensitivity model = JinshaSensitivity.of(preset, p, 7);
    double febrile = preset.parameters().caseFinding().febrileShare();
    for (double stayHome : new double[] {ContainmentAssumptions.defaults().stayHomeFactor(), 0.12}) {
      ContainmentAssumptions a = ContainmentAssumptions.defaults().toBuilder().set("stayHomeFactor", stayHome).build();
      Experiment fresh = JinshaExperiment.of(preset.community(), preset.parameters(), a);
      List<Variant> three = fresh.variants().stream()
          .filter(v -> List.of("as-happened", "late-city", "response-late-city").contains(v.name())).toList();
      Ensemble e = MonteCarlo.run(fresh.withVariants(three), 6, 7, 1);
      for (int r = 0; r < 6; r++) {
        double[] out = model.evaluate(new double[] {stayHome, febrile}, r);
        RunResult base = e.runsOf(0).get(r);
        assertThat(out).as("stayHomeFactor %s, replicate %d", stayHome, r).containsExactly(
            e.runsOf(1).get(r).totalConfirmed() - base.totalConfirmed(),
            e.runsOf(2).get(r).totalConfirmed() - base.totalConfirmed());
      }
    }
  }

  @Test
  void aScenarioWithoutTheHeadlineVariantsIsBadInput() {
    Experiment two = preset.withVariants(preset.variants().subList(0, 2));
    SensitivityProblem p = JinshaInputs.problem(preset.calibration());
    assertThatThrownBy(() -> JinshaSensitivity.of(two, p, 1)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--scenario").hasMessageContaining("response-late-city");
  }
}
