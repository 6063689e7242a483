package org.cordon.simulation.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.cordon.InvalidInputException;

/**
 * Writes a command's output folder all or nothing. {@link #open} checks the folder can be written
 * and creates a hidden staging folder beside it, on the same file system, <em>before</em> the
 * command does its work, so an unwritable {@code --out} (a file, a path under a file, a read-only
 * file system) fails at once with exit 2. {@link #commit} writes every file into the staging
 * folder, then swaps it in: the old folder is renamed aside, the staging folder renamed into its
 * place (one rename makes the new output appear whole), and only then the old folder is removed.
 * If anything fails, the old folder is put back as it was. Files in the old folder that the
 * command does not write are carried over into the new one.
 *
 * <p>Staging and old folders are named {@code .NAME.cordon-staging-PID-N} and {@code
 * .NAME.cordon-old-PID-N}; those left by a killed run (whose process is gone) are removed by the
 * next {@link #open} of the same folder, and an old folder whose swap was cut short is put back.
 *
 * <pre>{@code
 * try (AtomicOutput o = AtomicOutput.open(out, "--out")) {   // before the simulation
 *   Result r = simulate();
 *   o.commit(dir -> write(r, dir));
 * }
 * }</pre>
 */
public final class AtomicOutput implements AutoCloseable {
  private static final String STAGING = ".cordon-staging-";
  private static final String OLD = ".cordon-old-";
  private static final String LEGACY = ".partial-";
  private static final AtomicLong COUNTER = new AtomicLong();

  private final Path target;
  private final String option;
  private final Path staging;
  private final Path createdParent;
  private boolean done;

  /** Writes files into a folder. */
  @FunctionalInterface
  public interface Writer {
    /**
     * @param dir the (staging) folder to write into; for {@link #writeFile}, the staging file
     * @throws IOException if writing fails
     */
    void write(Path dir) throws IOException;
  }

  private AtomicOutput(Path target, String option, Path staging, Path createdParent) {
    this.target = target;
    this.option = option;
    this.staging = staging;
    this.createdParent = createdParent;
  }

  /**
   * Checks that {@code target} can be written and prepares its staging folder; removes what a
   * killed run left beside it.
   *
   * @param target the output folder (created if absent, with its parents)
   * @param option the option that named it, for messages (e.g. {@code --out})
   * @return the output, to {@link #commit} once and {@link #close}
   * @throws InvalidInputException naming {@code option} if {@code target} is a file, lies under a
   *     file, is the current folder or holds it, or its parent cannot be written
   */
  public static AtomicOutput open(Path target, String option) {
    Path abs = target.toAbsolutePath().normalize();
    Path parent = abs.getParent();
    if (parent == null) {
      throw bad(option, "cannot replace the root folder " + abs);
    }
    if (Path.of("").toAbsolutePath().normalize().startsWith(abs)) {
      throw bad(option, "must not be the current folder or one holding it: " + abs);
    }
    if (Files.exists(abs) && !Files.isDirectory(abs)) {
      throw bad(option, "is a file, not a folder: " + abs);
    }
    Path existing = parent;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing != null && !Files.isDirectory(existing)) {
      throw bad(option, "cannot create a folder under " + existing + ": it is a file");
    }
    Path created = null;
    if (!Files.exists(parent)) {
      created = parent;
      while (created.getParent() != null && !Files.exists(created.getParent())) {
        created = created.getParent();
      }
    }
    try {
      Files.createDirectories(parent);
      cleanStale(abs);
      Path staging = parent.resolve(
          "." + abs.getFileName() + STAGING + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet());
      Files.createDirectory(staging);
      return new AtomicOutput(abs, option, staging, created);
    } catch (IOException e) {
      throw bad(option, "cannot write into " + parent + ": " + reason(e));
    }
  }

  /**
   * Writes into {@code target} all or nothing ({@link #open} then {@link #commit}).
   *
   * @param target the output folder (created if absent)
   * @param writer what to write
   * @throws InvalidInputException naming {@code --out} if the folder cannot be written (nothing is
   *     left half-written)
   */
  public static void writeDirectory(Path target, Writer writer) {
    try (AtomicOutput o = open(target, "--out")) {
      o.commit(writer);
    }
  }

  /**
   * Checks, before any work, that a single output file can be written: it is not a folder and
   * its parent is (or can be made) a folder.
   *
   * @param file the output file
   * @param option the option that named it
   * @throws InvalidInputException naming {@code option} if the file cannot be written
   */
  public static void checkFile(Path file, String option) {
    Path abs = file.toAbsolutePath().normalize();
    if (Files.isDirectory(abs)) {
      throw bad(option, "is a folder, not a file: " + abs);
    }
    Path existing = abs.getParent();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
      throw bad(option, "cannot write under " + existing + ": " + (existing != null && Files.isDirectory(existing)
          ? "permission denied" : "it is a file"));
    }
  }

  /**
   * Writes one output file all or nothing: into a hidden staging file beside it, then renamed over
   * it in one step ({@link AtomicFile}); a failure leaves the old file as it was and no staging
   * file behind, and a staging file a killed run left is removed.
   *
   * @param file the output file
   * @param option the option that named it, for messages
   * @param writer writes the file it is given (the staging file)
   * @throws InvalidInputException naming {@code option} if the file cannot be written
   */
  public static void writeFile(Path file, String option, Writer writer) {
    AtomicFile.write(file, option, writer);
  }

  /** @return the staging folder the output is written into before the swap */
  public Path staging() {
    return staging;
  }

  /**
   * Writes the output into the staging folder and swaps it in place of the target folder.
   *
   * @param writer what to write
   * @throws InvalidInputException naming the option if writing or swapping fails; the target
   *     folder is then as it was
   * @throws IllegalStateException if called twice
   */
  public void commit(Writer writer) {
    if (done) {
      throw new IllegalStateException("already committed or closed");
    }
    try {
      writer.write(staging);
      swap();
    } catch (IOException e) {
      throw bad(option, "cannot write " + target + ": " + reason(e));
    } finally {
      close();
    }
  }

  private void swap() throws IOException {
    if (!Files.isDirectory(target)) {
      rename(staging, target);
      return;
    }
    List<Path[]> carried = new ArrayList<>();
    try {
      Set<String> written = names(staging);
      try (var files = Files.list(target)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          if (!written.contains(f.getFileName().toString())) {
            Path to = staging.resolve(f.getFileName().toString());
            rename(f, to);
            carried.add(new Path[] {f, to});
          }
        }
      }
      Path old = target.resolveSibling(
          "." + target.getFileName() + OLD + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet());
      rename(target, old);
      try {
        rename(staging, target);
      } catch (IOException e) {
        rename(old, target);
        throw e;
      }
      carried.clear();
      try {
        deleteRecursively(old);
      } catch (IOException ignored) {
        // the new output is in place; a leftover old folder is removed by the next run
      }
    } finally {
      for (Path[] c : carried) {
        try {
          rename(c[1], c[0]); // put the carried files back into the old folder
        } catch (IOException ignored) {
          // best effort: they are still in the staging folder, which close() would remove
        }
      }
    }
  }

  /** Removes the staging folder (and a parent folder {@link #open} created) unless committed. */
  @Override
  public void close() {
    if (done) {
      return;
    }
    done = true;
    try {
      deleteRecursively(staging);
      if (createdParent != null && !Files.exists(target)) {
        deleteEmptyTree(createdParent);
      }
    } catch (IOException ignored) {
      // best effort: a stale staging folder holds no output and the next run removes it
    }
  }

  private static void cleanStale(Path target) throws IOException {
    String prefix = "." + target.getFileName();
    List<Path> stale = new ArrayList<>();
    try (var files = Files.list(target.getParent())) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String n = f.getFileName().toString();
        if (n.startsWith(prefix + LEGACY) || (n.startsWith(prefix + STAGING) && !alive(n, prefix + STAGING))
            || (n.startsWith(prefix + OLD) && !alive(n, prefix + OLD))) {
          stale.add(f);
        }
      }
    }
    for (Path f : stale) {
      String n = f.getFileName().toString();
      try {
        if (n.startsWith(prefix + OLD) && !Files.exists(target)) {
          rename(f, target); // a swap cut short between its two renames: the old output comes back
        } else {
          deleteRecursively(f);
        }
      } catch (IOException ignored) {
        // not ours to insist on: the folder holds no output the user asked for
      }
    }
  }

  /** @return whether the process whose id follows {@code prefix} in {@code name} is running */
  static boolean alive(String name, String prefix) {
    String rest = name.substring(prefix.length());
    int dash = rest.indexOf('-');
    try {
      long pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static Set<String> names(Path dir) throws IOException {
    Set<String> names = new HashSet<>();
    try (var files = Files.list(dir)) {
      files.forEach(f -> names.add(f.getFileName().toString()));
    }
    return names;
  }

  private static void rename(Path from, Path to) throws IOException {
    Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void deleteEmptyTree(Path root) throws IOException {
    try (var walk = Files.walk(root)) {
      if (walk.anyMatch(Files::isRegularFile)) {
        return;
      }
    }
    deleteRecursively(root);
  }

  private static InvalidInputException bad(String option, String problem) {
    return InvalidInputException.argument(option, problem);
  }

  /** @return why an I/O operation failed, in words (no exception class names) */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder: " + e.getMessage();
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason() + (f.getFile() == null ? "" : " (" + f.getFile() + ")");
    }
    return e.getMessage() == null ? "input/output error" : e.getMessage();
  }

  /**
   * Deletes a file or folder tree if it exists.
   *
   * @param root the file or folder
   * @throws IOException if deleting fails
   */
  public static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
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
