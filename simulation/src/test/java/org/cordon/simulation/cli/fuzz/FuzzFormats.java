package org.cordon.simulation.cli.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The mutators, one per input format, all starting from valid inputs: a small generated register
 * ({@code cordon generate --residents 300}), a scenario on it (the Jinsha timeline, disease,
 * imports and variants), an encounter file, and valid command lines.
 */
public final class FuzzFormats {
  private FuzzFormats() {}

  /**
   * @param register a valid register folder
   * @param scenario the text of a valid scenario file on that register
   * @param encounters the text of a valid encounter file for that register
   * @param cases how many cases each format makes, in the order register, scenario, encounters,
   *     arguments
   * @return the formats, each with its share of cases
   */
  public static List<Share> all(Path register, String scenario, String encounters, int... cases) {
    List<FuzzFormat> formats = List.of(
        new RegisterFormat(register), new ScenarioFormat(scenario), new EncounterFormat(register, encounters),
        new ArgumentFormat(register, scenario));
    List<Share> shares = new ArrayList<>();
    for (int i = 0; i < formats.size(); i++) {
      shares.add(new Share(formats.get(i), cases[i]));
    }
    return shares;
  }

  /**
   * @param format a format
   * @param cases how many cases it makes
   */
  public record Share(FuzzFormat format, int cases) {}

  /** A register folder with one of its files mutated, read by inspect, trace or generate. */
  record RegisterFormat(Path base) implements FuzzFormat {
    @Override
    public String name() {
      return "register";
    }

    @Override
    public FuzzCase next(SplittableRandom r, Path dir) throws IOException {
      Path reg = dir.resolve("reg");
      Files.createDirectories(reg);
      List<Path> files;
      try (var list = Files.list(base)) {
        files = list.sorted().toList();
      }
      Path victim = files.get(r.nextInt(files.size()));
      for (Path f : files) {
        Path to = reg.resolve(f.getFileName().toString());
        if (f.equals(victim)) {
          if (r.nextInt(30) != 0) {
            Files.write(to, Mutations.csv(Files.readString(f), r));
          } // else: the file is missing
        } else {
          Files.copy(f, to);
        }
      }
      List<String> names = List.of(reg.toString(), "--cases");
      return switch (r.nextInt(4)) {
        case 0 -> new FuzzCase(name(), List.of("trace", "--register", reg.toString(), "--cases", "0,7"), names, Optional.empty());
        case 1 -> {
          Path out = dir.resolve("out");
          yield new FuzzCase(name(), List.of("generate", "--register", reg.toString(), "--out", out.toString()), names, Optional.of(out));
        }
        default -> new FuzzCase(name(), List.of("inspect", "--register", reg.toString()), names, Optional.empty());
      };
    }
  }

  /** A mutated scenario file, read by scenario check, staffing or compare. */
  record ScenarioFormat(String base) implements FuzzFormat {
    @Override
    public String name() {
      return "scenario";
    }

    @Override
    public FuzzCase next(SplittableRandom r, Path dir) throws IOException {
      Path f = dir.resolve("s.yaml");
      Files.write(f, Mutations.yaml(base, r));
      // the scenario names the register by absolute path: an error may be about that register
      List<String> names = List.of(f.toString(), dir.toString(), "register", "--");
      int k = r.nextInt(10);
      if (k < 5) {
        return new FuzzCase(name(), List.of("scenario", "check", f.toString()), names, Optional.empty());
      }
      if (k < 7) {
        return new FuzzCase(name(), List.of("staffing", "--scenario", f.toString()), names, Optional.empty());
      }
      Path out = dir.resolve("out");
      if (k < 8) {
        return new FuzzCase(name(), List.of("sweep", "--scenario", f.toString(), "--part", "closure", "--from",
            "2020-01-24", "--to", "2020-01-25", "--runs", "1", "--threads", "1", "--quiet", "--out", out.toString()),
            names, Optional.of(out));
      }
      return new FuzzCase(name(), List.of("compare", "--scenario", f.toString(), "--runs", "1", "--threads", "1",
          "--quiet", "--no-report", "--out", out.toString()), names, Optional.of(out));
    }
  }

  /** A mutated encounter file, read by trace. */
  record EncounterFormat(Path register, String base) implements FuzzFormat {
    @Override
    public String name() {
      return "encounters";
    }

    @Override
    public FuzzCase next(SplittableRandom r, Path dir) throws IOException {
      Path f = dir.resolve("enc.csv");
      Files.write(f, Mutations.csv(base, r));
      return new FuzzCase(name(), List.of("trace", "--register", register.toString(), "--cases", "0,1,2",
          "--layers", "household,encounter", "--encounters", f.toString(), "--format", r.nextBoolean() ? "csv" : "json"),
          List.of(f.toString()), Optional.empty());
    }
  }

  /**
   * A valid command line with one or two of its values replaced, tokens dropped, repeated or
   * added. Tokens that keep a run small ({@code --runs 1}, {@code --residents 300}) are never
   * dropped, so every case stays fast.
   */
  static final class ArgumentFormat implements FuzzFormat {
    private final Path register;
    private final String scenario;

    ArgumentFormat(Path register, String scenario) {
      this.register = register;
      this.scenario = scenario;
    }

    @Override
    public String name() {
      return "arguments";
    }

    @Override
    public FuzzCase next(SplittableRandom r, Path dir) throws IOException {
      Path s = Files.writeString(dir.resolve("s.yaml"), scenario);
      Path out = dir.resolve("out");
      String reg = register.toString();
      String[][] bases = {
        {"inspect", "--register", reg},
        {"inspect", "--preset", "jinsha-2020", "--seed", "2", "--residents", "300"},
        {"trace", "--register", reg, "--cases", "0,5", "--depth", "2", "--layers", "household,workplace",
          "--from", "2020-01-20", "--to", "2020-02-01", "--format", "csv"},
        {"trace", "--register", reg, "--cases", "3", "--onset", "2020-01-25", "--min-minutes", "10"},
        {"generate", "--residents", "300", "--seed", "3", "--out", out.toString()},
        {"scenario", "check", s.toString()},
        {"scenario", "show", "jinsha-2020", "--register", reg, "--community-closure", "2020-02-10"},
        {"staffing", "--scenario", s.toString(), "--format", "json"},
        {"compare", "--scenario", s.toString(), "--runs", "1", "--threads", "1", "--quiet", "--no-report", "--out", out.toString()},
        {"replay", "--scenario", s.toString(), "--variant", "late", "--runs", "1", "--quiet", "--out", out.toString()},
        {"sweep", "--scenario", s.toString(), "--part", "response", "--from", "2020-01-24", "--to", "2020-01-25",
          "--step-days", "1", "--runs", "1", "--threads", "1", "--quiet", "--out", out.toString()},
        {"calibrate", "--draws", "2", "--replicates", "1", "--accept", "0.5", "--runs", "1", "--threads", "1",
          "--quiet", "--out", out.resolveSibling("fit.yaml").toString()},
      };
      List<String> args = new ArrayList<>(Arrays.asList(bases[r.nextInt(bases.length)]));
      List<String> keep = List.of("--runs", "1", "--residents", "300", "--scenario", s.toString(), "--no-report",
          "--draws", "2", "--replicates");
      int edits = 1 + r.nextInt(2);
      for (int e = 0; e < edits; e++) {
        int i = 1 + r.nextInt(args.size() - 1);
        switch (r.nextInt(6)) {
          case 0, 1, 2 -> {
            if (!args.get(i).startsWith("--") && !keep.contains(args.get(i))) {
              args.set(i, r.nextInt(4) == 0 ? path(r, dir) : Mutations.nasty(r));
            }
          }
          case 3 -> {
            if (!keep.contains(args.get(i))) {
              args.remove(i);
            }
          }
          case 4 -> args.add(i, args.get(i));
          default -> args.add(i, r.nextBoolean() ? "--bogus" : Mutations.nasty(r));
        }
      }
      // a path option never points into the working folder: relative values go under the case's folder
      for (int i = 0; i + 1 < args.size(); i++) {
        if (List.of("--out", "--register", "--encounters").contains(args.get(i)) && !absolute(args.get(i + 1))) {
          args.set(i + 1, dir.resolve("rel-" + Integer.toHexString(args.get(i + 1).hashCode())).toString());
        }
      }
      boolean writes = args.contains("--out") && args.indexOf("--out") + 1 < args.size()
          && args.get(args.indexOf("--out") + 1).equals(out.toString());
      return new FuzzCase(name(), args, List.of("--", "'", "parameter", "argument", dir.toString(), reg),
          writes ? Optional.of(out) : Optional.empty());
    }

    private static boolean absolute(String value) {
      try {
        return value.startsWith("--") || Path.of(value).isAbsolute();
      } catch (java.nio.file.InvalidPathException e) {
        return true; // not a path at all: the command rejects it without touching a file
      }
    }

    private static String path(SplittableRandom r, Path dir) throws IOException {
      return switch (r.nextInt(4)) {
        case 0 -> "/dev/null/x";
        case 1 -> Files.writeString(dir.resolve("a-file"), "x").toString();
        case 2 -> dir.resolve("a-file").resolve("under").toString();
        default -> dir.resolve("missing").toString();
      };
    }
  }
}
