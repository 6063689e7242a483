package org.cordon.simulation.scenario;

import com.fasterxml.jackson.core.JsonToken;
import java.io.Reader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cordon.InvalidInputException;
import org.cordon.SupportedDates;

/**
 * A parsed YAML value that remembers the file and line it came from, so that every error can
 * name the file, the line and the field. A node is a map (keys in file order), a list, a scalar
 * or null. Typed accessors ({@link #asDate()}, {@link #asProbability()}, ...) reject a wrong
 * value with an {@link InvalidInputException} naming {@code file line N, field F}.
 *
 * <p>Built with Jackson's streaming YAML parser: each token's {@code JsonLocation} gives the
 * line. Immutable once read.
 */
public final class YamlNode {
  /** The shape of a node. */
  public enum Kind {
    /** A mapping. */
    MAP,
    /** A sequence. */
    LIST,
    /** A scalar: string, number or boolean. */
    SCALAR,
    /** An explicit null or empty value. */
    NULL
  }

  private final String source;
  private final int line;
  private final String path;
  private final Kind kind;
  private final Map<String, YamlNode> map;
  private final List<YamlNode> list;
  private final String text;
  private final JsonToken token;

  YamlNode(
      String source, int line, String path, Kind kind, Map<String, YamlNode> map, List<YamlNode> list,
      String text, JsonToken token) {
    this.source = source;
    this.line = line;
    this.path = path;
    this.kind = kind;
    this.map = map;
    this.list = list;
    this.text = text;
    this.token = token;
  }

  /**
   * Parses one YAML document.
   *
   * @param source the file name, for messages
   * @param reader the text
   * @return the root node
   * @throws InvalidInputException naming the line, if the text is not YAML (one line: the
   *     parser's problem, without its context), has a duplicate key, or is empty
   */
  public static YamlNode parse(String source, Reader reader) {
    return YamlParser.parse(source, reader);
  }

  static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  // ---- location ---------------------------------------------------------------------------

  /** @return the file name */
  public String source() {
    return source;
  }

  /** @return the 1-based line the node starts on */
  public int line() {
    return line;
  }

  /** @return the node's path from the root, e.g. {@code timeline[2].end} */
  public String path() {
    return path;
  }

  /** @return the node's shape */
  public Kind kind() {
    return kind;
  }

  /**
   * @param problem what is wrong with this node
   * @return an exception naming the file, line and field
   */
  public InvalidInputException error(String problem) {
    return new InvalidInputException(source, line, path.isEmpty() ? null : path, problem);
  }

  // ---- structure --------------------------------------------------------------------------

  /**
   * @return the entries of a map
   * @throws InvalidInputException if the node is not a map
   */
  public Map<String, YamlNode> entries() {
    if (kind != Kind.MAP) {
      throw error("expected a mapping (key: value), found " + describe());
    }
    return map;
  }

  /**
   * @param key a key
   * @return the value under that key, if present and not null
   * @throws InvalidInputException if this node is not a map
   */
  public Optional<YamlNode> get(String key) {
    YamlNode v = entries().get(key);
    return v == null || v.kind == Kind.NULL ? Optional.empty() : Optional.of(v);
  }

  /**
   * @param key a key
   * @return the value under that key
   * @throws InvalidInputException if this node is not a map or the key is missing
   */
  public YamlNode require(String key) {
    return get(key).orElseThrow(() -> new InvalidInputException(
        source, line, path.isEmpty() ? key : path + "." + key, "missing"));
  }

  /**
   * Rejects keys other than those allowed.
   *
   * @param allowed the allowed keys
   * @throws InvalidInputException naming the first unknown key and its line
   */
  public void allowOnly(java.util.Collection<String> allowed) {
    for (Map.Entry<String, YamlNode> e : entries().entrySet()) {
      if (!allowed.contains(e.getKey())) {
        YamlNode v = e.getValue();
        throw new InvalidInputException(source, v.line, v.path, "unknown key (known: " + String.join(", ", allowed) + ")");
      }
    }
  }

  /**
   * @return the items of a list
   * @throws InvalidInputException if the node is not a list
   */
  public List<YamlNode> items() {
    if (kind != Kind.LIST) {
      throw error("expected a list, found " + describe());
    }
    return list;
  }

  /**
   * @param text a scalar text
   * @return whether this is the scalar {@code text}
   */
  public boolean isScalar(String text) {
    return kind == Kind.SCALAR && text.equals(this.text);
  }

  // ---- scalars ----------------------------------------------------------------------------

  /**
   * @return the scalar's text
   * @throws InvalidInputException if the node is not a scalar
   */
  public String asText() {
    if (kind != Kind.SCALAR) {
      throw error("expected a single value, found " + describe());
    }
    return text;
  }

  /**
   * @return the scalar as a date (yyyy-mm-dd)
   * @throws InvalidInputException if it is not a date, or outside {@link SupportedDates}
   */
  public LocalDate asDate() {
    String s = asText();
    LocalDate d;
    try {
      d = LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw error("not a date (yyyy-mm-dd): '" + InvalidInputException.echo(s) + "'");
    }
    return supported(d);
  }

  /**
   * @return the scalar as a date and time (yyyy-mm-ddThh:mm, or a date meaning 00:00)
   * @throws InvalidInputException if it is neither, or outside {@link SupportedDates}
   */
  public LocalDateTime asDateTime() {
    String s = asText();
    LocalDateTime t;
    try {
      t = s.contains("T") ? LocalDateTime.parse(s) : LocalDate.parse(s).atStartOfDay();
    } catch (DateTimeParseException e) {
      throw error("not a date and time (yyyy-mm-ddThh:mm or yyyy-mm-dd): '" + InvalidInputException.echo(s) + "'");
    }
    supported(t.toLocalDate());
    return t;
  }

  private LocalDate supported(LocalDate d) {
    String outside = SupportedDates.problem(d);
    if (outside != null) {
      throw error(outside);
    }
    return d;
  }

  /**
   * @return the scalar as an int
   * @throws InvalidInputException if it is not a whole number
   */
  public int asInt() {
    String s = asText();
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      throw error("not a whole number: '" + InvalidInputException.echo(s) + "'");
    }
  }

  /**
   * @return the scalar as a long
   * @throws InvalidInputException if it is not a whole number
   */
  public long asLong() {
    String s = asText();
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      throw error("not a whole number: '" + InvalidInputException.echo(s) + "'");
    }
  }

  /**
   * @return the scalar as a number (YAML {@code .nan} and {@code .inf} read as NaN and infinity)
   * @throws InvalidInputException if it is not a number
   */
  public double asDouble() {
    String s = asText().trim();
    switch (s.toLowerCase(java.util.Locale.ROOT)) {
      case ".nan":
        return Double.NaN;
      case ".inf":
      case "+.inf":
        return Double.POSITIVE_INFINITY;
      case "-.inf":
        return Double.NEGATIVE_INFINITY;
      default:
        break;
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw error("not a number: '" + InvalidInputException.echo(s) + "'");
    }
  }

  /**
   * @return the scalar as a probability in [0, 1]
   * @throws InvalidInputException if it is not a number in [0, 1] (NaN included)
   */
  public double asProbability() {
    double p = asDouble();
    if (!(p >= 0 && p <= 1)) {
      throw error("must be a probability in [0, 1]: " + InvalidInputException.echo(asText()));
    }
    return p;
  }

  /**
   * @return the scalar as a boolean
   * @throws InvalidInputException if it is not true or false
   */
  public boolean asBoolean() {
    String s = asText();
    if (s.equalsIgnoreCase("true")) {
      return true;
    }
    if (s.equalsIgnoreCase("false")) {
      return false;
    }
    throw error("expected true or false: '" + InvalidInputException.echo(s) + "'");
  }

  /**
   * @param type an enum type
   * @param <E> the enum
   * @return the constant named by the scalar (case-insensitive, '-' read as '_')
   * @throws InvalidInputException if no constant has that name
   */
  public <E extends Enum<E>> E asEnum(Class<E> type) {
    String s = asText();
    String wanted = s.trim().replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(wanted)) {
        return e;
      }
    }
    List<String> known = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      known.add(e.name());
    }
    throw error("unknown value '" + InvalidInputException.echo(s) + "' (known: " + String.join(", ", known) + ")");
  }

  private String describe() {
    switch (kind) {
      case MAP:
        return "a mapping";
      case LIST:
        return "a list";
      case NULL:
        return "nothing";
      default:
        return "'" + InvalidInputException.echo(text) + "'";
    }
  }

  /**
   * Finds the node at a path below this one, as far as it exists: {@code "stages[0].from"}.
   *
   * @param relative a path of keys and [index] steps
   * @return the deepest existing node on that path (this node if none)
   */
  public YamlNode locate(String relative) {
    YamlNode node = this;
    for (String step : relative.split("\\.")) {
      String key = step;
      int index = -1;
      int bracket = step.indexOf('[');
      if (bracket >= 0) {
        key = step.substring(0, bracket);
        try {
          index = Integer.parseInt(step.substring(bracket + 1, step.indexOf(']')));
        } catch (RuntimeException e) {
          return node;
        }
      }
      if (!key.isEmpty()) {
        if (node.kind != Kind.MAP || !node.map.containsKey(key)) {
          return node;
        }
        node = node.map.get(key);
      }
      if (index >= 0) {
        if (node.kind != Kind.LIST || index >= node.list.size()) {
          return node;
        }
        node = node.list.get(index);
      }
    }
    return node;
  }
}
