package org.cordon.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No link in {@code README.md} or {@code docs/*.md} points to a missing file or anchor. Links are
 * Markdown links {@code [text](target)} outside code; a target is a path relative to the page
 * (a file or a folder of the repository), optionally with {@code #anchor}, or {@code #anchor} in
 * the page itself. Anchors are GitHub's: a heading lowercased, punctuation but {@code -} and
 * {@code _} dropped, spaces made {@code -}, repeats numbered ({@code -1}, {@code -2}). Web links
 * ({@code http:}, {@code https:}, {@code mailto:}) are not fetched.
 */
class DocLinksTest {
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");

  @Test
  void everyLinkOfTheReadmeAndDocsResolves() throws IOException {
    Path root = GeneratedDocsTest.repositoryRoot();
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path page : GeneratedDocsTest.documents(root)) {
      for (String target : links(Files.readString(page, StandardCharsets.UTF_8))) {
        if (target.matches("(?i)(https?|mailto):.*")) {
          continue;
        }
        checked++;
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        String where = root.relativize(page) + ": (" + target + ")";
        if (!resolved.startsWith(root)) {
          broken.add(where + " leaves the repository");
        } else if (!Files.exists(resolved)) {
          broken.add(where + " names a missing file");
        } else if (anchor != null && !anchors(resolved).contains(anchor)) {
          broken.add(where + " names a missing anchor");
        }
      }
    }
    assertThat(checked).as("links checked").isPositive();
    assertThat(broken).as("broken links").isEmpty();
  }

  /** The link targets of a Markdown text, outside fenced code and inline code. */
  static List<String> links(String markdown) {
    List<String> targets = new ArrayList<>();
    boolean fenced = false;
    for (String line : markdown.split("\n", -1)) {
      if (line.strip().startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      if (fenced) {
        continue;
      }
      Matcher m = LINK.matcher(line.replaceAll("`[^`]*`", "``"));
      while (m.find()) {
        targets.add(m.group(1));
      }
    }
    return targets;
  }

  /** GitHub's anchors of a Markdown file's headings (and explicit {@code <a id>}/{@code name}). */
  static Set<String> anchors(Path file) throws IOException {
    Set<String> anchors = new HashSet<>();
    if (!file.toString().endsWith(".md")) {
      return anchors;
    }
    boolean fenced = false;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.strip().startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      Matcher explicit = Pattern.compile("<a (?:id|name)=\"([^\"]+)\"").matcher(line);
      while (explicit.find()) {
        anchors.add(explicit.group(1));
      }
      Matcher h = HEADING.matcher(line);
      if (fenced || !h.matches()) {
        continue;
      }
      String slug = slug(h.group(1));
      String unique = slug;
      for (int n = 1; !anchors.add(unique); n++) {
        unique = slug + "-" + n;
      }
    }
    return anchors;
  }

  /** GitHub's slug of a heading's text. */
  static String slug(String heading) {
    String text = heading.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace("`", "");
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s_-]", "").strip().replaceAll("\\s", "-");
  }

  @Test
  void slugsFollowGitHub() {
    assertThat(slug("Scale-out on Apache Spark")).isEqualTo("scale-out-on-apache-spark");
    assertThat(slug("Encounter files and `cordon trace`")).isEqualTo("encounter-files-and-cordon-trace");
    assertThat(slug("Reports: charts and report.html")).isEqualTo("reports-charts-and-reporthtml");
    assertThat(slug("What-if page JSON API")).isEqualTo("what-if-page-json-api");
  }
}
