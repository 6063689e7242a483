package org.cordon.simulation.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cordon.simulation.scenario.ScenarioFixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cordon.InvalidInputException;
import org.cordon.contact.Layer;
import org.cordon.measure.BarrierType;
import org.cordon.measure.CheckpointSet;
import org.cordon.measure.ClosureMode;
import org.cordon.measure.CompoundClosure;
import org.cordon.measure.ContactQuarantine;
import org.cordon.measure.ContainmentAssumptions;
import org.cordon.measure.GuardHours;
import org.cordon.measure.GuardSchedule;
import org.cordon.measure.JinshaResponse;
import org.cordon.measure.JinshaTimeline;
import org.cordon.measure.PolicyTimeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimelineYamlTest {

  private static PolicyTimeline roundTrip(PolicyTimeline t) {
    String yaml = ScenarioFile.toYaml(ScenarioFile.tree("x", CommunitySpec.preset("jinsha-2020", 1), t));
    return ScenarioFile.parse("x.yaml", yaml, BASE).timeline(COMMUNITY);
  }

  private static PolicyTimeline load(String text) {
    return ScenarioFile.parse("s.yaml", text, BASE).timeline(COMMUNITY);
  }

  @Test
  void theJinshaPresetWrittenAsYamlLoadsBackEqual() {
    for (JinshaResponse dates :
        List.of(
            JinshaResponse.asItHappened(),
            JinshaResponse.closureFrom(JinshaResponse.startOf(JinshaTimeline.CITY_CLOSURE_DATE)),
            JinshaResponse.localResponseFrom(JinshaResponse.startOf(JinshaTimeline.CITY_CLOSURE_DATE)),
            JinshaResponse.closureNever(),
            JinshaResponse.responseNever())) {
      PolicyTimeline preset = JinshaTimeline.build(COMMUNITY, dates);
      PolicyTimeline back = roundTrip(preset);
      assertThat(back).isEqualTo(preset);
      assertThat(back.staffing()).isEqualTo(preset.staffing());
    }
  }

  @Test
  void explicitCheckpointsChangedAssumptionsAndEveryLayerRoundTrip() {
    PolicyTimeline t =
        PolicyTimeline.builder(COMMUNITY, LocalDate.of(2020, 1, 20), LocalDate.of(2020, 2, 29))
            .add(
                CompoundClosure.builder("c")
                    .start(LocalDate.of(2020, 1, 25).atTime(13, 0))
                    .end(LocalDate.of(2020, 2, 2).atTime(9, 30))
                    .compounds(0, 1)
                    .mode(ClosureMode.ENTRY_ONLY)
                    .barrier(BarrierType.IRON_SHEETS)
                    .checkpoints(CheckpointSet.of(0, 1, 2))
                    .openForSupplies(List.of(2))
                    .build())
            .add(
                new GuardSchedule(
                    "g", LocalDate.of(2020, 1, 26).atStartOfDay(), Optional.of(LocalDate.of(2020, 2, 2).atTime(9, 30)), GuardHours.ALL_DAY,
                    CheckpointSet.of(0), 3, 2))
            .add(ContactQuarantine.of("q", LocalDate.of(2020, 1, 28).atTime(8, 0), Optional.empty(),
                List.of(Layer.values()), 3, 1.25, 14))
            .assumptions(ContainmentAssumptions.defaults().toBuilder().set("disinfectionFactor", 0.33).build())
            .build();
    assertThat(roundTrip(t)).isEqualTo(t);
  }

  @Test
  void compoundsMayBeGivenByIdAndDatesWithoutTime() {
    PolicyTimeline t =
        load(scenario("  - {type: building-passage-closure, name: p, start: 2020-02-01, compounds: [1, Honghua]}\n"));
    assertThat(t.measures().get(0).start()).isEqualTo(LocalDate.of(2020, 2, 1).atStartOfDay());
  }

  @Test
  void anEmptyTimelineIsNoMeasures() {
    PolicyTimeline t = load(scenario("  []\n"));
    assertThat(t.measures()).isEmpty();
    assertThat(t.dayCount()).isEqualTo(41);
  }

  private static final String CLOSURE =
      "  - type: compound-closure\n"
          + "    name: honghua\n"
          + "    start: 2020-01-25T13:00\n"
          + "    compounds: [Honghua]\n"
          + "    mode: ENTRY_ONLY\n"
          + "    barrier: VEHICLES\n";

  private static void rejected(String text, String... parts) {
    assertThatThrownBy(() -> load(text))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(e.getMessage()).contains(parts));
  }

  @Test
  void aMeasureEndingBeforeItStartsIsRejectedWithLineAndField() {
    rejected(scenario(CLOSURE + "    end: 2020-01-24T08:00\n"),
        "s.yaml line 12, field timeline[0].end (measure 'honghua')", "not after it starts");
  }

  @Test
  void aCheckpointOfAnotherCompoundIsRejectedWithLineAndField() {
    rejected(scenario(CLOSURE + "    checkpoints: [Honghua gate 1, Police gate 1]\n"),
        "s.yaml line 12, field timeline[0].checkpoints (measure 'honghua')",
        "'Police gate 1' is a gate of compound 'Traffic police housing'");
  }

  @Test
  void aScopeStageBeforeTheSurveyStartsIsRejectedWithLineAndField() {
    rejected(
        scenario(
            "  - type: survey\n"
                + "    name: survey\n"
                + "    start: 2020-01-28T08:00\n"
                + "    staff: 10\n"
                + "    householdsPerStaffPerDay: 5\n"
                + "    stages:\n"
                + "      - {from: 2020-01-28, scope: WUHAN_HUANGGANG_RETURNEES}\n"
                + "      - {from: 2020-01-27, scope: ALL_RESIDENTS}\n"),
        "s.yaml line 13, field timeline[0].stages[1].from (measure 'survey')", "before the survey starts");
  }

  @Test
  void aDateOutsideTheScenarioIsRejectedWithLineAndField() {
    rejected(scenario(CLOSURE.replace("2020-01-25T13:00", "2020-03-25T13:00")),
        "s.yaml line 8, field timeline[0].start (measure 'honghua')", "outside the scenario 2020-01-20 to 2020-02-29");
  }

  @Test
  void somethingThatIsNotADateIsRejectedWithLineAndField() {
    rejected(scenario(CLOSURE + "    end: soon\n"), "s.yaml line 12, field timeline[0].end: not a date and time");
    rejected(scenario(CLOSURE).replace("start: 2020-01-20", "start: 2020-13-45"),
        "s.yaml line 3, field start: not a date (yyyy-mm-dd): '2020-13-45'");
  }

  @ParameterizedTest
  @CsvSource({"1.5", "-0.1", ".nan", "NaN", "lots"})
  void aProbabilityOutsideZeroToOneIsRejectedWithLineAndField(String value) {
    rejected(scenario(CLOSURE) + "assumptions:\n  vehicleLeakGuarded: 0.2\n  ironSheetLeakUnguarded: " + value + "\n",
        "s.yaml line 14, field assumptions.ironSheetLeakUnguarded:");
  }

  @Test
  void anUnknownCompoundNameOrIdIsRejectedWithLineAndField() {
    rejected(scenario(CLOSURE.replace("[Honghua]", "[Honghua, Jinsha mall]")),
        "s.yaml line 9, field timeline[0].compounds[1]: unknown compound 'Jinsha mall'");
    rejected(scenario(CLOSURE.replace("[Honghua]", "[\n      Honghua,\n      17]")),
        "s.yaml line 11, field timeline[0].compounds[1]: unknown compound id 17");
  }

  @Test
  void contradictionsFoundWhenTheTimelineIsBuiltPointAtTheLaterMeasure() {
    String second = CLOSURE.replace("name: honghua", "name: second").replace("ENTRY_ONLY", "FULL");
    rejected(scenario(CLOSURE + second), "s.yaml line 16, field timeline[1].mode (measure 'second')",
        "overlaps 'honghua' with a different mode");
    rejected(scenario(CLOSURE + "  - {type: guard-schedule, name: g, start: 2020-01-26, hours: DAYTIME,\n"
            + "     checkpoints: {compounds: [Cotton mill]}, postsPerCheckpoint: 1, shifts: 1}\n"),
        "s.yaml line 13, field timeline[1].checkpoints (measure 'g')", "no closure covers it");
  }

  @Test
  void unknownKeysTypesAndSectionsAreRejected() {
    rejected(scenario(CLOSURE + "    colour: red\n"), "s.yaml line 12, field timeline[0].colour: unknown key");
    rejected(scenario("  - {type: lockdown, name: x, start: 2020-01-25}\n"),
        "s.yaml line 6, field timeline[0].type: unknown measure type 'lockdown'");
    rejected(scenario(CLOSURE) + "diseese: {}\n", "s.yaml line 12, field diseese: unknown key");
    rejected(scenario(CLOSURE.replace("ENTRY_ONLY", "HALF_OPEN")),
        "field timeline[0].mode: unknown value 'HALF_OPEN' (known: ENTRY_ONLY, FULL)");
  }

  @Test
  void theEngineSectionsAreAcceptedAndLeftForTheEngine() {
    ScenarioFile f = ScenarioFile.parse("s.yaml", scenario(CLOSURE) + "disease: {r0: 2.2}\n", BASE);
    assertThat(f.section("disease")).isPresent();
    assertThat(f.timeline(COMMUNITY).measures()).hasSize(1);
  }

  @Test
  void aScaledPresetCommunityRoundTripsAndARegisterTakesNoSeed() {
    ScenarioFile f = ScenarioFile.parse("s.yaml",
        "name: x\ncommunity: {preset: jinsha-2020, seed: 3, residents: 5000}\nstart: 2020-01-20\nend: 2020-01-21\n", BASE);
    assertThat(f.community()).isEqualTo(CommunitySpec.preset("jinsha-2020", 3, 5000));
    assertThat(f.community().toTree().toString()).isEqualTo("{\"preset\":\"jinsha-2020\",\"seed\":3,\"residents\":5000}");
    rejected("name: x\ncommunity: {register: reg, residents: 5}\nstart: 2020-01-20\nend: 2020-01-21\n",
        "s.yaml line 2, field community.residents: a register takes no residents");
  }

  @Test
  void brokenYamlAndMissingSectionsAreRejectedWithALine() {
    rejected("name: x\ncommunity: {preset: jinsha-2020\n", "s.yaml line");
    rejected("name: x\ncommunity: {preset: jinsha-2020}\nstart: 2020-01-20\n", "field end: missing");
    rejected("name: x\ncommunity: {preset: jinsha-2020, register: reg}\nstart: 2020-01-20\nend: 2020-01-21\n",
        "s.yaml line 2, field community: give either preset");
  }
}
