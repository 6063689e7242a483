package org.cordon.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cordon.simulation.experiment.ComparisonSummary;
import org.cordon.simulation.experiment.JinshaExperiment;
import org.cordon.simulation.experiment.PairedComparison;
import org.cordon.simulation.experiment.VariantSummary;
import org.junit.jupiter.api.Test;

class JinshaComparisonExampleTest {
  @Test
  void printsEveryVariantAndEveryComparisonAgainstAsHappened() {
    ComparisonSummary[] s = new ComparisonSummary[1];
    String printed = Printed.by(out -> s[0] = JinshaComparisonExample.run(4, 1, 2, out));

    assertThat(s[0].variants()).extracting(VariantSummary::name).isEqualTo(JinshaExperiment.VARIANTS);
    assertThat(printed).startsWith("jinsha-2020: 4 runs per variant, seed 1, 2020-01-10 to 2020-03-08\n");
    assertThat(printed).contains("variant as-happened (first closure 2020-01-25)\n",
        "variant late-city (first closure 2020-02-10)\n",
        "variant late-province (first closure 2020-02-12)\n",
        "variant rest-late-city (first closure 2020-01-25)\n",
        "variant response-late-city (first closure 2020-02-10)\n",
        "variant never (first closure never)\n");
    for (VariantSummary v : s[0].variants()) {
      var by3Feb = v.confirmed().get(java.time.LocalDate.of(2020, 2, 3));
      assertThat(printed).contains(String.format("  confirmed by 2020-02-03: median %.1f (5-95%%: %.1f-%.1f)",
          by3Feb.median(), by3Feb.p5(), by3Feb.p95()));
    }
    List<PairedComparison> comparisons = s[0].comparisons();
    assertThat(comparisons).extracting(PairedComparison::variant).containsExactly("late-city", "late-province", "rest-late-city",
        "response-late-city", "never", "response-never");
    for (PairedComparison c : comparisons) {
      assertThat(printed).contains(String.format("%s vs as-happened by 2020-03-08: %+.0f confirmed (mean %+.2f;",
          c.variant(), c.difference().median(), c.mean()));
      assertThat(printed).contains(String.format("more cases in %.0f%% of runs, fewer in %.0f%%",
          100 * c.probabilityMore(), 100 * c.probabilityFewer()));
    }
  }
}
