package org.cordon.simulation.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writes a command's output files all or nothing: into a hidden staging folder beside the target
 * folder, moved into place only when every file is written. If writing fails, the staging
 * folder is removed and the target folder is left as it was.
 */
public final class AtomicOutput {
  private AtomicOutput() {}

  /** Writes files into a folder. */
  @FunctionalInterface
  public interface Writer {
    /**
     * @param dir the (staging) folder to write into
     * @throws IOException if writing fails
     */
    void write(Path dir) throws IOException;
  }

  /**
   * Writes into {@code target} through a staging folder. Files already in {@code target} that
   * the writer also writes are replaced; other files there are kept.
   *
   * @param target the output folder (created if absent)
   * @param writer what to write
   * @throws UncheckedIOException if writing or moving fails (nothing is left half-written)
   */
  public static void writeDirectory(Path target, Writer writer) {
    Path abs = target.toAbsolutePath().normalize();
    Path parent = abs.getParent();
    Path staging = null;
    try {
      Files.createDirectories(parent);
      staging = Files.createTempDirectory(parent, "." + abs.getFileName() + ".partial-");
      writer.write(staging);
      Files.createDirectories(abs);
      try (var files = Files.list(staging)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          Path dest = abs.resolve(f.getFileName().toString());
          if (Files.isDirectory(dest) && Files.isDirectory(f)) {
            deleteRecursively(dest);
          }
          try {
            Files.move(f, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          } catch (AtomicMoveNotSupportedException e) {
            Files.move(f, dest, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + abs + ": " + e.getMessage(), e);
    } finally {
      if (staging != null) {
        try {
          deleteRecursively(staging);
        } catch (IOException ignored) {
          // best effort: a stale hidden staging folder holds no output
        }
      }
    }
  }

  /**
   * Deletes a file or folder tree if it exists.
   *
   * @param root the file or folder
   * @throws IOException if deleting fails
   */
  public static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
