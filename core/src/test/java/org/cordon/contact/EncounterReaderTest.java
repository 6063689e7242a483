package org.cordon.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.cordon.InvalidInputException;
import org.cordon.community.Community;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EncounterReaderTest {
  private final Community community = RandomCommunity.of(3, 60, false).community; // ids 0..n-1
  private final int n = community.residentCount();

  private List<Encounter> read(String text) {
    return EncounterReader.read(new StringReader(text), "enc.csv", community);
  }

  @Test
  void readsRowsWithAndWithoutMinutesInAnyColumnOrder() {
    List<Encounter> es =
        read("first_day,a,b,last_day,minutes\n2020-01-21,0,1,2020-01-23,40\n\n2020-01-24,1,0,2020-01-24,\n");
    assertThat(es)
        .containsExactly(
            Encounter.of(0, 1, LocalDate.of(2020, 1, 21), LocalDate.of(2020, 1, 23), 40),
            Encounter.ofUnknownDuration(1, 0, LocalDate.of(2020, 1, 24), LocalDate.of(2020, 1, 24)));
  }

  @Test
  void theMinutesColumnMayBeLeftOut() {
    assertThat(read("a,b,first_day,last_day\n0,1,2020-01-21,2020-01-21\n").get(0).minutes()).isEqualTo(OptionalInt.empty());
  }

  @Test
  void readsAFileAndNamesItInErrors(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("encounters.csv");
    Files.writeString(f, "a,b,first_day,last_day,minutes\n0,1,2020-01-21,2020-01-21,5\n0,1,2020-01-21,2020-01-20,5\n");
    assertThatThrownBy(() -> EncounterReader.read(f, community))
        .isInstanceOf(EncounterFileException.class)
        .hasMessage(f + " line 3, field last_day: 2020-01-20 is before first_day 2020-01-21");
    assertThatThrownBy(() -> EncounterReader.read(dir.resolve("missing.csv"), community))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("missing.csv")
        .hasMessageContaining("missing file");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "malformed row | a,b,first_day,last_day,minutes\\n0,1,2020-01-21 | line 2: malformed row",
        "too many fields | a,b,first_day,last_day,minutes\\n0,1,2020-01-21,2020-01-21,3,9 | line 2: malformed row",
        "unknown resident | a,b,first_day,last_day,minutes\\n0,NN,2020-01-21,2020-01-21,3 | line 2, field b: unknown resident id NN",
        "negative resident | a,b,first_day,last_day,minutes\\n-1,0,2020-01-21,2020-01-21,3 | line 2, field a: unknown resident id -1",
        "not a number | a,b,first_day,last_day,minutes\\nx,0,2020-01-21,2020-01-21,3 | line 2, field a: not a whole number: 'x'",
        "same resident | a,b,first_day,last_day,minutes\\n0,0,2020-01-21,2020-01-21,3 | line 2, field b: resident 0 meets itself",
        "non-date | a,b,first_day,last_day,minutes\\n0,1,21/01/2020,2020-01-21,3 | line 2, field first_day: not a date (YYYY-MM-DD): '21/01/2020'",
        "empty date | a,b,first_day,last_day,minutes\\n0,1,2020-01-21,,3 | line 2, field last_day: not a date",
        "last before first | a,b,first_day,last_day,minutes\\n0,1,2020-01-21,2020-01-19,3 | line 2, field last_day: 2020-01-19 is before first_day 2020-01-21",
        "negative minutes | a,b,first_day,last_day,minutes\\n0,1,2020-01-21,2020-01-21,-5 | line 2, field minutes: negative: -5",
        "fractional minutes | a,b,first_day,last_day,minutes\\n0,1,2020-01-21,2020-01-21,2.5 | line 2, field minutes: not a whole number",
        "missing column | a,first_day,last_day,minutes\\n0,2020-01-21,2020-01-21,3 | line 1, field b: missing column",
        "empty file | '' | enc.csv: empty file",
        "blank file | '\\n\\n' | enc.csv: empty file",
      })
  void badInputIsRejectedNamingFileLineAndField(String what, String text, String message) {
    String csv = text.replace("\\n", "\n").replace("NN", String.valueOf(n));
    assertThatThrownBy(() -> read(csv))
        .as(what)
        .isInstanceOf(EncounterFileException.class)
        .hasMessageContaining("enc.csv")
        .hasMessageContaining(message.replace("NN", String.valueOf(n)));
  }

  @Test
  void aBadRowLaterInTheFileNamesItsOwnLine() {
    assertThatThrownBy(() -> read("a,b,first_day,last_day\n0,1,2020-01-21,2020-01-21\n\n0,1,2020-01-21,nope\n"))
        .hasMessageContaining("enc.csv line 4, field last_day");
  }

  @Test
  void aQuotedFieldWithACommaInAnExtraColumnIsOneField() {
    List<Encounter> es =
        read("a,b,note,first_day,last_day,minutes\n0,1,\"market, east gate\",2020-01-21,2020-01-22,15\n");
    assertThat(es).containsExactly(Encounter.of(0, 1, LocalDate.of(2020, 1, 21), LocalDate.of(2020, 1, 22), 15));
  }

  @Test
  void quotedIdsAndDatesAreRead() {
    assertThat(read("\"a\",\"b\",first_day,last_day\n\"0\", \"1\" ,\"2020-01-21\",2020-01-21\n"))
        .containsExactly(Encounter.ofUnknownDuration(0, 1, LocalDate.of(2020, 1, 21), LocalDate.of(2020, 1, 21)));
  }

  @Test
  void anUnclosedQuoteIsReportedWithFileAndLine() {
    assertThatThrownBy(
            () -> read("a,b,note,first_day,last_day\n0,1,ok,2020-01-21,2020-01-21\n\n1,0,\"market,2020-01-21,2020-01-21\n"))
        .isInstanceOf(EncounterFileException.class)
        .hasMessageStartingWith("enc.csv line 4: malformed row");
  }

  @Test
  void aDuplicateColumnIsRejected() {
    assertThatThrownBy(() -> read("a,b,first_day,last_day,A\n0,1,2020-01-21,2020-01-21,0\n"))
        .isInstanceOf(EncounterFileException.class)
        .hasMessage("enc.csv line 1, field a: duplicate column");
  }

  @Test
  void aByteOrderMarkBeforeTheHeaderIsIgnored() {
    assertThat(read("\uFEFFa,b,first_day,last_day\n0,1,2020-01-21,2020-01-21\n")).hasSize(1);
  }
}
