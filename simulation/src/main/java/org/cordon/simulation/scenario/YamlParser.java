package org.cordon.simulation.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cordon.InvalidInputException;
import org.cordon.internal.csv.Utf8Check;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into {@link YamlNode}s with Jackson's streaming parser, each node with its line.
 * A syntax error becomes one line: the parser's problem in the project's words ({@link
 * ParserProblems}) and the line it points at, without the several lines of context the parser adds
 * to its message.
 */
final class YamlParser {
  private static final YAMLFactory FACTORY = new YAMLFactory();

  private YamlParser() {}

  /** See {@link YamlNode#parse(String, Reader)}. */
  static YamlNode parse(String source, Reader reader) {
    try (JsonParser p = FACTORY.createParser(reader)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new InvalidInputException(source, 0, null, "empty file");
      }
      return read(source, p, "");
    } catch (JsonProcessingException e) {
      if (Utf8Check.isDecodingError(e)) {
        throw new InvalidInputException(source, 0, null, Utf8Check.PROBLEM, e);
      }
      throw syntaxError(source, e);
    } catch (IOException e) {
      if (Utf8Check.isDecodingError(e)) {
        throw new InvalidInputException(source, 0, null, Utf8Check.PROBLEM, e);
      }
      throw new InvalidInputException(source, 0, null, "cannot read: " + ParserProblems.describe(e.getMessage()), e);
    }
  }

  /** The parser's problem on one line, at the line it names. */
  private static InvalidInputException syntaxError(String source, JsonProcessingException e) {
    long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    String problem = null;
    for (Throwable t = e; t != null && problem == null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException m) {
        problem = m.getProblem();
        if (m.getProblemMark() != null) {
          line = m.getProblemMark().getLine() + 1L;
        }
      }
    }
    problem = problem == null ? ParserProblems.describe(e) : ParserProblems.describe(problem);
    return new InvalidInputException(source, line, null, "not valid YAML: " + problem, e);
  }

  private static YamlNode read(String source, JsonParser p, String path) throws IOException {
    int line = p.currentTokenLocation().getLineNr();
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Map<String, YamlNode> map = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        int keyLine = p.currentTokenLocation().getLineNr();
        if (map.containsKey(key)) {
          throw new InvalidInputException(source, keyLine, YamlNode.join(path, key), "duplicate key");
        }
        p.nextToken();
        map.put(key, read(source, p, YamlNode.join(path, key)));
      }
      return new YamlNode(source, line, path, YamlNode.Kind.MAP, Collections.unmodifiableMap(map), List.of(), null, t);
    }
    if (t == JsonToken.START_ARRAY) {
      List<YamlNode> list = new ArrayList<>();
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        list.add(read(source, p, path + "[" + i++ + "]"));
      }
      return new YamlNode(source, line, path, YamlNode.Kind.LIST, Map.of(), Collections.unmodifiableList(list), null, t);
    }
    if (t == JsonToken.VALUE_NULL) {
      return new YamlNode(source, line, path, YamlNode.Kind.NULL, Map.of(), List.of(), null, t);
    }
    return new YamlNode(source, line, path, YamlNode.Kind.SCALAR, Map.of(), List.of(), p.getText(), t);
  }
}
