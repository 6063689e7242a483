package org.cordon.community.synth;

import java.util.List;
import org.cordon.InvalidInputException;
import org.cordon.community.Community;

/** Built-in communities by name, for command lines and scenario files. */
public final class CommunityPresets {
  /** The Jinsha community, Hong'an county, Hubei, January 2020 ({@link JinshaProfile#jinsha2020()}). */
  public static final String JINSHA_2020 = "jinsha-2020";

  /**
   * The most residents a preset can be scaled to: 20,000,000 (an assumption, about 750 times
   * Jinsha; a community of that size needs a heap of about 12 GB, see {@link #BYTES_PER_RESIDENT}).
   */
  public static final int MAX_RESIDENTS = 20_000_000;

  /**
   * Heap a resident takes while a scaled community is built, traced or simulated: 600 bytes
   * (measured: {@code compare} on 1,000,000 residents with 2 threads peaked at 576 MB resident
   * memory; rounded up as an assumption for more threads). A scaled preset is refused before it is
   * built when {@code residents x BYTES_PER_RESIDENT} exceeds {@link Runtime#maxMemory()}.
   */
  public static final long BYTES_PER_RESIDENT = 600;

  private CommunityPresets() {}

  /**
   * Checks a number of residents to scale a preset to, before any work: at least 1, at most {@link
   * #MAX_RESIDENTS}, and small enough for this JVM's heap ({@link #BYTES_PER_RESIDENT} each).
   *
   * @param residents the number asked for
   * @return the problem with it, or {@code null} when it can be built
   */
  public static String residentsProblem(long residents) {
    if (residents < 1) {
      return "must be positive: " + residents;
    }
    if (residents > MAX_RESIDENTS) {
      return "at most " + MAX_RESIDENTS + " residents are supported: " + residents;
    }
    long heap = Runtime.getRuntime().maxMemory();
    if (heap != Long.MAX_VALUE && residents * BYTES_PER_RESIDENT > heap) {
      return String.format(java.util.Locale.ROOT,
          "%d residents need about %d MB of heap (%d bytes each), this JVM has %d MB: give fewer residents "
              + "or a larger heap (-Xmx)", residents, residents * BYTES_PER_RESIDENT >> 20, BYTES_PER_RESIDENT, heap >> 20);
    }
    return null;
  }

  /** @return the preset names */
  public static List<String> names() {
    return List.of(JINSHA_2020);
  }

  /**
   * @param name a preset name
   * @return that preset's profile
   * @throws InvalidInputException if there is no such preset
   */
  public static JinshaProfile profile(String name) {
    if (JINSHA_2020.equals(name)) {
      return JinshaProfile.jinsha2020();
    }
    throw InvalidInputException.argument("preset", "unknown preset '" + InvalidInputException.echo(name) + "' (known: " + String.join(", ", names()) + ")");
  }

  /**
   * @param name a preset name
   * @param seed the random seed
   * @return the preset's community at its own size
   * @throws InvalidInputException if there is no such preset
   */
  public static Community community(String name, long seed) {
    return JinshaSynthesizer.synthesize(profile(name), seed);
  }

  /**
   * @param name a preset name
   * @param seed the random seed
   * @param residents the number of residents to scale the preset to
   * @return the preset's structure with {@code residents} residents
   * @throws InvalidInputException if there is no such preset or {@code residents} is too small,
   *     above {@link #MAX_RESIDENTS} or more than the heap holds ({@link #residentsProblem(long)})
   */
  public static Community community(String name, long seed, int residents) {
    JinshaProfile profile = profile(name);
    String problem = residentsProblem(residents);
    if (problem != null) {
      throw InvalidInputException.argument("residents", problem);
    }
    return JinshaSynthesizer.synthesize(profile.scaledTo(residents), seed);
  }
}
