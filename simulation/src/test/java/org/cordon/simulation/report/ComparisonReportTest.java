package org.cordon.simulation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.cordon.simulation.experiment.Band;
import org.cordon.simulation.experiment.Calibrated;
import org.cordon.simulation.experiment.Comparison;
import org.cordon.simulation.experiment.ComparisonSummary;
import org.cordon.simulation.experiment.Ensemble;
import org.cordon.simulation.experiment.MonteCarlo;
import org.cordon.simulation.experiment.PairedComparison;
import org.cordon.simulation.experiment.Scenarios;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report data built from a small Jinsha comparison agrees with the comparison's summary. */
class ComparisonReportTest {
  static ComparisonSummary summary;
  static ReportData data;

  @BeforeAll
  static void compare() {
    Ensemble e = MonteCarlo.run(Scenarios.resolve("jinsha-2020"), 8, 11L, 2);
    summary = Comparison.summarize(e);
    data = ComparisonReport.of(e, summary, Optional.of(Calibrated.jinsha2020()), "cordon compare --runs 8 --seed 11");
  }

  @Test
  void histogramsHoldThePairedDifferencesOfTheSummary() {
    // the rows by the last day, then those by the end of the runs, in the summary's order
    java.util.List<PairedComparison> all = new java.util.ArrayList<>(summary.comparisons());
    all.addAll(summary.endComparisons());
    assertThat(summary.endComparisons()).hasSameSizeAs(summary.comparisons());
    assertThat(data.differences()).hasSameSizeAs(all);
    assertThat(data.headlineDifferences()).allMatch(DifferenceRow::toEnd).hasSameSizeAs(summary.endComparisons());
    for (int i = 0; i < all.size(); i++) {
      PairedComparison c = all.get(i);
      DifferenceRow r = data.differences().get(i);
      assertThat(r.toEnd()).isEqualTo(c.toEnd());
      assertThat(r.variant()).isEqualTo(c.variant());
      assertThat(r.replicates()).hasSize(8);
      assertThat(Band.of(r.replicates())).isEqualTo(c.difference());
      long more = java.util.Arrays.stream(r.replicates()).filter(d -> d > 0).count();
      long fewer = java.util.Arrays.stream(r.replicates()).filter(d -> d < 0).count();
      assertThat(more / 8.0).isEqualTo(c.probabilityMore()).isEqualTo(r.probabilityMore());
      assertThat(fewer / 8.0).isEqualTo(c.probabilityFewer()).isEqualTo(r.probabilityFewer());
      assertThat(java.util.Arrays.stream(r.replicates()).average().orElseThrow()).isEqualTo(c.mean()).isEqualTo(r.mean());
    }
  }

  @Test
  void tableRowsAreTheSummarysBands() {
    for (int k = 0; k < summary.variants().size(); k++) {
      var v = summary.variants().get(k);
      var row = data.table().get(k);
      assertThat(row.name()).isEqualTo(v.name());
      v.confirmed().forEach((d, b) ->
          assertThat(row.confirmed().get(d)).isEqualTo(new Quantiles(b.median(), b.p5(), b.p95())));
      Band f = v.finalConfirmed();
      assertThat(row.finalConfirmed()).contains(new Quantiles(f.median(), f.p5(), f.p95()));
    }
  }

  @Test
  void staffingComesFromTheTimelinesAndMeasuresAreDated() {
    VariantSeries asHappened = data.series().get(0);
    VariantSeries never = data.series().stream().filter(v -> v.name().equals("never")).findFirst().orElseThrow();
    assertThat(asHappened.staffing()).hasSize(summary.daily().size() / summary.variants().size());
    assertThat(asHappened.staffing()).anyMatch(p -> p.surveyStaff() > 0);
    assertThat(asHappened.staffing()).anyMatch(p -> p.guards() > 0);
    assertThat(never.staffing()).allMatch(p -> p.guards() == 0);
    assertThat(data.events()).anyMatch(e -> e.date().equals(LocalDate.of(2020, 2, 1)) && e.label().contains("community-closure"));
  }

  @Test
  void everyParameterHasASourceOrIsAnAssumption() {
    assertThat(data.parameters()).isNotEmpty().allMatch(p -> !p.source().isBlank());
    var fitted = Calibrated.jinsha2020().assumptions().keySet();
    assertThat(data.parameters()).filteredOn(p -> p.group().equals("containment")).isNotEmpty()
        .allMatch(p -> p.isAssumption() != fitted.contains(p.name()));
    assertThat(data.parameters()).anyMatch(p -> p.name().equals("incubationMeanlog") && p.source().contains("Lauer"));
    assertThat(data.calibration()).isPresent();
    assertThat(data.calibration().get().checks()).extracting(CalibrationFit.Check::quantity)
        .contains("confirmed by 2020-01-27", "confirmed by 2020-02-03", "close contacts traced");
  }
}
