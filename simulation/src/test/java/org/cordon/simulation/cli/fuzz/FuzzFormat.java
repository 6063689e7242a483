package org.cordon.simulation.cli.fuzz;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * An input format the fuzz test mutates: a register, a scenario file, an encounter file, a
 * command line. A new format joins the test by implementing this and being listed in {@link
 * FuzzFormats#all}.
 */
public interface FuzzFormat {
  /** @return the format's name, for reports */
  String name();

  /**
   * Makes one case: writes its (mutated) input files into {@code dir} and returns the command
   * that reads them.
   *
   * @param r the random source (the case is a function of its state)
   * @param dir an empty folder for this case's files
   * @return the case
   * @throws IOException if writing the files fails
   */
  FuzzCase next(SplittableRandom r, Path dir) throws IOException;
}
