package org.cordon.community.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.cordon.community.Community;
import org.cordon.community.synth.JinshaSynthesizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegisterRoundTripTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(longs = {1, 2})
  void jinshaReadsBackEqual(long seed) throws IOException {
    Community jinsha = JinshaSynthesizer.jinsha2020(seed);
    RegisterWriter.write(jinsha, dir);
    assertThat(RegisterReader.read(dir)).isEqualTo(jinsha);
  }

  @Test
  void aScaledCommunityReadsBackEqual() throws IOException {
    Community scaled = JinshaSynthesizer.scaled(60_000, 5);
    RegisterWriter.write(scaled, dir);
    assertThat(RegisterReader.read(dir)).isEqualTo(scaled);
  }

  @Test
  void aHandBuiltCommunityWithBoundaryGatesAndOutsideWorkplacesReadsBackEqual() throws IOException {
    Community tiny = TinyRegister.community();
    RegisterWriter.write(tiny, dir);
    assertThat(RegisterReader.read(dir)).isEqualTo(tiny);
  }

  @Test
  void everyFileIsWrittenWithItsDocumentedHeader() throws IOException {
    RegisterWriter.write(TinyRegister.community(), dir);
    for (RegisterFile f : RegisterFile.values()) {
      assertThat(Files.readAllLines(dir.resolve(f.fileName())).get(0)).isEqualTo(String.join(",", f.columns()));
    }
    assertThat(Files.readAllLines(dir.resolve("residents.csv")).get(0))
        .isEqualTo("id,household,building,compound,workplace,age,sex,returnee_origin,arrival_date");
  }

  @Test
  void rowsInAnyOrderReadBackEqual() throws IOException {
    Community jinsha = JinshaSynthesizer.jinsha2020(3);
    RegisterWriter.write(jinsha, dir);
    for (RegisterFile f : RegisterFile.values()) {
      shuffleRows(dir.resolve(f.fileName()), new Random(f.ordinal()));
    }
    assertThat(RegisterReader.read(dir)).isEqualTo(jinsha);
  }

  @Test
  void extraColumnsAnotherColumnOrderAndEmptyDerivedCellsAreAccepted() throws IOException {
    Community tiny = TinyRegister.community();
    RegisterWriter.write(tiny, dir);
    Files.writeString(
        dir.resolve("residents.csv"),
        String.join(
            "\n",
            "note,arrival_date,returnee_origin,sex,age,workplace,compound,building,household,id",
            "head,,,FEMALE,40,0,,,2,0",
            "son,2020-01-20,wuhan,male,30,,0,0,0,1",
            "\"a, b\",,,MALE,8,,,,2,2",
            ""));
    assertThat(RegisterReader.read(dir)).isEqualTo(tiny);
  }

  private static void shuffleRows(Path file, Random random) throws IOException {
    List<String> lines = Files.readAllLines(file);
    List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
    Collections.shuffle(rows, random);
    rows.add(0, lines.get(0));
    Files.write(file, rows);
  }

  @Test
  void aByteOrderMarkFromASpreadsheetIsAccepted() throws IOException {
    Community tiny = TinyRegister.community();
    RegisterWriter.write(tiny, dir);
    Path zones = dir.resolve("zones.csv");
    Files.writeString(zones, "\uFEFF" + Files.readString(zones));
    assertThat(RegisterReader.read(dir)).isEqualTo(tiny);
  }
}
