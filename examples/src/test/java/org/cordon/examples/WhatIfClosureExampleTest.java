package org.cordon.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cordon.community.Community;
import org.cordon.simulation.experiment.ComparisonSummary;
import org.cordon.simulation.experiment.PairedComparison;
import org.junit.jupiter.api.Test;

class WhatIfClosureExampleTest {
  private static final String NUMBER = "(-?\\d+(?:\\.\\d)?)";

  @Test
  void theCommunityBuiltInCodeHasThreeCompoundsWithReturneesInOldTownOnly() {
    Community c = WhatIfClosureExample.smallCommunity();
    assertThat(c.residentCount()).isEqualTo(900);
    assertThat(c.compounds()).hasSize(3);
    assertThat(c.returneeCount()).isEqualTo(25);
    int oldTown = c.compoundId("Old town");
    for (int r = 0; r < c.residentCount(); r++) {
      if (c.arrivalDateOf(r) != null) {
        assertThat(c.compoundOf(r)).isEqualTo(oldTown);
      }
    }
  }

  @Test
  void printsThePairedDifferencesWithTheirIntervalsAsSummarised() {
    ComparisonSummary[] summary = new ComparisonSummary[1];
    String printed = Printed.by(out -> summary[0] = WhatIfClosureExample.run(40, 1, 2, out));

    assertThat(printed).contains("community: 900 residents, 3 compounds; 25 returnees in Old town",
        "40 paired runs, seed 1", "early  sealed 2020-01-25", "late   sealed 2020-02-01");
    Matcher infections = Pattern.compile("difference late - early, infections: median " + NUMBER
        + ", 5-95% interval \\[" + NUMBER + ", " + NUMBER + "\\]").matcher(printed);
    assertThat(infections.find()).as(printed).isTrue();
    double p5 = Double.parseDouble(infections.group(2));
    double median = Double.parseDouble(infections.group(1));
    double p95 = Double.parseDouble(infections.group(3));
    assertThat(p5).isLessThanOrEqualTo(median);
    assertThat(median).isLessThanOrEqualTo(p95);

    PairedComparison c = summary[0].comparisons().get(0);
    assertThat(c.variant()).isEqualTo("late");
    assertThat(c.versus()).isEqualTo("early");
    Matcher confirmed = Pattern.compile("difference late - early, confirmed:  median " + NUMBER
        + ", 5-95% interval \\[" + NUMBER + ", " + NUMBER + "\\], more in (\\d+)% of runs").matcher(printed);
    assertThat(confirmed.find()).as(printed).isTrue();
    assertThat(Double.parseDouble(confirmed.group(1))).isEqualTo(c.difference().median(), org.assertj.core.data.Offset.offset(0.05));
    assertThat(Double.parseDouble(confirmed.group(2))).isEqualTo(c.difference().p5(), org.assertj.core.data.Offset.offset(0.05));
    assertThat(Double.parseDouble(confirmed.group(3))).isEqualTo(c.difference().p95(), org.assertj.core.data.Offset.offset(0.05));
    assertThat(Integer.parseInt(confirmed.group(4))).isEqualTo((int) Math.round(100 * c.probabilityMore()));
  }

  @Test
  void theSameSeedPrintsTheSameOnOneAndThreeThreads() {
    assertThat(Printed.by(out -> WhatIfClosureExample.run(12, 5, 3, out)))
        .isEqualTo(Printed.by(out -> WhatIfClosureExample.run(12, 5, 1, out)));
  }
}
