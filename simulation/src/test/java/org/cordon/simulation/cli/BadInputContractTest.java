package org.cordon.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cordon.community.synth.CommunityPresets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bad-input contract, one test per case of issue 13: each ends with exit 2 and one short line
 * naming the file and line (or the option), without building what it would have rejected later.
 */
class BadInputContractTest {
  @TempDir static Path shared;
  @TempDir Path tmp;
  private static Path register;
  private static String scenario;

  @BeforeAll
  static void smallRegisterAndScenario() throws IOException {
    register = shared.resolve("reg");
    assertThat(CliRun.of("generate", "--residents", "300", "--out", register.toString()).exit()).isZero();
    scenario = "name: small\n"
        + "community: {register: reg}\n"
        + "start: 2020-01-10\n"
        + "end: 2020-03-08\n"
        + "timeline:\n"
        + "  - type: compound-closure\n"
        + "    name: closure\n"
        + "    start: 2020-01-25T13:00\n"
        + "    compounds: [Honghua]\n"
        + "    mode: ENTRY_ONLY\n"
        + "    barrier: VEHICLES\n"
        + "    checkpoints: {compounds: [Honghua]}\n"
        + "    openForSupplies: []\n"
        + "  - type: guard-schedule\n"
        + "    name: guards\n"
        + "    start: 2020-01-25T13:00\n"
        + "    hours: DAYTIME\n"
        + "    checkpoints: {compounds: [Honghua]}\n"
        + "    postsPerCheckpoint: 2\n"
        + "    shifts: 1\n";
    Files.writeString(shared.resolve("ok.yaml"), scenario);
    assertThat(CliRun.of("scenario", "check", shared.resolve("ok.yaml").toString()).exit()).isZero();
  }

  /** Writes a variant of the small scenario next to the register, returning its path. */
  private static String scenario(String name, String from, String to) throws IOException {
    assertThat(scenario).contains(from);
    Path f = shared.resolve(name);
    Files.writeString(f, scenario.replace(from, to));
    return f.toString();
  }

  private Path registerWith(String file, String from, String to) throws IOException {
    Path copy = tmp.resolve("reg");
    Files.createDirectories(copy);
    try (var files = Files.list(register)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    Path f = copy.resolve(file);
    String text = Files.readString(f);
    assertThat(text).contains(from);
    Files.writeString(f, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    return copy;
  }

  // ---- unbounded work -------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"check", "compare"})
  void aFarEndIsRejectedWhenTheFileIsRead(String command) throws IOException {
    String f = scenario("far-end.yaml", "end: 2020-03-08", "end: 9999-12-31");
    CliRun r = command.equals("check") ? CliRun.of("scenario", "check", f) : CliRun.of("compare", "--scenario", f, "--runs", "1");
    r.assertOneLineError("far-end.yaml line 4, field end:", "outside the supported range");
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "compare"})
  void aFarStartIsRejectedByCheckAsByCompare(String command) throws IOException {
    String f = scenario("far-start.yaml", "start: 2020-01-10", "start: 0001-01-01");
    CliRun r = command.equals("check") ? CliRun.of("scenario", "check", f) : CliRun.of("compare", "--scenario", f, "--runs", "1");
    r.assertOneLineError("far-start.yaml line 3, field start:", "0001-01-01");
  }

  @Test
  void aScenarioLongerThanThreeYearsNamesTheLineOfItsEnd() throws IOException {
    String f = scenario("long.yaml", "end: 2020-03-08", "end: 2150-01-01");
    CliRun.of("scenario", "check", f).assertOneLineError("long.yaml line 4, field end:", "1096 days (3 years)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2147483647", "100000000"})
  void tooManyResidentsAreRejectedBeforeAnyIsBuilt(String residents) {
    CliRun.of("generate", "--residents", residents, "--out", tmp.resolve("o").toString())
        .assertOneLineError("--residents", "at most " + CommunityPresets.MAX_RESIDENTS);
    CliRun.of("inspect", "--residents", residents).assertOneLineError("--residents");
    assertThat(tmp.resolve("o")).doesNotExist();
  }

  @Test
  void residentsThatDoNotFitTheHeapAreRejectedWithTheHeapSize() {
    long n = Runtime.getRuntime().maxMemory() / CommunityPresets.BYTES_PER_RESIDENT + 1;
    assertThat(n).as("the test JVM's heap (surefire -Xmx2g) is below the residents maximum")
        .isLessThanOrEqualTo(CommunityPresets.MAX_RESIDENTS);
    CliRun.of("inspect", "--residents", Long.toString(n))
        .assertOneLineError("--residents", "MB of heap", (Runtime.getRuntime().maxMemory() >> 20) + " MB");
  }

  @Test
  void residentsOfAScenarioCommunityAreBoundedWithFileAndLine() throws IOException {
    Path f = tmp.resolve("huge.yaml");
    Files.writeString(f, "name: x\ncommunity:\n  preset: jinsha-2020\n  residents: 2147483647\nstart: 2020-01-10\nend: 2020-03-08\n");
    CliRun.of("scenario", "check", f.toString()).assertOneLineError("huge.yaml line 4, field community.residents:");
  }

  // ---- exit 1 instead of 2 --------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"+1000000000-01-01", "-999999999-01-01", "+999999999-12-31", "0001-01-01"})
  void anExtremeOnsetIsABadOption(String onset) {
    CliRun.of("trace", "--register", register.toString(), "--cases", "1", "--onset", onset).assertOneLineError("--onset");
  }

  @Test
  void aYearPastTheCalendarInARegisterNamesFileLineAndField() throws IOException {
    Path reg = registerWith("residents.csv", ",WUHAN,2020-01-", ",WUHAN,+1000000000-01-");
    CliRun.of("inspect", "--register", reg.toString()).assertOneLineError("residents.csv line", "field arrival_date:");
  }

  @Test
  void aFarArrivalDateIsRejectedWhenTheRegisterIsRead() throws IOException {
    Path reg = registerWith("residents.csv", ",WUHAN,2020-01-", ",WUHAN,+999999-01-");
    CliRun.of("inspect", "--register", reg.toString())
        .assertOneLineError("residents.csv line", "field arrival_date:", "outside the supported range");
    CliRun.of("trace", "--register", reg.toString(), "--cases", "1")
        .assertOneLineError("residents.csv line", "field arrival_date:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"generate", "compare"})
  void anUnwritableOutIsFoundBeforeAnyWork(String command) throws IOException {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    for (String out : new String[] {file.toString(), file.resolve("x").toString(), "/dev/null/x"}) {
      CliRun r = command.equals("generate")
          ? CliRun.of("generate", "--residents", "300", "--out", out)
          : CliRun.of("compare", "--runs", "1", "--quiet", "--out", out);
      r.assertOneLineError("--out");
      assertThat(r.out()).as("nothing ran: no table printed").isEmpty();
    }
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  // ---- multi-line and huge messages -----------------------------------------------------------

  @Test
  void aRegisterValueWithANewlineIsEchoedOnOneLine() throws IOException {
    Path reg = registerWith("residents.csv", ",FEMALE,", ",\"FEM\nALE\",");
    CliRun.of("inspect", "--register", reg.toString()).assertOneLineError("residents.csv line", "field sex:", "FEM\\nALE");
  }

  @Test
  void aFiftyMegabyteCellIsEchoedShortened() throws IOException {
    Path reg = registerWith("residents.csv", ",FEMALE,", "," + "X".repeat(50_000_000) + ",");
    CliRun r = CliRun.of("inspect", "--register", reg.toString())
        .assertOneLineError("residents.csv line", "field sex:", "X".repeat(60) + "...");
    assertThat(r.err().strip()).hasSizeLessThanOrEqualTo(ErrorReport.MAX_LINE);
  }

  @Test
  void aCellOfManyNewlinesIsOneLine() throws IOException {
    Path reg = registerWith("residents.csv", ",FEMALE,", ",\"F" + "\n".repeat(1_000_000) + "\",");
    CliRun r = CliRun.of("inspect", "--register", reg.toString()).assertOneLineError("residents.csv line", "field sex:");
    assertThat(r.err().strip()).hasSizeLessThanOrEqualTo(ErrorReport.MAX_LINE);
  }

  @Test
  void anEncounterValueWithANewlineIsEchoedOnOneLine() throws IOException {
    Path enc = Files.writeString(tmp.resolve("enc.csv"), "a,b,first_day,last_day\n1,2,\"2020-01-2\n1\",2020-01-22\n");
    CliRun.of("trace", "--register", register.toString(), "--cases", "1", "--encounters", enc.toString())
        .assertOneLineError("enc.csv line 2, field first_day:", "2020-01-2\\n1");
  }

  @Test
  void aYamlValueWithANewlineIsEchoedOnOneLine() throws IOException {
    String f = scenario("newline.yaml", "start: 2020-01-10", "start: \"2020-01-10\\nnext\"");
    CliRun.of("scenario", "check", f).assertOneLineError("newline.yaml line 3, field start:", "2020-01-10\\nnext");
  }

  @Test
  void aYamlSyntaxErrorIsOneLineWithItsLine() throws IOException {
    String f = scenario("syntax.yaml", "community: {register: reg}", "community: {register: reg");
    CliRun r = CliRun.of("scenario", "check", f).assertOneLineError("syntax.yaml line ", "not valid YAML:");
    assertThat(r.err()).doesNotContain("^").doesNotContain("in 'reader'");
  }

  // ---- messages without place -----------------------------------------------------------------

  @Test
  void invalidUtf8NamesFileAndLineInRegistersEncountersAndYaml() throws IOException {
    Path reg = registerWith("zones.csv", "\n0,", "\n0,\u00ff");
    byte[] zones = Files.readAllBytes(reg.resolve("zones.csv"));
    Files.write(reg.resolve("zones.csv"), latin1(new String(zones, StandardCharsets.UTF_8)));
    CliRun.of("inspect", "--register", reg.toString()).assertOneLineError("zones.csv line 2:", "not valid UTF-8")
        .assertNoJavaNames();
    Path enc = tmp.resolve("enc.csv");
    Files.write(enc, latin1("a,b,first_day,last_day\n1,2,2020-01-21,2020-01-22\n1,2,2020-01-21,2020-01-2\u00ff\n"));
    CliRun.of("trace", "--register", register.toString(), "--cases", "1", "--encounters", enc.toString())
        .assertOneLineError("enc.csv line 3:", "not valid UTF-8").assertNoJavaNames();
    Path yaml = shared.resolve("latin1.yaml");
    Files.write(yaml, latin1(scenario.replace("name: small", "name: small\n# caf\u00e9")));
    CliRun.of("scenario", "check", yaml.toString()).assertOneLineError("latin1.yaml line 2:", "not valid UTF-8")
        .assertNoJavaNames();
  }

  private static byte[] latin1(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void negativeResidentsAndAnUnknownPresetInYamlNameFileAndLine() throws IOException {
    String neg = scenario("neg.yaml", "community: {register: reg}", "community: {preset: jinsha-2020, residents: -5}");
    CliRun.of("scenario", "check", neg).assertOneLineError("neg.yaml line 2, field community.residents:", "-5");
    String unknown = scenario("unknown.yaml", "community: {register: reg}", "community:\n  preset: nowhere");
    CliRun.of("scenario", "check", unknown).assertOneLineError("unknown.yaml line 3, field community.preset:", "nowhere");
  }

  // ---- scenario check validates what compare reads --------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
      "disease: {bogus: 1}|line N, field disease.bogus:",
      "disease: {asymptomaticShare: 2}|line N, field disease.asymptomaticShare:",
      "imports: {exposureDays: abc}|line N, field imports.exposureDays:",
      "variants: [{nome: a}]|line N, field variants[0].nome:",
      "variants:\n  - name: a\n    closureDate: soon|line N+2, field variants[0].closureDate:"})
  void scenarioCheckRejectsWhatCompareRejects(String caseText) throws IOException {
    long n = scenario.lines().count() + 1;
    String[] c = caseText.replace("N+2", Long.toString(n + 2)).replace("N", Long.toString(n)).split("\\|");
    Path f = shared.resolve("engine.yaml");
    Files.writeString(f, scenario + c[0] + "\n");
    CliRun.of("scenario", "check", f.toString()).assertOneLineError("engine.yaml " + c[1]);
    CliRun.of("compare", "--scenario", f.toString(), "--runs", "1").assertOneLineError("engine.yaml " + c[1]);
  }

  // ---- silent overflow ------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"postsPerCheckpoint: 2|postsPerCheckpoint: 2147483647", "shifts: 1|shifts: 1073741824"})
  void guardCountsThatOverflowAreRejected(String replace) throws IOException {
    String[] c = replace.split("\\|");
    String f = scenario("overflow.yaml", c[0], c[1]);
    CliRun.of("staffing", "--scenario", f).assertOneLineError("overflow.yaml line ", "(measure 'guards')", "exceeds 2147483647");
  }

  // ---- exit 70 --------------------------------------------------------------------------------

  @Test
  void anUnexpectedExceptionIsOneLineAskingForAReportWithExit70() {
    java.io.StringWriter err = new java.io.StringWriter();
    int exit = ErrorReport.report(new IllegalStateException("index 3\nout of bounds"), new java.io.PrintWriter(err), false);
    assertThat(exit).isEqualTo(CordonCommand.EXIT_FAILURE).isEqualTo(70);
    assertThat(err.toString().strip()).startsWith("cordon: internal error (index 3\\nout of bounds)")
        .doesNotContain("Exception")
        .contains("bug, please report it").contains("--debug").doesNotContain("\tat ");
    assertThat(err.toString().strip().lines()).hasSize(1);
  }

  @Test
  void outOfMemoryIsOneLineWithExit70AndAStackTraceOnlyWithDebug() {
    picocli.CommandLine cl = CordonCommand.commandLine().addSubcommand("exhaust", new Exhaust());
    CliRun r = CliRun.of(cl, "exhaust");
    assertThat(r.exit()).isEqualTo(70);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).startsWith("cordon: out of memory (heap ").doesNotContain("\tat ");
    CliRun debug = CliRun.of(CordonCommand.commandLine().addSubcommand("exhaust", new Exhaust()), "exhaust", "--debug");
    assertThat(debug.exit()).isEqualTo(70);
    assertThat(debug.err()).contains("java.lang.OutOfMemoryError").contains("\tat ").contains("cordon: out of memory");
  }

  /** A command that fails as an exhausted heap does. */
  @picocli.CommandLine.Command(name = "exhaust")
  static final class Exhaust implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
      throw new OutOfMemoryError("Java heap space");
    }
  }
}
