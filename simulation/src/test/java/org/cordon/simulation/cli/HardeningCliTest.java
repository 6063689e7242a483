package org.cordon.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.cordon.InvalidInputException;
import org.cordon.internal.csv.InputFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command-line cases of issue 21, each ending in exit 2 (or 70 for an exhausted heap) and one
 * line in the project's words: no library or Java class name, huge files and devices refused by
 * size or type before a byte is read, {@code staffing} checking what {@code compare} checks, and
 * a single output file that leaves no partial file.
 */
class HardeningCliTest {
  private static final String[] LIBRARY_WORDS = {"org.", "java.", "Exception", "StreamReadConstraints", "snakeyaml"};
  private static final String HEAD = "name: t\ncommunity: {preset: jinsha-2020, seed: 1, residents: 300}\n"
      + "start: 2020-01-10\nend: 2020-03-08\n";

  @TempDir Path tmp;

  private static CliRun assertCleanLine(CliRun r, String... parts) {
    r.assertOneLineError(parts);
    assertThat(r.err()).doesNotContain(LIBRARY_WORDS);
    return r;
  }

  private Path write(String name, String text) throws IOException {
    Path f = tmp.resolve(name);
    Files.writeString(f, text);
    return f;
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "compare", "staffing"})
  void yamlNestedTooDeepIsSaidInTheProjectsWords(String command) throws IOException {
    Path f = write("deep.yaml", HEAD + "assumptions: " + "[".repeat(1_001) + "]".repeat(1_001) + "\n");
    assertCleanLine(run(command, f), "deep.yaml", "nested deeper than 1000 levels");
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "compare", "staffing"})
  void aComplexMappingKeyIsSaidInTheProjectsWords(String command) throws IOException {
    Path f = write("key.yaml", HEAD + "assumptions:\n  ? [a, b]\n  : 1\n");
    assertCleanLine(run(command, f), "key.yaml", "a mapping key must be a plain value");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aDeviceIsRefusedByItsTypeWithoutReadingIt() {
    Path zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero));
    assertCleanLine(CliRun.of("scenario", "check", zero.toString()), "/dev/zero", "not a regular file");
    assertCleanLine(CliRun.of("compare", "--scenario", zero.toString(), "--quiet"), "/dev/zero", "not a regular file");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aTenMegabyteScenarioIsRefusedBySizeBeforeItIsRead() throws IOException {
    Path f = tmp.resolve("huge.yaml");
    StringBuilder b = new StringBuilder("name: ");
    b.append("x".repeat(10 * 1024 * 1024)).append("\r\n");
    Files.writeString(f, b);
    assertThat(Files.size(f)).isGreaterThan(10L << 20);
    assertCleanLine(CliRun.of("scenario", "check", f.toString()), "huge.yaml", "over the limit of 1 MiB");
    assertCleanLine(CliRun.of("compare", "--scenario", f.toString(), "--quiet"), "huge.yaml", "over the limit");
    assertCleanLine(CliRun.of("staffing", "--scenario", f.toString()), "huge.yaml", "over the limit");
  }

  @Test
  void aRegisterTableOverItsLimitIsRefusedUnread() throws IOException {
    Path register = tmp.resolve("reg");
    assertThat(CliRun.of("generate", "--residents", "300", "--out", register.toString()).exit()).isZero();
    try (RandomAccessFile sparse = new RandomAccessFile(register.resolve("residents.csv").toFile(), "rw")) {
      sparse.setLength(InputFiles.MAX_TABLE_BYTES + 1); // a sparse file: nothing is written, nothing could be read
    }
    assertCleanLine(CliRun.of("inspect", "--register", register.toString()), "residents.csv", "over the limit of 512 MiB");
  }

  @Test
  void aCalibrationFileOverItsLimitIsRefusedUnread() throws IOException {
    Path cal = tmp.resolve("cal.yaml");
    try (RandomAccessFile sparse = new RandomAccessFile(cal.toFile(), "rw")) {
      sparse.setLength(InputFiles.MAX_CALIBRATION_BYTES + 1);
    }
    Path f = write("s.yaml", HEAD + "disease: {calibration: cal.yaml}\n");
    assertCleanLine(run("compare", f), "cal.yaml", "over the limit of 2 MiB");
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "compare", "staffing"})
  void aMissingCalibrationFileFailsEveryCommandWithTheSameLine(String command) throws IOException {
    Path f = write("cal.yaml", HEAD + "disease: {calibration: /nonexistent.yaml}\n");
    CliRun r = assertCleanLine(run(command, f), "/nonexistent.yaml");
    assertThat(r.err()).isEqualTo(run("compare", f).err());
  }

  @Test
  void anExhaustedHeapUnderBadInputIsExit70() {
    StringWriter err = new StringWriter();
    InvalidInputException wrapped = new InvalidInputException("s.yaml", 0, null, "cannot read",
        new OutOfMemoryError("Java heap space"));
    assertThat(ErrorReport.report(wrapped, new java.io.PrintWriter(err), false)).isEqualTo(70);
    assertThat(err.toString()).startsWith("cordon: out of memory").doesNotContain(LIBRARY_WORDS);
  }

  @Test
  void aSingleOutputFileIsStagedAndSwappedAndAStalePartialIsRemoved() throws IOException {
    Path out = tmp.resolve("fit.yaml");
    Files.writeString(out, "old: 1\n");
    Path legacy = Files.writeString(tmp.resolve(".fit.yaml123456.partial"), "");
    Path staleStaging = Files.writeString(tmp.resolve(".fit.yaml.cordon-staging-999999999-1"), "half");
    // a failing write leaves the old file as it was and no staging file
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> AtomicOutput.writeFile(out, "--out", f -> {
      Files.writeString(f, "new: half");
      throw new IOException("No space left on device");
    })).isInstanceOf(InvalidInputException.class).hasMessageContaining("--out").hasMessageContaining("No space left");
    assertThat(Files.readString(out)).isEqualTo("old: 1\n");
    assertThat(legacy).doesNotExist();
    assertThat(staleStaging).doesNotExist();
    AtomicOutput.writeFile(out, "--out", f -> Files.writeString(f, "new: 2\n"));
    assertThat(Files.readString(out)).isEqualTo("new: 2\n");
    try (var files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".fit.yaml"))).isEmpty();
    }
  }

  private static CliRun run(String command, Path f) {
    return switch (command) {
      case "check" -> CliRun.of("scenario", "check", f.toString());
      case "compare" -> CliRun.of("compare", "--scenario", f.toString(), "--runs", "1", "--quiet");
      case "staffing" -> CliRun.of("staffing", "--scenario", f.toString());
      default -> throw new IllegalArgumentException(command);
    };
  }
}
