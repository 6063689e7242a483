package org.cordon.community.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cordon.community.register.TinyRegister.appendLine;
import static org.cordon.community.register.TinyRegister.replaceLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cordon.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every kind of bad register input gives a {@link RegisterException} naming file, line and field.
 * The tiny register's residents.csv is: line 1 header; line 2 resident 0 (household 2); line 3
 * resident 1 (household 0, Wuhan returnee); line 4 resident 2 (household 2).
 */
class RegisterReaderBadInputTest {
  @TempDir Path dir;

  @BeforeEach
  void writeTinyRegister() throws IOException {
    TinyRegister.write(dir);
  }

  private RegisterException readFails() {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> RegisterReader.read(dir));
    assertThat(t).isInstanceOf(RegisterException.class).isInstanceOf(InvalidInputException.class);
    return (RegisterException) t;
  }

  private static void assertWhere(RegisterException e, String file, long line, String field) {
    assertThat(e.source()).endsWith(file);
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.field()).isEqualTo(java.util.Optional.ofNullable(field));
    assertThat(e.getMessage()).contains(file).doesNotContain("\n");
  }

  @Test
  void aMissingFolderIsReported() {
    Path nowhere = dir.resolve("nowhere");
    assertThatThrownBy(() -> RegisterReader.read(nowhere))
        .isInstanceOf(RegisterException.class)
        .hasMessageContaining("nowhere")
        .hasMessageContaining("register folder not found");
  }

  @ParameterizedTest
  @EnumSource(RegisterFile.class)
  void everyMissingFileIsReported(RegisterFile file) throws IOException {
    Files.delete(dir.resolve(file.fileName()));
    RegisterException e = readFails();
    assertWhere(e, file.fileName(), 0, null);
    assertThat(e.problem()).isEqualTo("missing file");
  }

  @ParameterizedTest
  @EnumSource(RegisterFile.class)
  void everyEmptyFileIsReported(RegisterFile file) throws IOException {
    Files.writeString(dir.resolve(file.fileName()), "");
    RegisterException e = readFails();
    assertWhere(e, file.fileName(), 0, null);
    assertThat(e.problem()).startsWith("empty file");
  }

  @Test
  void aFileOfBlankLinesIsEmpty() throws IOException {
    Files.writeString(dir.resolve("zones.csv"), "\n  \n\n");
    assertThat(readFails().problem()).startsWith("empty file");
  }

  @Test
  void aHeaderWithoutRowsIsNoResidents() throws IOException {
    Files.writeString(dir.resolve("residents.csv"), "id,household,building,compound,workplace,age,sex,returnee_origin,arrival_date\n");
    assertThat(readFails().problem()).isEqualTo("no residents");
  }

  @ParameterizedTest
  @EnumSource(RegisterFile.class)
  void aMissingColumnIsReportedOnTheHeaderLine(RegisterFile file) throws IOException {
    String dropped = file.columns().get(file.columns().size() - 1);
    String header = String.join(",", file.columns().subList(0, file.columns().size() - 1));
    replaceLine(dir, file.fileName(), 1, header);
    RegisterException e = readFails();
    assertWhere(e, file.fileName(), 1, dropped);
    assertThat(e.problem()).startsWith("missing column");
  }

  @Test
  void aRowWithTooFewFieldsIsMalformed() throws IOException {
    replaceLine(dir, "residents.csv", 3, "1,0,0,0,,30,MALE,WUHAN");
    RegisterException e = readFails();
    assertWhere(e, "residents.csv", 3, null);
    assertThat(e.problem()).contains("malformed row").contains("expected 9 fields").contains("found 8");
  }

  @Test
  void aRowWithTooManyFieldsIsMalformed() throws IOException {
    replaceLine(dir, "households.csv", 2, "0,0,extra");
    assertWhere(readFails(), "households.csv", 2, null);
  }

  @Test
  void anUnclosedQuoteIsMalformed() throws IOException {
    replaceLine(dir, "compounds.csv", 3, "1,\"Cotton mill,UNIT_DORMITORY,0,0");
    RegisterException e = readFails();
    assertThat(e.source()).endsWith("compounds.csv");
    assertThat(e.getMessage()).doesNotContain("\n");
  }

  @Test
  void aDuplicateIdNamesBothLines() throws IOException {
    replaceLine(dir, "households.csv", 4, "1,1");
    RegisterException e = readFails();
    assertWhere(e, "households.csv", 4, "id");
    assertThat(e.problem()).contains("duplicate id 1").contains("line 3");
  }

  @Test
  void aGapInTheIdsIsReported() throws IOException {
    replaceLine(dir, "households.csv", 4, "5,1");
    RegisterException e = readFails();
    assertWhere(e, "households.csv", 4, "id");
    assertThat(e.problem()).contains("gap").contains("id 2 is missing");
  }

  @Test
  void aResidentInAHouseholdThatDoesNotExistIsReported() throws IOException {
    replaceLine(dir, "residents.csv", 4, "2,9,,,,8,MALE,,");
    RegisterException e = readFails();
    assertWhere(e, "residents.csv", 4, "household");
    assertThat(e.problem()).contains("unknown household id 9").contains("households.csv has ids 0..2");
  }

  @Test
  void aReferenceToAMissingParentIsReportedInEveryChildFile() throws IOException {
    replaceLine(dir, "buildings.csv", 2, "0,7,Honghua 1");
    assertWhere(readFails(), "buildings.csv", 2, "compound");
    TinyRegister.write(dir);
    replaceLine(dir, "compounds.csv", 2, "0,Honghua,OLD_OPEN_COMPOUND,3,0");
    assertWhere(readFails(), "compounds.csv", 2, "responsibility_unit");
    TinyRegister.write(dir);
    replaceLine(dir, "checkpoints.csv", 2, "0,Honghua east gate,2");
    assertWhere(readFails(), "checkpoints.csv", 2, "compound");
    TinyRegister.write(dir);
    replaceLine(dir, "residents.csv", 2, "0,2,1,1,4,40,FEMALE,,");
    assertWhere(readFails(), "residents.csv", 2, "workplace");
  }

  @Test
  void aNegativeNumberIsReported() throws IOException {
    replaceLine(dir, "residents.csv", 4, "2,2,1,1,,-3,MALE,,");
    RegisterException e = readFails();
    assertWhere(e, "residents.csv", 4, "age");
    assertThat(e.problem()).isEqualTo("negative: -3");
  }

  @Test
  void aNegativeIdIsReported() throws IOException {
    replaceLine(dir, "zones.csv", 2, "-1,Zone 1");
    assertWhere(readFails(), "zones.csv", 2, "id");
  }

  @Test
  void aNonNumericFieldIsReported() throws IOException {
    replaceLine(dir, "residents.csv", 2, "0,2,1,1,0,forty,FEMALE,,");
    RegisterException e = readFails();
    assertWhere(e, "residents.csv", 2, "age");
    assertThat(e.problem()).contains("not a whole number").contains("forty");
  }

  @Test
  void anEmptyRequiredNumberIsReported() throws IOException {
    replaceLine(dir, "households.csv", 2, "0,");
    assertWhere(readFails(), "households.csv", 2, "building");
  }

  @Test
  void anUnknownEnumValueIsReportedWithTheKnownOnes() throws IOException {
    replaceLine(dir, "residents.csv", 2, "0,2,1,1,0,40,UNKNOWN,,");
    RegisterException e = readFails();
    assertWhere(e, "residents.csv", 2, "sex");
    assertThat(e.problem()).contains("'UNKNOWN'").contains("FEMALE, MALE");
    TinyRegister.write(dir);
    replaceLine(dir, "compounds.csv", 2, "0,Honghua,CASTLE,0,0");
    assertWhere(readFails(), "compounds.csv", 2, "kind");
    TinyRegister.write(dir);
    replaceLine(dir, "residents.csv", 3, "1,0,0,0,,30,MALE,SHANGHAI,2020-01-20");
    assertWhere(readFails(), "residents.csv", 3, "returnee_origin");
  }

  @Test
  void aBadDateIsReported() throws IOException {
    replaceLine(dir, "residents.csv", 3, "1,0,0,0,,30,MALE,WUHAN,20 Jan 2020");
    assertWhere(readFails(), "residents.csv", 3, "arrival_date");
  }

  @Test
  void anArrivalDateForANonReturneeIsReported() throws IOException {
    replaceLine(dir, "residents.csv", 4, "2,2,1,1,,8,MALE,,2020-01-20");
    RegisterException e = readFails();
    assertWhere(e, "residents.csv", 4, "arrival_date");
    assertThat(e.problem()).contains("not a returnee");
  }

  @Test
  void anAgeAboveTheModelsLimitIsReportedAtItsLine() throws IOException {
    replaceLine(dir, "residents.csv", 4, "2,2,1,1,,131,MALE,,");
    assertWhere(readFails(), "residents.csv", 4, "age");
  }

  @Test
  void aBuildingOrCompoundThatDoesNotMatchTheHouseholdIsReported() throws IOException {
    replaceLine(dir, "residents.csv", 3, "1,0,1,0,,30,MALE,WUHAN,2020-01-20");
    RegisterException e = readFails();
    assertWhere(e, "residents.csv", 3, "building");
    assertThat(e.problem()).contains("does not match household 0");
    TinyRegister.write(dir);
    replaceLine(dir, "residents.csv", 3, "1,0,0,1,,30,MALE,WUHAN,2020-01-20");
    assertWhere(readFails(), "residents.csv", 3, "compound");
  }

  @Test
  void aDuplicateNameIsReportedAtTheSecondRow() throws IOException {
    replaceLine(dir, "compounds.csv", 3, "1,Honghua,UNIT_DORMITORY,0,0");
    RegisterException e = readFails();
    assertWhere(e, "compounds.csv", 3, "name");
    assertThat(e.problem()).contains("duplicate name 'Honghua'");
  }

  @Test
  void aBlankNameIsReported() throws IOException {
    replaceLine(dir, "areas.csv", 2, "0,  ");
    assertWhere(readFails(), "areas.csv", 2, "name");
  }

  @Test
  void blankLinesAreSkippedAndLaterLinesKeepTheirNumbers() throws IOException {
    appendLine(dir, "residents.csv", "");
    appendLine(dir, "residents.csv", "3,9,,,,8,MALE,,");
    RegisterException e = readFails();
    assertThat(e.field()).contains("household");
    assertThat(e.line()).isEqualTo(6);
  }
}
