package org.cordon.simulation.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.cordon.InvalidInputException;
import picocli.CommandLine;

/**
 * Converts a path option for picocli with a message in the project's words (picocli's own names
 * the Java interface and exception of a path with, say, a NUL character in it). Registered by
 * every command line: {@code cordon}, {@code cordon serve}, {@code cordon-spark}.
 */
public final class PathConverter implements CommandLine.ITypeConverter<Path> {
  @Override
  public Path convert(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new CommandLine.TypeConversionException("not a valid path: '" + InvalidInputException.echo(value) + "'");
    }
  }
}
