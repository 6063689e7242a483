package org.cordon.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A scenario file on the Jinsha preset scaled to a few thousand residents, so tests run fast. */
public final class SmallScenario {
  /** Residents of the small community. */
  public static final int RESIDENTS = 4000;

  private SmallScenario() {}

  /**
   * @param dir a folder
   * @return the scenario file written into it
   */
  public static Path write(Path dir) {
    Path f = dir.resolve("small.yaml");
    try {
      Files.writeString(f, String.join("\n",
          "name: small-jinsha",
          "community: {preset: jinsha-2020, seed: 1, residents: " + RESIDENTS + "}",
          "start: 2020-01-10",
          "end: 2020-03-08",
          "disease: {calibration: jinsha-2020}",
          "imports: {shareInfectedWuhan: 0.02}",
          "variants:",
          "  - name: as-happened",
          "    closureDate: 2020-01-25",
          "    jinsha: {honghua: 2020-01-25T13:00, community: 2020-02-01T08:00}",
          ""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return f;
  }
}
