package org.cordon.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cordon.community.Community;
import org.cordon.community.register.RegisterReader;
import org.cordon.community.synth.JinshaSynthesizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterCommandsTest {
  @TempDir Path tmp;


  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void generateWritesTheJinshaPresetThatReadsBackEqual() {
    Path out = tmp.resolve("jinsha");
    CliRun r = run("generate", "--preset", "jinsha-2020", "--seed", "4", "--out", out.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("26707 residents").contains("7897 households").contains("213 checkpoints");
    assertThat(RegisterReader.read(out)).isEqualTo(JinshaSynthesizer.jinsha2020(4));
    try (var files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("jinsha"); // no staging left
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void generateScalesWithResidents() {
    Path out = tmp.resolve("big");
    CliRun r = run("generate", "--seed", "2", "--residents", "5000", "--out", out.toString());
    assertThat(r.exit()).isZero();
    Community c = RegisterReader.read(out);
    assertThat(c.residentCount()).isEqualTo(5000);
    assertThat(c).isEqualTo(JinshaSynthesizer.scaled(5000, 2));
  }

  @Test
  void inspectPrintsCountsByEntityKindAndOrigin() {
    Path out = tmp.resolve("jinsha");
    assertThat(run("generate", "--out", out.toString()).exit()).isZero();
    CliRun r = run("inspect", "--register", out.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("valid")
        .containsPattern("residents\\s+26707")
        .containsPattern("households\\s+7897")
        .containsPattern("checkpoints\\s+213")
        .containsPattern("responsibility units\\s+17")
        .containsPattern("INSTITUTION\\s+31")
        .containsPattern("UNIT_DORMITORY\\s+20")
        .containsPattern("COMMERCIAL_RESIDENTIAL_AREA\\s+8")
        .containsPattern("VILLAGER_GROUP\\s+10")
        .containsPattern("OLD_OPEN_COMPOUND\\s+6")
        .containsPattern("WUHAN\\s+2950")
        .containsPattern("HUANGGANG\\s+250")
        .containsPattern("total\\s+3200");
  }

  @Test
  void inspectOfAMissingFolderIsOneLineAndExitCode2() {
    CliRun r = run("inspect", "--register", tmp.resolve("nowhere").toString());
    r.assertOneLineError("nowhere", "register folder not found");
  }

  @Test
  void inspectOfAMalformedRowNamesFileAndLine() throws IOException {
    Path out = tmp.resolve("tiny");
    assertThat(run("generate", "--residents", "2000", "--out", out.toString()).exit()).isZero();
    Path residents = out.resolve("residents.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(residents));
    lines.set(2, "1,0,0");
    Files.write(residents, lines);
    CliRun r = run("inspect", "--register", out.toString());
    r.assertOneLineError("residents.csv line 3", "malformed row");
  }

  @Test
  void aMissingFileIsOneLine() throws IOException {
    Path out = tmp.resolve("tiny");
    assertThat(run("generate", "--residents", "2000", "--out", out.toString()).exit()).isZero();
    Files.delete(out.resolve("households.csv"));
    run("inspect", "--register", out.toString()).assertOneLineError("households.csv", "missing file");
  }

  @Test
  void anUnknownPresetIsOneLine() {
    run("inspect", "--preset", "atlantis").assertOneLineError("unknown preset 'atlantis'", "jinsha-2020");
  }

  @Test
  void aRegisterWithPresetOptionsIsRejected() {
    run("inspect", "--register", tmp.toString(), "--seed", "3").assertOneLineError("--register");
  }

  @Test
  void tooFewResidentsIsOneLine() {
    run("generate", "--residents", "10", "--out", tmp.resolve("x").toString()).assertOneLineError("residents");
    assertThat(Files.exists(tmp.resolve("x"))).isFalse();
  }

  @Test
  void generateWithoutOutIsAUsageError() {
    CliRun r = run("generate");
    assertThat(r.exit()).isEqualTo(CordonCommand.EXIT_BAD_INPUT);
    assertThat(r.err()).contains("--out");
  }

  @Test
  void withoutOptionsTheCommunityIsJinshaWithSeedOne() {
    CliRun r = run("inspect");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("preset jinsha-2020, seed 1: valid").containsPattern("residents\\s+26707");
  }
}
