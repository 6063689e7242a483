package org.cordon.simulation.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cordon.simulation.scenario.ScenarioFixtures.*;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.cordon.measure.ContainmentAssumptions;
import org.cordon.measure.JinshaResponse;
import org.cordon.measure.JinshaTimeline;
import org.cordon.measure.Measure;
import org.cordon.measure.MeasureException;
import org.cordon.measure.PolicyTimeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * YAML round trip over 100 seeded random variants of the Jinsha timeline: random closure dates
 * (or none), a random subset of its measures, random assumptions.
 */
class TimelineYamlRoundTripTest {

  static java.util.stream.LongStream seeds() {
    return java.util.stream.LongStream.range(0, 100);
  }

  private static Optional<LocalDateTime> maybeDate(SplittableRandom rng) {
    return rng.nextInt(4) == 0
        ? Optional.empty()
        : Optional.of(JinshaTimeline.FIRST_DAY.plusDays(10 + rng.nextInt(40)).atTime(rng.nextInt(24), 15 * rng.nextInt(4)));
  }

  static PolicyTimeline randomVariant(long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    List<Measure> all = JinshaTimeline.measures(COMMUNITY, new JinshaResponse(maybeDate(rng), maybeDate(rng), maybeDate(rng), maybeDate(rng), maybeDate(rng), maybeDate(rng)));
    ContainmentAssumptions.Builder a = ContainmentAssumptions.defaults().toBuilder();
    for (String name : ContainmentAssumptions.defaults().asMap().keySet()) {
      if (rng.nextBoolean()) {
        a.set(name, rng.nextInt(1001) / 1000.0);
      }
    }
    List<Measure> kept = new ArrayList<>();
    for (Measure m : all) {
      if (rng.nextInt(5) == 0) {
        continue;
      }
      kept.add(m);
      try {
        PolicyTimeline.builder(COMMUNITY, JinshaTimeline.FIRST_DAY, JinshaTimeline.LAST_DAY).addAll(kept).build();
      } catch (MeasureException e) {
        kept.remove(kept.size() - 1); // e.g. guards whose closure was dropped
      }
    }
    return PolicyTimeline.builder(COMMUNITY, JinshaTimeline.FIRST_DAY, JinshaTimeline.LAST_DAY)
        .addAll(kept)
        .assumptions(a.build())
        .build();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aWrittenTimelineReadsBackEqual(long seed) {
    PolicyTimeline t = randomVariant(seed);
    String yaml = ScenarioFile.toYaml(ScenarioFile.tree("random-" + seed, CommunitySpec.preset("jinsha-2020", seed), t));
    ScenarioFile file = ScenarioFile.parse("random.yaml", yaml, BASE);
    assertThat(file.name()).isEqualTo("random-" + seed);
    assertThat(file.community()).isEqualTo(CommunitySpec.preset("jinsha-2020", seed));
    assertThat(file.timeline(COMMUNITY)).isEqualTo(t);
  }
}
