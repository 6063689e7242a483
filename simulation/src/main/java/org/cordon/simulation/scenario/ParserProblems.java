package org.cordon.simulation.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a YAML or JSON parser's complaint in the project's words: its limits ("nested deeper than
 * 1000 levels", "a text longer than ... characters"), a mapping key that is not a plain value, a
 * duplicate key; and never a library's or Java class's name. Used by the scenario reader and by
 * the server's JSON bodies.
 */
public final class ParserProblems {
  private static final Pattern LIMIT =
      Pattern.compile("^(.*?)\\s*\\((\\d+)\\) exceeds the maximum (?:allowed )?\\(?(\\d+).*", Pattern.DOTALL);
  private static final Pattern CODE_POINTS = Pattern.compile(".*exceeds the limit: (\\d+) code points.*", Pattern.DOTALL);
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|key) '([^']*)'.*", Pattern.DOTALL);
  private static final Pattern LIBRARY = Pattern.compile(
      "org\\.|java\\.|javax\\.|com\\.fasterxml|snakeyaml|Exception|StreamReadConstraints|JsonReadFeature|Jackson|`");

  private ParserProblems() {}

  /**
   * @param e a parser's exception
   * @return its problem in one line, in the project's words (no library or class names)
   */
  public static String describe(JsonProcessingException e) {
    String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().strip();
    if (e instanceof StreamConstraintsException || LIMIT.matcher(m).matches()) {
      return limit(m);
    }
    return describe(m);
  }

  /**
   * @param message a parser's message
   * @return its first line in the project's words (no library or class names)
   */
  public static String describe(String message) {
    String m = message == null ? "" : message.strip();
    Matcher limit = LIMIT.matcher(m);
    if (limit.matches()) {
      return limit(m);
    }
    Matcher points = CODE_POINTS.matcher(m);
    if (points.matches()) {
      return "longer than " + points.group(1) + " characters";
    }
    Matcher dup = DUPLICATE.matcher(m);
    if (dup.matches()) {
      return "duplicate key '" + dup.group(1) + "'";
    }
    if (m.startsWith("Expected a field name") || m.contains("mapping key") && m.contains("complex")) {
      return "a mapping key must be a plain value (text or a number), not a list or a mapping";
    }
    if (m.startsWith("Non-standard token")) {
      return "not a JSON number: NaN and Infinity are not allowed";
    }
    String first = m.lines().findFirst().orElse("").strip();
    // drop the parser's hints in parentheses and angle brackets, which name its classes
    first = first.replaceAll("\\s*<[^>]*>", "").replaceAll("\\s*\\([^)]*`[^)]*\\)", "").strip();
    int cut = first.indexOf(": was expecting");
    if (cut > 0) {
      first = first.substring(0, cut);
    }
    Matcher lib = LIBRARY.matcher(first);
    if (lib.find()) {
      first = first.substring(0, lib.start()).replaceAll("[\\s:;,(<]+$", "").strip();
    }
    return first.isEmpty() ? "syntax error" : first;
  }

  private static String limit(String m) {
    Matcher x = LIMIT.matcher(m);
    if (!x.matches()) {
      return "too large for the reader";
    }
    String what = x.group(1).toLowerCase(java.util.Locale.ROOT);
    String max = x.group(3);
    if (what.contains("nesting depth")) {
      return "nested deeper than " + max + " levels";
    }
    if (what.contains("number")) {
      return "a number longer than " + max + " digits";
    }
    if (what.contains("name")) {
      return "a key longer than " + max + " characters";
    }
    if (what.contains("string")) {
      return "a text longer than " + max + " characters";
    }
    if (what.contains("token count")) {
      return "more than " + max + " values";
    }
    return "larger than the reader's limit of " + max;
  }
}
