package org.cordon.simulation.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.cordon.InvalidInputException;
import org.cordon.simulation.scenario.ScenarioFile;
import org.junit.jupiter.api.Test;

class ScenarioYamlTest {
  private static final String HEAD = String.join("\n",
      "name: mini",
      "community: {preset: jinsha-2020, seed: 1}",
      "start: 2020-01-10",
      "end: 2020-03-08",
      "");

  private static Experiment parse(String body) {
    return ScenarioYaml.of(ScenarioFile.parse("mini.yaml", HEAD + body, Path.of(".")));
  }

  @Test
  void diseaseImportsAndVariantsAreRead() {
    Experiment e = parse(String.join("\n",
        "disease:",
        "  asymptomaticShare: 0.3",
        "  transmission: {transmissionScale: 0.5}",
        "  caseFinding: {contactsOutsideHousehold: 4}",
        "imports: {shareInfectedWuhan: 0.01}",
        "variants:",
        "  - name: as-happened",
        "    closureDate: 2020-01-25",
        "    jinsha: {honghua: 2020-01-25T13:00, community: 2020-02-01T08:00}",
        "  - name: never",
        "    closureDate: never",
        "    jinsha: {honghua: never, community: never}",
        "  - {name: nothing, timeline: [], assumptions: {disinfectionFactor: 0.5}}",
        ""));
    assertThat(e.parameters().disease().asymptomaticShare()).isEqualTo(0.3);
    assertThat(e.parameters().transmission().transmissionScale()).isEqualTo(0.5);
    assertThat(e.parameters().caseFinding().contactsOutsideHousehold()).isEqualTo(4);
    assertThat(e.parameters().imports().shareInfectedWuhan()).isEqualTo(0.01);
    assertThat(e.parameters().disease().incubationMeanlog()).isEqualTo(1.621);
    assertThat(e.variants()).extracting(Variant::name).containsExactly("as-happened", "never", "nothing");
    assertThat(((org.cordon.simulation.engine.TimelineInterventions) e.variants().get(2).interventions())
        .timeline().assumptions().disinfectionFactor()).isEqualTo(0.5);
    assertThat(e.variants().get(0).closureDate()).contains(LocalDate.of(2020, 1, 25));
    assertThat(e.variants().get(1).closureDate()).isEmpty();
    assertThat(MonteCarlo.run(e, 2, 1, 1).runsOf(1)).hasSize(2);
  }

  @Test
  void theFeverCourseAndTheQuarantineSettingAreRead() {
    Experiment e = parse(String.join("\n",
        "disease:",
        "  caseFinding: {feverOnsetMeanDays: 3.2, quarantineSetting: HOME, facilityQuarantineFrom: 2020-01-28}",
        ""));
    var cf = e.parameters().caseFinding();
    assertThat(cf.feverOnsetMeanDays()).isEqualTo(3.2);
    assertThat(cf.quarantineSetting()).isEqualTo(org.cordon.simulation.disease.QuarantineSetting.HOME);
    assertThat(cf.facilityQuarantineFrom()).isEqualTo(LocalDate.of(2020, 1, 28));
    assertThat(cf.febrileShare()).isEqualTo(0.887);
    assertThat(parse("disease:\n  transmission: {transmissionScale: 0.5}\n").parameters().caseFinding().quarantineSetting())
        .isEqualTo(org.cordon.simulation.disease.QuarantineSetting.FACILITY);
  }

  @Test
  void anUnknownQuarantineSettingOrANegativeFeverDelayIsRejectedWithItsLine() {
    assertThatThrownBy(() -> parse("disease:\n  caseFinding:\n    quarantineSetting: HOTEL\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("mini.yaml line 7")
        .hasMessageContaining("HOME, FACILITY").hasMessageContaining("HOTEL");
    assertThatThrownBy(() -> parse("disease:\n  caseFinding:\n    feverOnsetMeanDays: -1\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("mini.yaml line 7")
        .hasMessageContaining("feverOnsetMeanDays");
  }

  @Test
  void aProbabilityAboveOneIsRejectedWithItsLine() {
    assertThatThrownBy(() -> parse("disease:\n  asymptomaticShare: 1.5\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("mini.yaml line 6")
        .hasMessageContaining("asymptomaticShare");
  }

  @Test
  void anUnknownDiseaseKeyIsRejected() {
    assertThatThrownBy(() -> parse("disease:\n  incubation: 5\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("line 6")
        .hasMessageContaining("unknown key");
  }

  @Test
  void aNegativeRateIsRejected() {
    assertThatThrownBy(() -> parse("disease:\n  transmission:\n    household: -1\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("line 7")
        .hasMessageContaining("household");
  }

  @Test
  void duplicateVariantNamesAreRejected() {
    assertThatThrownBy(() -> parse("variants:\n  - name: a\n  - name: a\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("duplicate variant");
  }

  @Test
  void aBlankVariantNameNamesItsLine() {
    assertThatThrownBy(() -> parse("variants:\n  - name: a\n  - name: \"  \"\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("mini.yaml line 7, field variants[1].name")
        .hasMessageContaining("blank");
  }
}
