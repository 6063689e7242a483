package org.cordon.simulation.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import org.cordon.InvalidInputException;
import org.cordon.SupportedDates;
import org.cordon.community.Community;
import org.cordon.contact.ContactGraph;
import org.cordon.contact.ContactGraphBuilder;
import org.cordon.contact.DayWindow;
import org.cordon.contact.EncounterReader;
import org.cordon.contact.Layer;
import org.cordon.simulation.experiment.CsvText;
import org.cordon.trace.CloseContactRule;
import org.cordon.trace.ContactTracer;
import org.cordon.trace.TraceResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cordon trace --register DIR --cases ID[,ID...]}: the close contacts (密切接触者) of
 * cases, or their contacts to depth k, as JSON or CSV on standard output.
 *
 * <p>Without options it applies the default close-contact rule ({@link
 * CloseContactRule#DEFAULT}: household members and recorded encounters of at least 15 minutes);
 * {@code --layers} and {@code --min-minutes} change the rule, {@code --depth} follows contacts of
 * contacts. The window is {@code --from}/{@code --to} (either may be left open), or {@code --onset}
 * (from 2 days before symptom onset, the default rule's lookback).
 */
@Command(
    name = "trace",
    mixinStandardHelpOptions = true,
    description = "Trace the contacts of cases: close contacts under the default rule (household members and"
        + " recorded encounters of 15+ minutes), or contacts to depth K over chosen layers.")
public final class TraceCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    JSON,
    CSV
  }

  @Mixin CommunityOptions community;

  @Option(names = "--cases", required = true, split = ",", paramLabel = "ID", description = "Resident ids of the cases, comma-separated.")
  List<String> cases;

  @Option(names = "--depth", paramLabel = "K", defaultValue = "1", description = "1: direct contacts (default); 2: also their contacts; ...")
  int depth;

  @Option(
      names = "--layers",
      split = ",",
      paramLabel = "LAYER",
      description = "Layers that count, from household, building, compound, workplace, community, encounter (default: household,encounter).")
  List<String> layers;

  @Option(names = "--min-minutes", paramLabel = "M", description = "Minimum duration of a recorded encounter (default: 15; unrecorded durations count).")
  Integer minMinutes;

  @Option(names = "--from", paramLabel = "DATE", description = "First day that counts (YYYY-MM-DD); default: open.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last day that counts (YYYY-MM-DD); default: open.")
  String to;

  @Option(names = "--onset", paramLabel = "DATE", description = "Symptom onset: the window starts 2 days before it (instead of --from).")
  String onset;

  @Option(names = "--encounters", paramLabel = "FILE", description = "Recorded encounters, CSV a,b,first_day,last_day[,minutes].")
  Path encounters;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", description = "json (default) or csv.")
  Format format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CloseContactRule rule = rule();
    DayWindow window = window(rule);
    if (depth < 1 || depth > ContactTracer.MAX_DEPTH) {
      throw InvalidInputException.argument("--depth", "must be 1.." + ContactTracer.MAX_DEPTH + ": " + depth);
    }
    Community c = community.load();
    int[] ids = caseIds(c);
    ContactGraphBuilder builder = ContactGraph.builder(c);
    if (encounters != null) {
      builder.addEncounters(EncounterReader.read(encounters, c));
    }
    ContactTracer tracer = new ContactTracer(builder.build());
    List<TraceResult> results = tracer.contactsOfEach(ids, depth, rule, window);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.CSV) {
      writeCsv(out, ids, results);
    } else {
      writeJson(out, ids, results);
    }
    out.flush();
    return 0;
  }

  private CloseContactRule rule() {
    CloseContactRule rule = CloseContactRule.DEFAULT;
    if (layers != null) {
      Set<Layer> chosen = EnumSet.noneOf(Layer.class);
      for (String name : layers) {
        chosen.add(layer(name));
      }
      rule = rule.withLayers(chosen);
    }
    if (minMinutes != null) {
      if (minMinutes < 0) {
        throw InvalidInputException.argument("--min-minutes", "must be >= 0: " + minMinutes);
      }
      rule = rule.withMinEncounterMinutes(minMinutes);
    }
    return rule;
  }

  private static Layer layer(String name) {
    String n = name.trim().toUpperCase(Locale.ROOT);
    for (Layer l : Layer.values()) {
      if (l.name().equals(n)) {
        return l;
      }
    }
    throw InvalidInputException.argument(
        "--layers", "unknown layer '" + name.trim() + "' (expected household, building, compound, workplace, community, encounter)");
  }

  private DayWindow window(CloseContactRule rule) {
    if (onset != null && from != null) {
      throw InvalidInputException.argument("--onset", "give either --onset or --from, not both");
    }
    int f = DayWindow.OPEN_START;
    if (onset != null) {
      f = DayWindow.day("--onset", date("--onset", onset).minusDays(rule.lookbackDays()));
    } else if (from != null) {
      f = DayWindow.day("--from", date("--from", from));
    }
    int t = to == null ? DayWindow.OPEN_END : DayWindow.day("--to", date("--to", to));
    if (t < f) {
      throw InvalidInputException.argument("--to", to + " is before the window's first day " + LocalDate.ofEpochDay(f));
    }
    return new DayWindow(f, t);
  }

  private static LocalDate date(String option, String text) {
    LocalDate d;
    try {
      d = LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw InvalidInputException.argument(option, "not a date (YYYY-MM-DD): '" + InvalidInputException.echo(text) + "'");
    }
    return SupportedDates.check(option, d);
  }

  private int[] caseIds(Community c) {
    Set<Integer> distinct = new LinkedHashSet<>();
    for (String s : cases) {
      String x = s.trim();
      int id;
      try {
        id = Integer.parseInt(x);
      } catch (NumberFormatException e) {
        throw InvalidInputException.argument("--cases", "not a resident id: '" + InvalidInputException.echo(x) + "'");
      }
      if (id < 0 || id >= c.residentCount()) {
        throw InvalidInputException.argument(
            "--cases", "unknown resident id " + id + " (community has ids 0.." + (c.residentCount() - 1) + ")");
      }
      distinct.add(id);
    }
    return distinct.stream().mapToInt(Integer::intValue).toArray();
  }

  private static void writeJson(PrintWriter out, int[] ids, List<TraceResult> results) {
    try {
      JsonGenerator g = new JsonFactory().createGenerator(out);
      g.writeStartObject();
      g.writeArrayFieldStart("cases");
      for (int k = 0; k < ids.length; k++) {
        TraceResult r = results.get(k);
        g.writeStartObject();
        g.writeNumberField("case", ids[k]);
        g.writeArrayFieldStart("contacts");
        for (int i = 0; i < r.size(); i++) {
          g.writeStartObject();
          g.writeNumberField("id", r.id(i));
          g.writeArrayFieldStart("layers");
          for (Layer l : r.layers(i)) {
            g.writeString(l.name().toLowerCase(Locale.ROOT));
          }
          g.writeEndArray();
          g.writeFieldName("firstExposure");
          LocalDate d = r.firstExposure(i).orElse(null);
          if (d == null) {
            g.writeNull();
          } else {
            g.writeString(d.toString());
          }
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.flush();
      out.println();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeCsv(PrintWriter out, int[] ids, List<TraceResult> results) {
    List<List<Object>> rows = new ArrayList<>();
    for (int k = 0; k < ids.length; k++) {
      TraceResult r = results.get(k);
      for (int i = 0; i < r.size(); i++) {
        StringJoiner layers = new StringJoiner(";");
        for (Layer l : r.layers(i)) {
          layers.add(l.name().toLowerCase(Locale.ROOT));
        }
        rows.add(List.of(ids[k], r.id(i), r.depth(i), layers.toString(),
            r.firstExposure(i).map(Object::toString).orElse("")));
      }
    }
    out.print(CsvText.of(List.of("case", "contact", "depth", "layers", "first_exposure"), rows));
  }
}
