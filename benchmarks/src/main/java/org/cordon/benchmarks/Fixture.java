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
   * Distinct cases that share groups, as a cluster's confirmed cases do: anchors from the
   * rotation, each with up to three more cases from its workplace (from its household when it has
   * no workplace), drawn without replacement by a generator seeded with {@code i}; a group with
   * fewer other members gives fewer, and the next anchor follows. Distinct, because {@code
   * contactsOfEach} answers a case listed twice once: with repeats (this method drew with
   * replacement before 8 Dec 2026, 14.5 distinct cases of 20 on average at 26,707) the bulk call
   * did about a quarter less work than the 20 single queries it is compared with.
   *
   * @param i any non-negative counter
   * @param count how many cases
   * @return {@code count} distinct cases, in groups of up to four that share a workplace or a
   *     household
   */
  public int[] sharedCasesAt(int i, int count) {
    GroupLayer work = graph.layer(Layer.WORKPLACE);
    GroupLayer home = graph.layer(Layer.HOUSEHOLD);
    SplittableRandom rng = new SplittableRandom(SEED + 3 + i);
    int[] out = new int[count];
    int k = 0;
    for (int j = 0; k < count; j++) {
      int a = caseAt(i * count + j);
      if (contains(out, k, a)) {
        continue;
      }
      out[k++] = a;
      GroupLayer layer = work.groupEnd(a) > work.groupStart(a) ? work : home;
      if (layer.groupEnd(a) == layer.groupStart(a)) {
        continue;
      }
      int g = layer.group(layer.groupStart(a));
      int m0 = layer.memberStart(g);
      int size = layer.size(g);
      int want = Math.min(3, count - k);
      // a small group's members from a random place on; a large one's drawn until three are new
      boolean small = size <= 16;
      int from = rng.nextInt(size);
      for (int t = 0; want > 0 && t < (small ? size : 64); t++) {
        int v = layer.member(m0 + (small ? (from + t) % size : rng.nextInt(size)));
        if (!contains(out, k, v)) {
          out[k++] = v;
          want--;
        }
      }
    }
    return out;
  }

  private static boolean contains(int[] a, int n, int v) {
    for (int x = 0; x < n; x++) {
      if (a[x] == v) {
        return true;
      }
    }
    return false;
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
