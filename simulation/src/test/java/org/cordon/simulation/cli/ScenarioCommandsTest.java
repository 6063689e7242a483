package org.cordon.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cordon.community.Community;
import org.cordon.measure.JinshaResponse;
import org.cordon.measure.JinshaTimeline;
import org.cordon.measure.PolicyTimeline;
import org.cordon.simulation.engine.TimelineInterventions;
import org.cordon.simulation.experiment.Calibrated;
import org.cordon.simulation.experiment.Experiment;
import org.cordon.simulation.experiment.JinshaExperiment;
import org.cordon.simulation.experiment.ScenarioYaml;
import org.cordon.simulation.experiment.Scenarios;
import org.cordon.simulation.experiment.Variant;
import org.cordon.simulation.scenario.ScenarioFile;
import org.cordon.simulation.scenario.CommunitySpec;
import org.cordon.simulation.scenario.ScenarioPresets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cordon scenario show|check} and {@code cordon staffing}, run in-process on the preset. */
class ScenarioCommandsTest {
  private static PolicyTimeline preset;
  private static Community community;

  @BeforeAll
  static void synthesizeOnce() {
    preset = ScenarioPresets.jinsha2020("jinsha-2020", CommunitySpec.preset("jinsha-2020", 1), JinshaResponse.asItHappened()).timeline();
    community = preset.community();
  }


  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void scenarioShowPrintsYamlThatLoadsBackIntoAnEqualCalibratedTimeline() {
    CliRun r = run("scenario", "show", "jinsha-2020");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("\nname: jinsha-2020\n", "type: compound-closure", "calibration: jinsha-2020");
    ScenarioFile file = ScenarioFile.parse("shown.yaml", r.out(), Path.of("."));
    Experiment presetExperiment = Scenarios.resolve("jinsha-2020");
    PolicyTimeline calibrated = ((TimelineInterventions) presetExperiment.variants().get(0).interventions()).timeline();
    assertThat(calibrated.measures()).isEqualTo(preset.measures());
    Experiment shown = ScenarioYaml.of(file);
    assertThat(((TimelineInterventions) shown.variants().get(0).interventions()).timeline()).isEqualTo(calibrated);
    assertThat(shown.variants()).extracting(Variant::name).isEqualTo(JinshaExperiment.VARIANTS);
    assertThat(shown.parameterDraws()).isEqualTo(presetExperiment.parameterDraws()).isNotEmpty();
  }

  @Test
  void theShownCalibratedPresetGivesTheSameSummaryJsonAsThePreset(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("jinsha.yaml");
    Files.writeString(f, run("scenario", "show", "jinsha-2020").out());
    Path a = dir.resolve("preset");
    Path b = dir.resolve("file");
    assertThat(run("compare", "--runs", "6", "--seed", "3", "--no-report", "--quiet", "--out", a.toString()).exit()).isZero();
    assertThat(run("compare", "--scenario", f.toString(), "--runs", "6", "--seed", "3", "--no-report", "--quiet",
        "--out", b.toString()).exit()).isZero();
    assertThat(Files.readAllBytes(b.resolve("summary.json"))).isEqualTo(Files.readAllBytes(a.resolve("summary.json")));
    assertThat(Files.readAllBytes(b.resolve("daily.csv"))).isEqualTo(Files.readAllBytes(a.resolve("daily.csv")));
  }

  @Test
  void theShownYamlChecksAsAFileAndTheClosureDateCanBeMoved(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("late.yaml");
    Files.writeString(f, run("scenario", "show", "jinsha-2020", "--community-closure", "2020-02-10").out());
    CliRun check = run("scenario", "check", f.toString());
    assertThat(check.exit()).isZero();
    assertThat(check.out()).contains("jinsha-2020: valid: " + preset.measures().size() + " measures");
    PolicyTimeline late = ScenarioFile.read(f).timeline(community);
    assertThat(late.measure("community-closure").orElseThrow().start()).isEqualTo(
        java.time.LocalDateTime.of(2020, 2, 10, 8, 0));
    assertThat(late).isNotEqualTo(preset);
  }

  @Test
  void staffingTablesThePeakGuardsAgainstTheArticleAndTheDayTheSurveyReachedEveryone() {
    CliRun r = run("staffing", "--scenario", "jinsha-2020");
    assertThat(r.exit()).isZero();
    // preset rules (JinshaTimeline.guardPlan), day and night shift from 3 Feb: 3 supply gates x 2 posts,
    // 15 other boundary gates x 1, a patrol of 2 for each third of the 195 compound gates (65)
    int boundary = community.checkpointsOf(org.cordon.community.Community.NONE).size();
    int compoundGates = community.checkpoints().size() - boundary;
    assertThat(boundary).isEqualTo(18);
    int peak = 2 * (3 * 2 + (boundary - 3) + 2 * ((compoundGates + 2) / 3));
    assertThat(peak).isEqualTo(302).isBetween(275, 337); // the article's 306 within 10%
    assertThat(r.out()).contains("peak guards on duty: " + peak + " on 2020-02-03 (article: about a dozen growing to 306");
    // 160 staff x 10 a day: returnee households on 28-29 Jan, then 1,600 a day from 1 Feb
    assertThat(r.out()).contains("survey reached all 7,897 households on 2020-02-04, day 8 of the survey (article: \"one week\"");
    assertThat(r.out()).contains("2020-01-25      10       0");
  }

  @Test
  void staffingAsCsvHasOneRowPerDay() {
    CliRun r = run("staffing", "--scenario", "jinsha-2020", "--format", "csv");
    String[] lines = r.out().split("\n");
    assertThat(lines[0]).isEqualTo(
        "date,guards_on_duty,survey_staff,scope,households_in_scope,households_reached,residents_in_scope,residents_reached,first_visits");
    assertThat(lines).hasSize(1 + preset.dayCount());
    assertThat(lines).contains("2020-02-04,302,160,ALL_RESIDENTS,7897,7897,26707,26707,450");
  }

  @Test
  void staffingAsJsonCarriesTheSummaryAndTheAssumptions() throws Exception {
    CliRun r = run("staffing", "--scenario", "jinsha-2020", "--format", "json");
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("days")).hasSize(preset.dayCount());
    assertThat(root.at("/summary/peakGuards").asInt()).isEqualTo(preset.guardsOnDuty(java.time.LocalDate.of(2020, 2, 3)));
    assertThat(root.at("/summary/articlePeakGuards").asInt()).isEqualTo(306);
    assertThat(root.at("/summary/surveyDaysToReachAll").asInt()).isEqualTo(8);
    assertThat(root.at("/assumptions/ironSheetLeakGuarded/label").asText()).isEqualTo("assumption");
  }

  @Test
  void thePresetTimelineRunsOnAScaledCommunityAndOnARegisterWrittenFromThePreset(@TempDir Path dir) throws Exception {
    CliRun scaled = run("staffing", "--scenario", "jinsha-2020", "--residents", "3000", "--seed", "4", "--format", "csv");
    assertThat(scaled.exit()).isZero();
    assertThat(scaled.out().split("\n")).hasSize(1 + preset.dayCount());
    CliRun shown = run("scenario", "show", "jinsha-2020", "--residents", "3000", "--seed", "4");
    assertThat(shown.out()).contains("  seed: 4\n  residents: 3000\n");

    org.cordon.community.register.RegisterWriter.write(community, dir.resolve("reg"));
    CliRun fromRegister = run("staffing", "--scenario", "jinsha-2020", "--register", dir.resolve("reg").toString(), "--format", "csv");
    assertThat(fromRegister.out()).isEqualTo(run("staffing", "--scenario", "jinsha-2020", "--format", "csv").out());
    Path f = dir.resolve("reg.yaml");
    Files.writeString(f, run("scenario", "show", "jinsha-2020", "--register", dir.resolve("reg").toString()).out());
    PolicyTimeline fromFile = ScenarioFile.read(f).timeline(community);
    assertThat(fromFile.measures()).isEqualTo(preset.measures());
    assertThat(fromFile.assumptions()).isEqualTo(Calibrated.jinsha2020().apply(preset.assumptions()));
  }

  @Test
  void aBadScenarioFilePrintsOneLineWithFileLineAndFieldAndExitsNonZero(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.yaml");
    Files.writeString(f, "name: bad\ncommunity: {preset: jinsha-2020}\nstart: 2020-01-20\nend: 2020-02-29\n"
        + "assumptions:\n  entryOnlyInflow: 1.5\n");
    CliRun r = run("staffing", "--scenario", f.toString());
    assertThat(r.exit()).isEqualTo(CordonCommand.EXIT_BAD_INPUT);
    assertThat(r.err()).isEqualTo("cordon: " + f + " line 6, field assumptions.entryOnlyInflow: must be a probability in [0, 1]: 1.5"
        + System.lineSeparator());
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aMissingFileAnUnknownCompoundAndAPresetOptionOnAFileAreOneLineErrors(@TempDir Path dir) throws Exception {
    CliRun missing = run("scenario", "show", dir.resolve("none.yaml").toString());
    assertThat(missing.exit()).isEqualTo(CordonCommand.EXIT_BAD_INPUT);
    assertThat(missing.err()).contains("nor a file: '").contains("none.yaml'").doesNotContain("\n\tat ");

    Path f = dir.resolve("s.yaml");
    Files.writeString(f, "name: s\ncommunity: {preset: jinsha-2020}\nstart: 2020-01-20\nend: 2020-02-29\ntimeline:\n"
        + "  - {type: building-passage-closure, name: p, start: 2020-02-01, compounds: [Honghau]}\n");
    CliRun unknown = run("scenario", "check", f.toString());
    assertThat(unknown.exit()).isEqualTo(CordonCommand.EXIT_BAD_INPUT);
    assertThat(unknown.err().strip()).isEqualTo("cordon: " + f + " line 6, field timeline[0].compounds[0]: unknown compound 'Honghau'");

    CliRun seedOnFile = run("staffing", "--scenario", f.toString(), "--seed", "2");
    assertThat(seedOnFile.err().strip()).isEqualTo(
        "cordon: --register/--preset/--seed/--residents: only for a preset scenario; a scenario file names its community");
    CliRun badDate = run("scenario", "show", "jinsha-2020", "--community-closure", "soon");
    assertThat(badDate.err().strip()).startsWith("cordon: --community-closure: not a date");
    assertThat(run("staffing", "--scenario", "jinsha-2020", "--format", "xml").exit()).isEqualTo(CordonCommand.EXIT_BAD_INPUT);
  }
}
