package org.cordon.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.cordon.InvalidInputException;
import org.cordon.community.Community;
import org.cordon.community.register.RegisterReader;
import org.cordon.community.synth.JinshaProfile;
import org.cordon.community.synth.JinshaSynthesizer;
import org.cordon.contact.ContactGraph;
import org.cordon.contact.Encounter;
import org.cordon.contact.EncounterReader;
import org.cordon.contact.GroupLayer;
import org.cordon.contact.Layer;
import org.cordon.trace.ContactTracer;

/**
 * The data of a benchmark: a synthesized community of a given size (the {@code jinsha-2020}
 * preset at {@link #JINSHA_RESIDENTS}, the same structure scaled otherwise) or a researcher's own
 * register folder ({@link #of(int, String, String)}, as {@code cordon generate} writes or {@code
 * cordon inspect} reads), synthetic encounters ({@link SyntheticEncounters}) or an encounter file,
 * its contact graph and a fixed, seeded list of cases to rotate through so caches do not flatter
 * the queries. Built once per trial, outside measured code.
 */
public final class Fixture {
  /** Residents of Jinsha as reported (docs/sources.md#the-community); the {@code jinsha-2020} preset. */
  public static final int JINSHA_RESIDENTS = 26_707;
  /** The seed of every fixture (community, encounters and cases). */
  public static final long SEED = 2020L;
  /** Length of the rotation of single cases (a power of two). */
  public static final int ROTATION = 1 << 12;

  private final Community community;
  private final List<Encounter> encounters;
  private final ContactGraph graph;
  private final ContactTracer tracer;
  private final int[] cases;

  private Fixture(Community community, List<Encounter> encounters) {
    this.community = community;
    this.encounters = encounters;
    this.graph = ContactGraph.builder(community).addEncounters(encounters).build();
    this.tracer = new ContactTracer(graph);
    SplittableRandom rng = new SplittableRandom(SEED + 2);
    this.cases = new int[ROTATION];
    for (int i = 0; i < ROTATION; i++) {
      cases[i] = rng.nextInt(community.residentCount());
    }
  }

  /**
   * @param residents the community size
   * @return a fixture of that size
   * @throws InvalidInputException if the size is too small for Jinsha's structure
   */
  public static Fixture of(int residents) {
    Community c = community(residents);
    return new Fixture(c, SyntheticEncounters.generate(c, SEED + 1));
  }

  /**
   * The fixture of a benchmark's parameters: a register folder when {@code register} is not blank
   * (then {@code residents} is ignored), with the encounters of {@code encounterFile} when that is
   * not blank (CSV {@code a,b,first_day,last_day[,minutes]}, as {@code cordon trace --encounters}
   * reads), synthetic ones otherwise.
   *
   * @param residents the community size when there is no register
   * @param register a register folder, or blank
   * @param encounterFile an encounter file, or blank
   * @return the fixture
   * @throws InvalidInputException if the folder or file is missing or invalid (naming the file,
   *     line and field), or the size is too small for Jinsha's structure
   */
  public static Fixture of(int residents, String register, String encounterFile) {
    boolean own = register != null && !register.isBlank();
    if (!own && encounterFile != null && !encounterFile.isBlank()) {
      throw InvalidInputException.argument("encounters", "an encounter file needs -p register=DIR (the community it refers to)");
    }
    if (!own) {
      return of(residents);
    }
    Path dir = Path.of(register);
    if (!Files.isDirectory(dir)) {
      throw InvalidInputException.argument("register", "register folder not found: '" + register + "'");
    }
    Community c = RegisterReader.read(dir);
    List<Encounter> enc = encounterFile == null || encounterFile.isBlank()
        ? SyntheticEncounters.generate(c, SEED + 1)
        : EncounterReader.read(Path.of(encounterFile), c);
    return new Fixture(c, enc);
  }

  /**
   * @param residents the community size
   * @return the {@code jinsha-2020} preset at 26,707 residents, the scaled structure otherwise
   * @throws InvalidInputException if the size is too small for Jinsha's structure
   */
  public static Community community(int residents) {
    return residents == JINSHA_RESIDENTS
        ? JinshaSynthesizer.jinsha2020(SEED)
        : JinshaSynthesizer.synthesize(JinshaProfile.jinsha2020().scaledTo(residents), SEED);
  }

  /** @return the community */
  public Community community() {
    return community;
  }

  /** @return the synthetic encounters in the graph */
  public List<Encounter> encounters() {
    return encounters;
  }

  /** @return the contact graph (all layers and the encounters) */
  public ContactGraph graph() {
    return graph;
  }

  /** @return a tracer over the graph */
  public ContactTracer tracer() {
    return tracer;
  }

  /**
   * @param i any non-negative counter
   * @return the {@code i}-th case of the rotation (wrapping)
   */
  public int caseAt(int i) {
    return cases[i & (ROTATION - 1)];
  }

  /**
   * Cases that share groups, as a cluster does: anchors from the rotation, each with three more
   * cases from its workplace (from its household when it has no workplace, or the workplace is too
   * small), chosen by a generator seeded with {@code i}.
   *
   * @param i any non-negative counter
   * @param count how many cases, a multiple of 4
   * @return {@code count} cases, four from each of {@code count / 4} groups
   */
  public int[] sharedCasesAt(int i, int count) {
    GroupLayer work = graph.layer(Layer.WORKPLACE);
    GroupLayer home = graph.layer(Layer.HOUSEHOLD);
    SplittableRandom rng = new SplittableRandom(SEED + 3 + i);
    int[] out = new int[count];
    for (int k = 0; k < count; k += 4) {
      int a = caseAt(i * count + k);
      out[k] = a;
      GroupLayer layer = work.groupEnd(a) > work.groupStart(a) ? work : home;
      int g = layer.groupEnd(a) > layer.groupStart(a) ? layer.group(layer.groupStart(a)) : -1;
      for (int m = 1; m < 4; m++) {
        out[k + m] = g < 0 || layer.size(g) < 2 ? a
            : layer.member(layer.memberStart(g) + rng.nextInt(layer.size(g)));
      }
    }
    return out;
  }

  /**
   * @param i any non-negative counter
   * @param count how many cases
   * @return {@code count} consecutive cases of the rotation from {@code i * count}
   */
  public int[] casesAt(int i, int count) {
    int[] out = new int[count];
    int base = i * count;
    for (int k = 0; k < count; k++) {
      out[k] = caseAt(base + k);
    }
    return out;
  }
}
