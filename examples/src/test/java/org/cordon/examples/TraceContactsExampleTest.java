package org.cordon.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.cordon.InvalidInputException;
import org.cordon.community.Community;
import org.cordon.community.register.RegisterWriter;
import org.cordon.community.synth.JinshaSynthesizer;
import org.cordon.trace.TraceResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceContactsExampleTest {
  @TempDir static Path register;
  static Community community;

  @BeforeAll
  static void writeRegister() throws IOException {
    community = JinshaSynthesizer.scaled(5_000, 3);
    RegisterWriter.write(community, register);
  }

  /** The household members of a case present by the last day of the window, the case excluded. */
  private static List<Integer> householdMembersPresent(int caseId) {
    List<Integer> members = new ArrayList<>();
    for (int m : community.householdMembers().members(community.householdOf(caseId))) {
      if (m != caseId && community.resident(m).arrival().map(d -> !d.isAfter(TraceContactsExample.UNTIL)).orElse(true)) {
        members.add(m);
      }
    }
    return members;
  }

  @Test
  void theDefaultCaseIsAWuhanReturneeOfHonghuaAndItsContactsAreItsHousehold() {
    TraceResult[] result = new TraceResult[1];
    String printed = Printed.by(out -> result[0] = TraceContactsExample.run(register, OptionalInt.empty(), out));
    int caseId = result[0].source();
    assertThat(community.compounds().get(community.compoundOf(caseId)).name()).isEqualTo("Honghua");
    assertThat(printed).contains("case " + caseId + ": age " + community.ageOf(caseId) + ", household "
        + community.householdOf(caseId) + ", compound Honghua, returnee from WUHAN");

    List<Integer> expected = householdMembersPresent(caseId);
    assertThat(expected).isNotEmpty();
    assertThat(result[0].ids()).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    assertThat(printed).contains("close contacts from 2020-01-24 to 2020-01-28: " + expected.size() + "\n");
    for (int m : expected) {
      assertThat(printed).contains("  resident " + m + ": age " + community.ageOf(m) + ", household "
          + community.householdOf(caseId) + ", via [HOUSEHOLD]");
    }
    assertThat(printed.lines().filter(l -> l.startsWith("  resident "))).hasSize(expected.size());
  }

  @Test
  void aGivenCaseIsTracedToExactlyItsHouseholdMembers() {
    // a resident of a household of several people, not a returnee
    int caseId = -1;
    for (int r = 0; r < community.residentCount() && caseId < 0; r++) {
      if (community.householdMembers().size(community.householdOf(r)) >= 4 && community.arrivalDateOf(r) == null) {
        caseId = r;
      }
    }
    int chosen = caseId;
    TraceResult[] result = new TraceResult[1];
    String printed = Printed.by(out -> result[0] = TraceContactsExample.run(register, OptionalInt.of(chosen), out));
    assertThat(result[0].ids()).containsExactly(householdMembersPresent(chosen).stream().mapToInt(Integer::intValue).toArray());
    assertThat(printed).contains("case " + chosen + ": ").contains("returnee from NONE\n");
  }

  @Test
  void anUnknownCaseIsRejectedNamingIt() {
    assertThatThrownBy(() -> TraceContactsExample.run(register, OptionalInt.of(community.residentCount()), System.out))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("unknown resident id " + community.residentCount());
  }

  @Test
  void aMissingRegisterIsRejected(@TempDir Path empty) {
    assertThatThrownBy(() -> TraceContactsExample.run(empty.resolve("nowhere"), OptionalInt.empty(), System.out))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void theTemporaryRegisterIsRemovedWithEverythingInIt(@TempDir Path scratch) throws IOException {
    Path dir = java.nio.file.Files.createDirectories(scratch.resolve("cordon-register-1/nested"));
    java.nio.file.Files.writeString(dir.resolve("residents.csv"), "id\n0\n");
    java.nio.file.Files.writeString(scratch.resolve("cordon-register-1/zones.csv"), "id,name\n");
    TraceContactsExample.deleteTree(scratch.resolve("cordon-register-1"));
    assertThat(scratch.resolve("cordon-register-1")).doesNotExist();
    assertThat(scratch).exists();
  }
}
