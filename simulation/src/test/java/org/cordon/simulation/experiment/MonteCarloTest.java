package org.cordon.simulation.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cordon.community.Community;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.engine.Interventions;
import org.cordon.simulation.engine.TestCommunities;
import org.cordon.simulation.engine.TestTimelines;
import org.cordon.measure.GuardHours;
import org.junit.jupiter.api.Test;

class MonteCarloTest {
  private static final LocalDate START = LocalDate.of(2020, 1, 10);

  private static Experiment small() {
    Community c = TestCommunities.grid(3, 4, 20, 3, 4, -1, START.plusDays(3));
    ModelParameters p = ModelParameters.defaults().with(org.cordon.simulation.disease.ImportParameters.ofWuhanShare(0.2));
    // every compound sealed from day 10, guarded by day until day 12 and around the clock after;
    // gates leak 0.05 guarded and 0.3 unguarded; both variants trace contacts from the first day
    LocalDate end = START.plusDays(40);
    List<Integer> all = List.of(0, 1, 2);
    var leakage = TestTimelines.leakage(0.05, 0.3);
    Interventions sealed = TestTimelines.of(c, START, end, leakage,
        TestTimelines.quarantine(START),
        TestTimelines.closure("closure", START.plusDays(10), all),
        TestTimelines.guards("day-guards", START.plusDays(10), START.plusDays(12), GuardHours.DAYTIME, all),
        TestTimelines.guards("24h-guards", START.plusDays(12), null, GuardHours.ALL_DAY, all));
    Interventions open = TestTimelines.of(c, START, end, leakage, TestTimelines.quarantine(START));
    return new Experiment("small", c, START, end, p, List.of(
        new Variant("early", Optional.of(START.plusDays(10)), sealed),
        new Variant("never", Optional.empty(), open)));
  }

  @Test
  void sameSeedGivesIdenticalSummaryJsonOnOneAndFourThreads() {
    Experiment e = small();
    String one = SummaryJson.toJson(Comparison.summarize(MonteCarlo.run(e, 24, 7, 1)));
    String four = SummaryJson.toJson(Comparison.summarize(MonteCarlo.run(e, 24, 7, 4)));
    assertThat(four).isEqualTo(one);
    assertThat(DailyCsv.toCsv(Comparison.summarize(MonteCarlo.run(e, 24, 7, 3))))
        .isEqualTo(DailyCsv.toCsv(Comparison.summarize(MonteCarlo.run(e, 24, 7, 1))));
  }

  @Test
  void anotherSeedGivesAnotherSummary() {
    Experiment e = small();
    assertThat(SummaryJson.toJson(Comparison.summarize(MonteCarlo.run(e, 16, 8, 2))))
        .isNotEqualTo(SummaryJson.toJson(Comparison.summarize(MonteCarlo.run(e, 16, 7, 2))));
  }

  @Test
  void pairedVariantsShareTheirImportsAndAgreeBeforeTheyDiverge() {
    Ensemble en = MonteCarlo.run(small(), 12, 3, 2);
    for (int i = 0; i < 12; i++) {
      var early = en.runsOf(0).get(i);
      var never = en.runsOf(1).get(i);
      assertThat(early.newImported()).isEqualTo(never.newImported());
      // identical until the closure on day 10
      for (int d = 0; d < 10; d++) {
        assertThat(early.newInfections()[d]).as("replicate %d day %d", i, d).isEqualTo(never.newInfections()[d]);
      }
    }
  }

  @Test
  void summaryHasFinalCountsAndComparisonsByTheEnd() throws Exception {
    // a short horizon (12 days): the outbreak is still going on the last day, and is followed
    Experiment e = small();
    Experiment shortened = new Experiment(e.name(), e.community(), e.start(), e.start().plusDays(11), e.parameters(),
        e.variants());
    ComparisonSummary s = Comparison.summarize(MonteCarlo.run(shortened, 8, 1, 2));
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(SummaryJson.toJson(s));
    assertThat(json.get("followUp").get("maxDays").asInt()).isEqualTo(Experiment.DEFAULT_FOLLOW_UP_DAYS);
    assertThat(json.get("followUp").get("runsCapped").asInt()).isZero();
    for (var v : json.get("variants")) {
      var fin = v.get("final");
      assertThat(fin.get("confirmed").get("median").asInt())
          .isGreaterThanOrEqualTo(v.get("confirmed").get("2020-01-21").get("median").asInt());
      assertThat(fin.get("infected").get("median").asInt())
          .isGreaterThanOrEqualTo(v.get("infected").get("2020-01-21").get("median").asInt());
      assertThat(fin.get("runsCapped").asInt()).isZero();
    }
    var byEnd = new java.util.ArrayList<String>();
    for (var c : json.get("comparisons")) {
      byEnd.add(c.get("by").asText());
    }
    assertThat(byEnd).containsExactly("2020-01-21", "end");
    // the end comparison is the paired difference of the final counts
    var en = MonteCarlo.run(shortened, 8, 1, 2);
    int sum = 0;
    boolean grew = false;
    for (int i = 0; i < 8; i++) {
      sum += en.runsOf(1).get(i).finalConfirmed() - en.runsOf(0).get(i).finalConfirmed();
      grew |= en.runsOf(0).get(i).finalInfections() > en.runsOf(0).get(i).totalInfections();
    }
    assertThat(grew).as("some run went on past the last day").isTrue();
    assertThat(s.endComparisons().get(0).mean()).isEqualTo(sum / 8.0);
    assertThat(s.endComparisons().get(0).toEnd()).isTrue();
  }

  @Test
  void summaryHasTheReportedFields() {
    ComparisonSummary s = Comparison.summarize(MonteCarlo.run(small(), 8, 1, 2));
    String json = SummaryJson.toJson(s);
    assertThat(json).contains("\"scenario\" : \"small\"", "\"runs\" : 8", "\"seed\" : 1", "\"closureDate\" : \"2020-01-20\"",
        "\"closureDate\" : null", "\"probabilityMore\"", "\"probabilityFewer\"", "\"mean\"", "\"householdAttackRate\"", "\"closeContacts\"", "\"versus\" : \"early\"");
    assertThat(s.comparisons()).hasSize(1);
    assertThat(s.daily()).hasSize(2 * 41);
    assertThat(DailyCsv.toCsv(s).lines().findFirst().orElseThrow()).isEqualTo(DailyCsv.header());
  }

  @Test
  void bandsOfRatesAreType7Quantiles() {
    Band b = Band.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
    assertThat(b.median()).isEqualTo(6);
    assertThat(b.p5()).isEqualTo(1.5);
    assertThat(b.p95()).isEqualTo(10.5);
    assertThat(Band.of(new double[] {Double.NaN}).median()).isNaN();
  }

  @Test
  void bandsOfCountsAreNearestRankWholeNumbers() {
    Band b = Band.of(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
    // ranks ceil(0.5 * 11) = 6, ceil(0.05 * 11) = 1, ceil(0.95 * 11) = 11
    assertThat(b).isEqualTo(new Band(6, 1, 11));
    int[] twenty = new int[20];
    for (int i = 0; i < 20; i++) {
      twenty[i] = 19 - i; // 0..19, unsorted
    }
    // ranks 10, 1, 19 of 0..19 (type 7 would give 9.5, 0.95 and 18.05)
    assertThat(Band.of(twenty)).isEqualTo(new Band(9, 0, 18));
    int[] twoHundred = new int[200];
    for (int i = 0; i < 200; i++) {
      twoHundred[i] = i;
    }
    assertThat(Band.of(twoHundred)).isEqualTo(new Band(99, 9, 189));
    assertThat(Band.of(new int[0]).median()).isNaN();
  }

  @Test
  void pairedComparisonCountsMoreFewerAndTheMean() {
    PairedComparison c = PairedComparison.of("late", "early", START, new int[] {-2, 0, 0, 1, 3, 10});
    assertThat(c.mean()).isEqualTo(2.0);
    assertThat(c.probabilityMore()).isEqualTo(3 / 6.0);
    assertThat(c.probabilityFewer()).isEqualTo(1 / 6.0);
    assertThat(c.difference()).isEqualTo(new Band(0, -2, 10));
  }
}
