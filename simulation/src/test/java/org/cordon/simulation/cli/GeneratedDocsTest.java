package org.cordon.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every model number in {@code README.md} and {@code docs/*.md} is what a command prints: each
 * block between {@code <!-- generated: ./cordon ARGS -->} and {@code <!-- end generated -->} must
 * equal what {@code cordon ARGS} prints now (run in this JVM; a command without {@code --markdown}
 * is compared inside a {@code ```text} fence). A command named by several blocks runs once. With
 * {@code -Dcordon.docs=write} ({@code scripts/regenerate-docs.sh}) the test rewrites the blocks
 * instead of comparing them.
 */
class GeneratedDocsTest {
  static final Pattern BLOCK = Pattern.compile(
      "<!-- generated: \\./cordon ([^\\n]*?) -->\\n(.*?)<!-- end generated -->", Pattern.DOTALL);

  @Test
  void everyGeneratedBlockEqualsWhatItsCommandPrints() throws IOException {
    boolean write = "write".equals(System.getProperty("cordon.docs"));
    Path root = repositoryRoot();
    Map<String, String> printed = new HashMap<>();
    SoftAssertions softly = new SoftAssertions();
    int blocks = 0;
    for (Path doc : documents(root)) {
      String text = Files.readString(doc, StandardCharsets.UTF_8);
      Matcher m = BLOCK.matcher(text);
      StringBuilder rewritten = new StringBuilder();
      List<int[]> fences = fences(text);
      while (m.find()) {
        int at = m.start();
        if (fences.stream().anyMatch(f -> f[0] <= at && at < f[1])) {
          m.appendReplacement(rewritten, Matcher.quoteReplacement(m.group())); // an example, in a code fence
          continue;
        }
        blocks++;
        String command = m.group(1).strip();
        String expected = printed.computeIfAbsent(command, GeneratedDocsTest::run);
        m.appendReplacement(rewritten, Matcher.quoteReplacement(
            "<!-- generated: ./cordon " + command + " -->\n" + expected + "<!-- end generated -->"));
        softly.assertThat(m.group(2)).as("%s: the block of ./cordon %s (scripts/regenerate-docs.sh rewrites it)",
            root.relativize(doc), command).isEqualTo(expected);
      }
      m.appendTail(rewritten);
      if (write && !rewritten.toString().equals(text)) {
        Files.writeString(doc, rewritten.toString(), StandardCharsets.UTF_8);
      }
    }
    assertThat(blocks).as("generated blocks in README.md and docs/").isGreaterThanOrEqualTo(1);
    if (!write) {
      softly.assertAll();
    }
  }

  /** What {@code cordon command} prints, as the block must hold it. */
  static String run(String command) {
    String[] args = command.split("\\s+");
    CliRun r = CliRun.of(args);
    assertThat(r.exit()).as("./cordon %s: %s", command, r.err()).isZero();
    return command.contains("--markdown") ? r.out() : "```text\n" + r.out() + "```\n";
  }

  /** The character ranges [start, end) of the fenced code blocks of a Markdown text. */
  static List<int[]> fences(String text) {
    List<int[]> fences = new ArrayList<>();
    int open = -1;
    int offset = 0;
    for (String line : text.split("\n", -1)) {
      if (line.strip().startsWith("```")) {
        if (open < 0) {
          open = offset;
        } else {
          fences.add(new int[] {open, offset + line.length()});
          open = -1;
        }
      }
      offset += line.length() + 1;
    }
    return fences;
  }

  @Test
  void aMarkerInACodeFenceIsAnExampleNotABlock() {
    String text = "a\n```text\n<!-- generated: ./cordon nothing -->\nx\n<!-- end generated -->\n```\nb\n";
    List<int[]> fences = fences(text);
    assertThat(fences).hasSize(1);
    int marker = text.indexOf("<!-- generated");
    assertThat(fences.get(0)[0]).isLessThan(marker);
    assertThat(fences.get(0)[1]).isGreaterThan(text.indexOf("<!-- end generated"));
  }

  /** {@code README.md} and the Markdown files under {@code docs/}. */
  static List<Path> documents(Path root) throws IOException {
    List<Path> docs = new ArrayList<>(List.of(root.resolve("README.md")));
    Path dir = root.resolve("docs");
    if (Files.isDirectory(dir)) {
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
      }
    }
    return docs;
  }

  /** The repository's root: the first folder up from the working directory with README.md and docs/ or modules. */
  static Path repositoryRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("README.md")) && Files.isDirectory(p.resolve("simulation"))) {
        return p;
      }
    }
    throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
  }
}
