package org.cordon.server;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Decides whether a {@link RequiresBrowser} test class runs: the browser ({@code chromium}) and its
 * driver ({@code chromedriver}) are looked up on {@code PATH}, never at fixed paths. When either is
 * missing the class is skipped and one line on standard output names what to install, unless the
 * system property {@code cordon.browser} is {@code required} ({@code mvn -B verify
 * -Dcordon.browser=required}, as {@code .ci/run} runs it): then the class runs and
 * {@link #chromium()} / {@link #chromedriver()} fail it with the same message, so CI can never skip
 * the browser tests silently.
 */
public final class BrowserCondition implements ExecutionCondition {
  /** The system property that makes the browser tests mandatory when set to {@code required}. */
  public static final String PROPERTY = "cordon.browser";
  private static final String INSTALL = "install Debian's chromium and chromium-driver "
      + "(apt-get install chromium chromium-driver; .ci/run does)";

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (context.getTestMethod().isPresent()) {
      return ConditionEvaluationResult.enabled("the class was enabled");
    }
    List<String> missing = missing();
    if (missing.isEmpty()) {
      return ConditionEvaluationResult.enabled("chromium and chromedriver found on PATH");
    }
    if (required()) {
      return ConditionEvaluationResult.enabled(PROPERTY + "=required: the test fails without a browser");
    }
    String line = context.getDisplayName() + " skipped: " + String.join(" and ", missing)
        + " not found on PATH; " + INSTALL + " to run it (-D" + PROPERTY + "=required fails instead)";
    System.out.println(line);
    return ConditionEvaluationResult.disabled(line);
  }

  /**
   * The Chromium binary on {@code PATH}.
   *
   * @return its path
   * @throws IllegalStateException if {@code chromium} is not on {@code PATH}
   */
  public static Path chromium() {
    return onPath("chromium").orElseThrow(() -> notFound("chromium"));
  }

  /**
   * The ChromeDriver binary on {@code PATH}.
   *
   * @return its path
   * @throws IllegalStateException if {@code chromedriver} is not on {@code PATH}
   */
  public static Path chromedriver() {
    return onPath("chromedriver").orElseThrow(() -> notFound("chromedriver"));
  }

  static boolean required() {
    return "required".equalsIgnoreCase(System.getProperty(PROPERTY, ""));
  }

  static List<String> missing() {
    List<String> missing = new ArrayList<>();
    for (String name : List.of("chromium", "chromedriver")) {
      if (onPath(name).isEmpty()) {
        missing.add(name);
      }
    }
    return missing;
  }

  /** The first executable file named {@code name} in a folder of {@code PATH}. */
  static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static IllegalStateException notFound(String name) {
    return new IllegalStateException(name + " not found on PATH (" + PROPERTY + "=" + System.getProperty(PROPERTY, "")
        + "); " + INSTALL);
  }
}
