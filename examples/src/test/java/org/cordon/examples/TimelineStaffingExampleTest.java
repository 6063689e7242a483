package org.cordon.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.cordon.InvalidInputException;
import org.cordon.community.Community;
import org.cordon.simulation.scenario.ScenarioFile;
import org.cordon.simulation.scenario.StaffingSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineStaffingExampleTest {
  @Test
  void theShippedPlanPeaksWithTwoShiftsAtEveryCheckpointOnceTheCommunityIsSealed() {
    ScenarioFile plan = TimelineStaffingExample.shippedPlan();
    Community community = plan.community().load();
    int checkpoints = community.checkpoints().size();
    int honghuaGates = community.checkpointsOf(community.compoundId("Honghua")).size();

    StaffingSummary[] s = new StaffingSummary[1];
    String printed = Printed.by(out -> s[0] = TimelineStaffingExample.run(plan, out));

    // one post, two shifts at every checkpoint from 1 Feb (the plan's all-gates schedule)
    assertThat(s[0].peakGuards()).isEqualTo(2 * checkpoints);
    assertThat(s[0].peakGuardsDay()).isEqualTo(LocalDate.of(2020, 2, 1));
    assertThat(printed).contains("peak guards on duty: " + 2 * checkpoints + " from 2020-02-01\n");
    assertThat(printed).contains("scenario honghua-then-community: 2020-01-20 to 2020-02-15, 5 measures, ");
    // before the closure no guards; while only Honghua is sealed two posts at each of its gates, daytime
    assertThat(printed).containsPattern("2020-01-24 +0 +0 ");
    assertThat(printed).containsPattern("2020-01-26 +" + 2 * honghuaGates + " +0 ");
    // 160 survey staff from 28 Jan
    assertThat(printed).containsPattern("2020-01-28 +" + 2 * honghuaGates + " +160 ");
    assertThat(printed).contains("peak survey staff: 160\n");
    assertThat(printed.lines().filter(l -> l.startsWith("2020-"))).hasSize(27);
    assertThat(printed).contains("survey reached all " + community.households().size() + " households on "
        + s[0].allHouseholdsReached().orElseThrow());
  }

  @Test
  void aPlanWithAnUnknownCompoundIsRejectedWithItsLine(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "name: bad\ncommunity: {preset: jinsha-2020, seed: 1}\nstart: 2020-01-20\nend: 2020-02-15\n"
        + "timeline:\n  - {type: compound-closure, name: c, start: 2020-01-25, compounds: [Atlantis], mode: FULL, barrier: VEHICLES}\n");
    ScenarioFile file = ScenarioFile.read(bad);
    assertThatThrownBy(() -> TimelineStaffingExample.run(file, System.out))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("bad.yaml line 6")
        .hasMessageContaining("Atlantis");
  }
}
