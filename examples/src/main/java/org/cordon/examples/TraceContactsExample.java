package org.cordon.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.cordon.community.Community;
import org.cordon.community.Resident;
import org.cordon.community.ReturneeOrigin;
import org.cordon.community.register.RegisterReader;
import org.cordon.community.register.RegisterWriter;
import org.cordon.community.synth.JinshaSynthesizer;
import org.cordon.contact.ContactGraph;
import org.cordon.trace.ContactTracer;
import org.cordon.trace.TraceResult;

/**
 * Example 1 ({@code examples/run trace [REGISTER_DIR [CASE_ID]]}): loads a community register
 * (one CSV file per entity, as {@code cordon generate} writes it) and traces one case's close
 * contacts (密切接触者) under China's default rule: household members and recorded encounters,
 * from two days before symptom onset.
 *
 * <p>Without a folder argument it first writes a Jinsha-like register (seed 1) into a temporary
 * folder. Without a case id it traces the first Wuhan returnee of Honghua compound, the compound
 * sealed on 25 January 2020. The register has no recorded encounters, so the close contacts are
 * exactly the case's household members present in the window.
 */
public final class TraceContactsExample {
  /** Symptom onset of the traced case: 26 January 2020, the day before the county's first announcement. */
  public static final LocalDate ONSET = LocalDate.of(2020, 1, 26);
  /** The last day that counts: the case was isolated on 28 January, when the survey started. */
  public static final LocalDate UNTIL = LocalDate.of(2020, 1, 28);

  private TraceContactsExample() {}

  /**
   * Runs the example.
   *
   * @param args optional register folder, then optional case id
   * @throws IOException if the temporary register cannot be written
   */
  public static void main(String[] args) throws IOException {
    OptionalInt caseId = args.length > 1 ? OptionalInt.of(Integer.parseInt(args[1])) : OptionalInt.empty();
    if (args.length > 0) {
      run(Path.of(args[0]), caseId, System.out);
      return;
    }
    // No register given: write one, as `./cordon generate --preset jinsha-2020 --seed 1` would,
    // into a temporary folder that is removed afterwards.
    Path register = Files.createTempDirectory("cordon-register");
    try {
      RegisterWriter.write(JinshaSynthesizer.jinsha2020(1), register);
      System.out.println("wrote a Jinsha register (seed 1) to " + register + " (removed at the end)");
      run(register, caseId, System.out);
    } finally {
      deleteTree(register);
    }
  }

  /** Deletes a folder and everything in it, deepest first. */
  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }

  /**
   * Loads the register and prints the close contacts of one case.
   *
   * @param register a register folder
   * @param chosenCase the case's resident id, or empty for the first Wuhan returnee of Honghua
   *     (or of the community, if it has no Honghua)
   * @param out where to print
   * @return the traced contacts
   * @throws org.cordon.InvalidInputException if the register is missing or bad, or the case id is
   *     unknown
   */
  public static TraceResult run(Path register, OptionalInt chosenCase, PrintStream out) {
    Community community = RegisterReader.read(register);                  // the CSV files, validated
    ContactTracer tracer = new ContactTracer(ContactGraph.of(community)); // immutable: share across threads
    int caseId = chosenCase.orElseGet(() -> firstWuhanReturnee(community));
    TraceResult contacts = tracer.closeContactsGivenOnset(caseId, ONSET, UNTIL); // household + encounters, onset - 2 days

    Resident c = community.resident(caseId);
    out.printf("community: %,d residents in %,d households, %d compounds%n",
        community.residentCount(), community.households().size(), community.compounds().size());
    out.printf("case %d: age %d, household %d, compound %s, returnee from %s%s%n",
        c.id(), c.age(), c.household(), community.compounds().get(c.compound()).name(),
        c.returneeOrigin(), c.arrival().map(d -> " (arrived " + d + ")").orElse(""));
    out.printf("close contacts from %s to %s: %d%n", ONSET.minusDays(2), UNTIL, contacts.size());
    for (TraceResult.Contact k : contacts.contacts()) {
      Resident r = community.resident(k.id());
      out.printf("  resident %d: age %d, household %d, via %s%n", r.id(), r.age(), r.household(), k.layers());
    }
    return contacts;
  }

  /**
   * @param community a community
   * @return the first Wuhan returnee living in Honghua, or else the first Wuhan returnee, or else
   *     resident 0
   */
  static int firstWuhanReturnee(Community community) {
    int honghua = community.compounds().stream()
        .filter(k -> k.name().equals("Honghua")).mapToInt(k -> k.id()).findFirst().orElse(Community.NONE);
    int any = -1;
    for (int r = 0; r < community.residentCount(); r++) {
      if (community.returneeOriginOf(r) == ReturneeOrigin.WUHAN) {
        if (community.compoundOf(r) == honghua) {
          return r;
        }
        if (any < 0) {
          any = r;
        }
      }
    }
    return Math.max(any, 0);
  }
}
