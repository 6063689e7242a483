package org.cordon.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.cordon.community.Community;
import org.cordon.community.CommunityBuilder;
import org.cordon.community.CompoundKind;
import org.cordon.community.ReturneeOrigin;
import org.cordon.community.Sex;
import org.cordon.community.register.RegisterWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceCommandTest {
  @TempDir Path tmp;
  private Path register;
  private Path encounters;


  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private static void assertOneLineError(CliRun r, String... parts) {
    r.assertOneLineError(parts);
    assertThat(r.out()).isEmpty();
  }

  // household 0: residents 0, 1, 2 (2 a Wuhan returnee arriving 22 Jan); household 1: 3 alone;
  // household 2: 4, 5. Workplace 0: residents 1 and 4.
  @BeforeEach
  void writeRegister() throws IOException {
    CommunityBuilder b = Community.builder();
    int unit = b.addResponsibilityUnit(b.addGrid(b.addZone("Z"), "G"), "U");
    int c = b.addCompound("Honghua", CompoundKind.OLD_OPEN_COMPOUND, unit, b.addArea("A"));
    int bldg = b.addBuilding(c, "B1");
    b.addHousehold(bldg);
    b.addHousehold(bldg);
    b.addHousehold(bldg);
    int work = b.addWorkplace("Cotton mill", Community.NONE);
    b.addResident(0, 60, Sex.MALE, Community.NONE, ReturneeOrigin.NONE, null);
    b.addResident(0, 58, Sex.FEMALE, work, ReturneeOrigin.NONE, null);
    b.addResident(0, 30, Sex.MALE, Community.NONE, ReturneeOrigin.WUHAN, LocalDate.of(2020, 1, 22));
    b.addResident(1, 80, Sex.FEMALE, Community.NONE, ReturneeOrigin.NONE, null);
    b.addResident(2, 40, Sex.MALE, work, ReturneeOrigin.NONE, null);
    b.addResident(2, 12, Sex.FEMALE, Community.NONE, ReturneeOrigin.NONE, null);
    register = tmp.resolve("register");
    RegisterWriter.write(b.build(), register);
    encounters = tmp.resolve("encounters.csv");
    Files.writeString(
        encounters,
        "a,b,first_day,last_day,minutes\n0,3,2020-01-20,2020-01-21,30\n0,5,2020-01-20,2020-01-20,5\n3,5,2020-01-25,2020-01-25,\n");
  }

  @Test
  void closeContactsUnderTheDefaultRuleAsJson() {
    CliRun r = run("trace", "--register", register.toString(), "--cases", "0,3", "--encounters", encounters.toString(),
        "--from", "2020-01-20", "--to", "2020-01-31");
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    assertThat(r.out().strip())
        .isEqualTo(
            "{\"cases\":["
                + "{\"case\":0,\"contacts\":["
                + "{\"id\":1,\"layers\":[\"household\"],\"firstExposure\":\"2020-01-20\"},"
                + "{\"id\":2,\"layers\":[\"household\"],\"firstExposure\":\"2020-01-22\"},"
                + "{\"id\":3,\"layers\":[\"encounter\"],\"firstExposure\":\"2020-01-20\"}]},"
                + "{\"case\":3,\"contacts\":["
                + "{\"id\":0,\"layers\":[\"encounter\"],\"firstExposure\":\"2020-01-20\"},"
                + "{\"id\":5,\"layers\":[\"encounter\"],\"firstExposure\":\"2020-01-25\"}]}]}");
  }

  @Test
  void onsetStartsTheWindowTwoDaysBefore() {
    CliRun r = run("trace", "--register", register.toString(), "--cases", "3", "--encounters", encounters.toString(),
        "--onset", "2020-01-24", "--format", "csv");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("case,contact,depth,layers,first_exposure\n3,5,1,encounter,2020-01-25\n");
  }

  @Test
  void depthTwoOverChosenLayersAsCsv() {
    CliRun r = run("trace", "--register", register.toString(), "--cases", "0", "--depth", "2",
        "--layers", "household,workplace", "--format", "csv");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .isEqualTo(
            "case,contact,depth,layers,first_exposure\n"
                + "0,1,1,household,\n"
                + "0,2,1,household,2020-01-22\n"
                + "0,4,2,workplace,\n");
  }

  @Test
  void withoutAWindowAndEncountersOnlyTheHouseholdCounts() {
    CliRun r = run("trace", "--register", register.toString(), "--cases", "3");
    assertThat(r.exit()).isZero();
    assertThat(r.out().strip()).isEqualTo("{\"cases\":[{\"case\":3,\"contacts\":[]}]}");
  }

  @Test
  void badInputIsOneLineAndExitTwo() {
    String reg = register.toString();
    assertOneLineError(run("trace", "--register", reg, "--cases", "0,6"), "--cases", "unknown resident id 6");
    assertOneLineError(run("trace", "--register", reg, "--cases", "x"), "--cases", "not a resident id: 'x'");
    assertOneLineError(run("trace", "--register", reg, "--cases", "0", "--layers", "household,street"),
        "--layers", "unknown layer 'street'");
    assertOneLineError(run("trace", "--register", reg, "--cases", "0", "--from", "2020-13-01"),
        "--from", "not a date");
    assertOneLineError(run("trace", "--register", reg, "--cases", "0", "--from", "2020-01-25", "--to", "2020-01-20"),
        "--to", "before");
    assertOneLineError(run("trace", "--register", reg, "--cases", "0", "--onset", "2020-01-25", "--from", "2020-01-20"),
        "--onset");
    assertOneLineError(run("trace", "--register", reg, "--cases", "0", "--depth", "0"), "--depth");
    assertOneLineError(run("trace", "--register", reg, "--cases", "0", "--format", "xml"), "--format");
    assertOneLineError(run("trace", "--register", tmp.resolve("nowhere").toString(), "--cases", "0"), "nowhere");
    assertOneLineError(run("trace", "--register", reg), "--cases");
  }

  @Test
  void aBadEncounterFileNamesItsLineAndField() throws IOException {
    Path bad = tmp.resolve("bad.csv");
    Files.writeString(bad, "a,b,first_day,last_day,minutes\n0,1,2020-01-20,2020-01-21,30\n0,9,2020-01-20,2020-01-20,5\n");
    assertOneLineError(run("trace", "--register", register.toString(), "--cases", "0", "--encounters", bad.toString()),
        "bad.csv line 3, field b: unknown resident id 9");
  }

  /** The sample encounter file the docs' trace example names, on the preset it is written for. */
  @Test
  void theSampleEncounterFileOfTheDocsTracesOnThePreset() {
    Path sample = GeneratedDocsTest.repositoryRoot().resolve("examples/encounters.csv");
    CliRun r = CliRun.of("trace", "--preset", "jinsha-2020", "--seed", "1", "--cases", "12", "--onset", "2020-01-26",
        "--to", "2020-01-28", "--encounters", sample.toString(), "--format", "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).as("40 minutes, but before the window (from 24 Jan)").doesNotContain(",4031,")
        .as("no minutes recorded: counts").contains("12,977,1,encounter,2020-01-24")
        .as("10 minutes: too short").doesNotContain(",15002,");
  }
}
