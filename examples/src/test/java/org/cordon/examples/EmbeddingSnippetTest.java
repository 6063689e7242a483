package org.cordon.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The embedding snippet of {@code docs/developers.md} is a complete project as written: its pom
 * names the modules' real coordinates and sets {@code maven.compiler.release} 17, and its Java
 * compiles, imports included, against the built core and simulation (this module's test class
 * path; nothing is installed into a Maven repository).
 */
class EmbeddingSnippetTest {
  private static final Path PAGE = Path.of("..", "docs", "developers.md");

  /** The fenced block of {@code language} right after the marker {@code <!-- marker -->}. */
  static String block(String marker, String language) throws IOException {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<!-- " + marker + " -->\\n```" + language + "\\n(.*?)\\n```", Pattern.DOTALL).matcher(page);
    assertThat(m.find()).as("a ```%s block after <!-- %s --> in %s", language, marker, PAGE).isTrue();
    return m.group(1) + "\n";
  }

  @Test
  void thePomNamesTheModulesCoordinatesAndJava17() throws Exception {
    Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(block("embedding-pom", "xml").getBytes(StandardCharsets.UTF_8)));
    Element root = pom.getDocumentElement();
    assertThat(text(root, "maven.compiler.release")).isEqualTo("17");
    String parentPom = Files.readString(Path.of("..", "pom.xml"));
    String version = firstMatch(parentPom, "<artifactId>cordon-parent</artifactId>\\s*<version>([^<]+)</version>");
    String simulationPom = Files.readString(Path.of("..", "simulation", "pom.xml"));
    assertThat(simulationPom).contains("<artifactId>cordon-simulation</artifactId>");
    assertThat(text(root, "dependency")).contains("org.cordon").contains("cordon-simulation").contains(version);
    assertThat(text(root, "plugin")).contains("maven-compiler-plugin");
  }

  @Test
  void theJavaCompilesAsWrittenAgainstTheBuiltModules(@TempDir Path tmp) throws IOException {
    String java = block("embedding-java", "java");
    String pkg = firstMatch(java, "package ([\\w.]+);");
    String cls = firstMatch(java, "public (?:final )?class (\\w+)");
    Path source = tmp.resolve("src").resolve(pkg.replace('.', '/')).resolve(cls + ".java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, java);
    Path classes = Files.createDirectories(tmp.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjects(source);
      boolean ok = javac.getTask(diagnostics, files, null,
          List.of("--release", "17", "-Xlint:all", "-Werror", "-classpath", System.getProperty("java.class.path"),
              "-d", classes.toString()), null, units).call();
      assertThat(ok).as("javac on the snippet of %s:%n%s", PAGE, diagnostics).isTrue();
    }
    assertThat(classes.resolve(pkg.replace('.', '/')).resolve(cls + ".class")).exists();
  }

  private static String text(Element root, String tag) {
    var nodes = root.getElementsByTagName(tag);
    assertThat(nodes.getLength()).as("<%s> in the pom", tag).isPositive();
    return nodes.item(0).getTextContent().strip();
  }

  private static String firstMatch(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as(regex).isTrue();
    return m.group(1);
  }
}
