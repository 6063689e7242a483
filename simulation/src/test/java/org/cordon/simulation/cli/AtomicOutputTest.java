package org.cordon.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cordon.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AtomicOutput}: the whole folder swapped in, the old one kept until then, stale folders cleaned. */
class AtomicOutputTest {
  @TempDir Path tmp;

  private List<String> siblings() throws IOException {
    try (var files = Files.list(tmp)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private Path previousOutput() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(out.resolve("summary.json"), "old");
    Files.writeString(out.resolve("daily.csv"), "old");
    Files.writeString(out.resolve("notes.txt"), "mine");
    return out;
  }

  @Test
  void aWriterFailingHalfwayLeavesTheOldFolderAsItWasAndNoStaging() throws IOException {
    Path out = previousOutput();
    assertThatThrownBy(() -> AtomicOutput.writeDirectory(out, dir -> {
      Files.writeString(dir.resolve("summary.json"), "new");
      throw new IOException("disk full");
    })).isInstanceOf(InvalidInputException.class).hasMessageContaining("--out").hasMessageContaining("disk full");
    assertThat(Files.readString(out.resolve("summary.json"))).isEqualTo("old");
    assertThat(Files.readString(out.resolve("daily.csv"))).isEqualTo("old");
    assertThat(siblings()).containsExactly("out");
  }

  @Test
  void aCommitReplacesWrittenFilesKeepsTheOthersAndLeavesNothingBeside() throws IOException {
    Path out = previousOutput();
    AtomicOutput.writeDirectory(out, dir -> Files.writeString(dir.resolve("summary.json"), "new"));
    assertThat(Files.readString(out.resolve("summary.json"))).isEqualTo("new");
    assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("mine");
    assertThat(Files.readString(out.resolve("daily.csv"))).isEqualTo("old");
    assertThat(siblings()).containsExactly("out");
  }

  @Test
  void anOpenOutputStagesBesideTheFolderUntilCommitted() throws IOException {
    Path out = previousOutput();
    try (AtomicOutput o = AtomicOutput.open(out, "--out")) {
      assertThat(o.staging().getParent()).isEqualTo(tmp);
      assertThat(o.staging().getFileName().toString()).startsWith(".out.cordon-staging-");
      assertThat(Files.readString(out.resolve("summary.json"))).isEqualTo("old");
    }
    assertThat(siblings()).containsExactly("out"); // closed without commit: staging removed
  }

  @Test
  void foldersLeftByAKilledRunAreRemovedAndAnInterruptedSwapIsUndone() throws IOException {
    long dead = Long.MAX_VALUE; // no process has this id
    Files.createDirectories(tmp.resolve(".out.cordon-staging-" + dead + "-1")).resolve("x");
    Files.writeString(Files.createDirectories(tmp.resolve(".out.partial-123")).resolve("y"), "half");
    Path old = Files.createDirectories(tmp.resolve(".out.cordon-old-" + dead + "-2"));
    Files.writeString(old.resolve("summary.json"), "old");
    // the killed run had renamed the old output aside but not yet moved the new one in
    AtomicOutput.writeDirectory(tmp.resolve("out"), dir -> Files.writeString(dir.resolve("daily.csv"), "new"));
    assertThat(siblings()).containsExactly("out");
    assertThat(Files.readString(tmp.resolve("out/summary.json"))).isEqualTo("old");
    assertThat(Files.readString(tmp.resolve("out/daily.csv"))).isEqualTo("new");
  }
}
