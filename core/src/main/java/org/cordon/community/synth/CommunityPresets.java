package org.cordon.community.synth;

import java.util.List;
import org.cordon.InvalidInputException;
import org.cordon.community.Community;

/** Built-in communities by name, for command lines and scenario files. */
public final class CommunityPresets {
  /** The Jinsha community, Hong'an county, Hubei, January 2020 ({@link JinshaProfile#jinsha2020()}). */
  public static final String JINSHA_2020 = "jinsha-2020";

  private CommunityPresets() {}

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
    throw InvalidInputException.argument("preset", "unknown preset '" + name + "' (known: " + String.join(", ", names()) + ")");
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
   * @throws InvalidInputException if there is no such preset or {@code residents} is too small
   */
  public static Community community(String name, long seed, int residents) {
    return JinshaSynthesizer.synthesize(profile(name).scaledTo(residents), seed);
  }
}
