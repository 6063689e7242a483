package org.cordon.simulation.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.cordon.InvalidInputException;
import org.cordon.community.Community;
import org.cordon.measure.ContainmentAssumptions;
import org.cordon.measure.JinshaResponse;
import org.cordon.measure.JinshaTimeline;
import org.cordon.measure.PolicyTimeline;
import org.cordon.simulation.engine.TimelineInterventions;
import org.cordon.simulation.scenario.CommunitySpec;
import org.cordon.simulation.scenario.ScenarioFile;
import org.cordon.simulation.scenario.TimelineYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code jinsha:} shorthand gives the same timelines as writing them out in full. */
class JinshaShorthandTest {
  private static final Community COMMUNITY = Scenarios.jinshaCommunity();
  private static final ContainmentAssumptions ASSUMPTIONS =
      ContainmentAssumptions.defaults().toBuilder().set("vehicleLeakUnguarded", 0.6).build();

  private static Experiment read(List<JinshaExperiment.Named> variants, boolean full) {
    PolicyTimeline first = JinshaTimeline.build(COMMUNITY, variants.get(0).response());
    ObjectNode tree = ScenarioFile.tree("t", CommunitySpec.preset("jinsha-2020", 1), first);
    tree.set("assumptions", TimelineYaml.writeAssumptions(ASSUMPTIONS));
    ArrayNode vs = tree.putArray("variants");
    for (JinshaExperiment.Named n : variants) {
      ObjectNode v = vs.addObject().put("name", n.name());
      if (full) {
        v.put("closureDate", n.response().firstClosure().map(t -> t.toLocalDate().toString()).orElse("never"));
        v.set("timeline", TimelineYaml.writeMeasures(JinshaTimeline.build(COMMUNITY, n.response())));
      } else {
        v.set("jinsha", PresetYaml.shorthand(n.response()));
      }
    }
    return ScenarioYaml.of(ScenarioFile.parse("t.yaml", ScenarioFile.toYaml(tree), Path.of(".")));
  }

  private static PolicyTimeline timeline(Variant v) {
    return ((TimelineInterventions) v.interventions()).timeline();
  }

  private static void assertSameVariants(Experiment a, Experiment b) {
    assertThat(a.variants()).hasSameSizeAs(b.variants());
    for (int k = 0; k < a.variants().size(); k++) {
      Variant x = a.variants().get(k);
      Variant y = b.variants().get(k);
      assertThat(x.name()).isEqualTo(y.name());
      assertThat(x.closureDate()).as(x.name()).isEqualTo(y.closureDate());
      assertThat(timeline(x)).as(x.name()).isEqualTo(timeline(y));
      assertThat(timeline(x).staffing()).as(x.name()).isEqualTo(timeline(y).staffing());
    }
  }

  @Test
  void thePresetVariantsFromTheShorthandEqualTheirTimelinesWrittenOut() {
    Experiment shorthand = read(JinshaExperiment.PRESET, false);
    assertSameVariants(shorthand, read(JinshaExperiment.PRESET, true));
    // and both equal the preset's own variants
    Experiment preset = JinshaExperiment.of(COMMUNITY, shorthand.parameters(), ASSUMPTIONS);
    assertSameVariants(shorthand, preset);
  }

  private static Optional<LocalDateTime> maybe(SplittableRandom rng) {
    return rng.nextInt(4) == 0 ? Optional.empty()
        : Optional.of(JinshaTimeline.FIRST_DAY.plusDays(5 + rng.nextInt(45)).atTime(rng.nextInt(24), 30 * rng.nextInt(2)));
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void randomPartsFromTheShorthandEqualTheirTimelinesWrittenOut(long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    List<JinshaExperiment.Named> variants = List.of(
        new JinshaExperiment.Named("a", new JinshaResponse(maybe(rng), maybe(rng), maybe(rng), maybe(rng), maybe(rng), maybe(rng))),
        new JinshaExperiment.Named("b", new JinshaResponse(maybe(rng), maybe(rng), maybe(rng), maybe(rng), maybe(rng), maybe(rng))));
    assertSameVariants(read(variants, false), read(variants, true));
  }

  @Test
  void aPartNotGivenIsAsItHappenedAndADateMeansEightOClock() {
    YamlCase c = new YamlCase("{survey: 2020-02-10}");
    assertThat(c.response()).isEqualTo(c.expectedSurveyMoved());
  }

  @Test
  void anUnknownPartIsRejectedWithItsLine() {
    assertThatThrownBy(() -> new YamlCase("{closure: 2020-02-10}").response())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("line 6")
        .hasMessageContaining("closure");
  }

  /** A {@code jinsha:} mapping parsed on its own. */
  private record YamlCase(String flow) {
    JinshaResponse response() {
      ScenarioFile f = ScenarioFile.parse("j.yaml", "name: j\ncommunity: {preset: jinsha-2020, seed: 1}\nstart: 2020-01-10\n"
          + "end: 2020-03-08\nvariants:\n  - {name: v, jinsha: " + flow + "}\n", Path.of("."));
      return ScenarioYaml.response(f.section("variants").orElseThrow().items().get(0).require("jinsha"));
    }

    JinshaResponse expectedSurveyMoved() {
      JinshaResponse h = JinshaResponse.asItHappened();
      return new JinshaResponse(h.honghua(), h.community(), h.disinfection(),
          Optional.of(LocalDateTime.of(2020, 2, 10, 8, 0)), h.quarantine(), h.isolationSwitch());
    }
  }
}
