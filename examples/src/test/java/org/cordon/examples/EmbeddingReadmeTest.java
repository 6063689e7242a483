package org.cordon.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's embedding example is example 1's own code, so it compiles and runs. */
class EmbeddingReadmeTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path EXAMPLE = Path.of("src/main/java/org/cordon/examples/TraceContactsExample.java");

  private static List<String> snippet() throws IOException {
    List<String> lines = Files.readAllLines(EXAMPLE);
    int from = -1;
    int to = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("// --- snippet:")) {
        from = i + 1;
      } else if (lines.get(i).contains("// --- end of snippet ---")) {
        to = i;
      }
    }
    assertThat(from).as("snippet start marker").isPositive();
    assertThat(to).as("snippet end marker").isGreaterThan(from);
    return lines.subList(from, to);
  }

  @Test
  void theReadmeShowsExampleOnesSnippetLineForLine() throws IOException {
    String readme = Files.readString(README);
    assertThat(readme).contains("## Embedding Cordon");
    List<String> snippet = snippet();
    assertThat(snippet).hasSize(4);
    assertThat(readme).contains(String.join("\n", snippet));
  }

  @Test
  void theReadmeImportsAreThoseOfTheExample() throws IOException {
    String readme = Files.readString(README);
    String source = Files.readString(EXAMPLE);
    for (String type : List.of("org.cordon.community.Community", "org.cordon.community.register.RegisterReader",
        "org.cordon.contact.ContactGraph", "org.cordon.trace.ContactTracer", "org.cordon.trace.TraceResult")) {
      assertThat(readme).contains("import " + type + ";");
      assertThat(source).contains("import " + type + ";");
    }
  }

  @Test
  void theReadmeNamesTheCoordinatesOfTheModules() throws IOException {
    String readme = Files.readString(README);
    for (String module : List.of("core", "simulation")) {
      String pom = Files.readString(Path.of("..", module, "pom.xml"));
      assertThat(pom).contains("<artifactId>cordon-" + module + "</artifactId>");
      assertThat(readme).contains("<artifactId>cordon-" + module + "</artifactId>");
    }
    assertThat(readme).contains("<groupId>org.cordon</groupId>", "<version>0.1.0-SNAPSHOT</version>");
  }
}
