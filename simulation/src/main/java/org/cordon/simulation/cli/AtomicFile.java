package org.cordon.simulation.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.cordon.InvalidInputException;

/**
 * One output file written all or nothing, as {@link AtomicOutput} writes a folder: into a hidden
 * staging file beside it ({@code .NAME.cordon-staging-PID-N}, same folder, same file system),
 * then renamed over it in one step; on any failure the staging file is removed and the old file
 * is as it was. Staging files left by a killed run (whose process is gone), and the {@code
 * .NAME*.partial} files of earlier versions, are removed by the next write of the same file.
 */
final class AtomicFile {
  private static final String STAGING = ".cordon-staging-";
  private static final AtomicLong COUNTER = new AtomicLong();

  private AtomicFile() {}

  static void write(Path file, String option, AtomicOutput.Writer writer) {
    AtomicOutput.checkFile(file, option);
    Path abs = file.toAbsolutePath().normalize();
    Path parent = abs.getParent();
    String name = abs.getFileName().toString();
    Path staging = parent.resolve("." + name + STAGING + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet());
    try {
      Files.createDirectories(parent);
      cleanStale(parent, name);
      writer.write(staging);
      Files.move(staging, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw InvalidInputException.argument(option, "cannot write " + file + ": " + AtomicOutput.reason(e));
    } finally {
      try {
        Files.deleteIfExists(staging);
      } catch (IOException ignored) {
        // best effort: a stale staging file holds no output and the next write removes it
      }
    }
  }

  private static void cleanStale(Path parent, String name) throws IOException {
    String prefix = "." + name;
    List<Path> stale = new ArrayList<>();
    try (var files = Files.list(parent)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String n = f.getFileName().toString();
        if (n.startsWith(prefix) && (n.endsWith(".partial")
            || n.startsWith(prefix + STAGING) && !AtomicOutput.alive(n, prefix + STAGING))) {
          stale.add(f);
        }
      }
    }
    for (Path f : stale) {
      if (Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        Files.deleteIfExists(f);
      }
    }
  }
}
