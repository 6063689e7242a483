package org.cordon.simulation.sweep;

import static org.cordon.simulation.experiment.SummaryJson.band;
import static org.cordon.simulation.experiment.SummaryJson.number;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.cordon.simulation.experiment.PairedComparison;

/**
 * Writes a {@link SweepResult} as {@code sweep.json}:
 *
 * <pre>
 * {"scenario": "jinsha-2020", "part": "closure", "runs": 200, "seed": 1, "by": "2020-03-08",
 *  "reference": "2020-01-25",
 *  "sentence": "Each day of delay of the closure costs ...",
 *  "confirmedPerDay": {"median": .., "p5": .., "p95": .., "mean": ..}, "infectedPerDay": {...},
 *  "points": [{"start": "2020-01-25",
 *              "confirmed": {"median": 21, "p5": 4, "p95": 44}, "infected": {...},
 *              "extraConfirmed": {"median": 0, "mean": 0, "p5": 0, "p95": 0,
 *                                 "probabilityMore": 0, "probabilityFewer": 0},
 *              "extraInfected": {...}}, ...]}
 * </pre>
 *
 * The slopes are {@code null} for a sweep of one date. No timings; keys in a fixed order.
 */
public final class SweepJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SweepJson() {}

  /**
   * @param r a sweep's result
   * @return its JSON text
   */
  public static String toJson(SweepResult r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("scenario", r.scenario());
    root.put("part", r.part());
    root.put("runs", r.runs());
    root.put("seed", r.seed());
    root.put("by", r.by().toString());
    root.put("reference", r.reference().toString());
    root.put("sentence", r.sentence());
    slope(root, "confirmedPerDay", r.confirmedPerDay());
    slope(root, "infectedPerDay", r.infectedPerDay());
    ArrayNode points = root.putArray("points");
    for (SweepPoint p : r.points()) {
      ObjectNode n = points.addObject();
      n.put("start", p.start().toString());
      band(n.putObject("confirmed"), p.confirmed());
      band(n.putObject("infected"), p.infected());
      paired(n.putObject("extraConfirmed"), p.extraConfirmed());
      paired(n.putObject("extraInfected"), p.extraInfected());
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param r a sweep's result
   * @param file where to write it
   * @throws IOException if writing fails
   */
  public static void write(SweepResult r, Path file) throws IOException {
    Files.writeString(file, toJson(r), StandardCharsets.UTF_8);
  }

  private static void slope(ObjectNode root, String key, Optional<Slope> s) {
    if (s.isEmpty()) {
      root.putNull(key);
      return;
    }
    ObjectNode n = root.putObject(key);
    number(n, "median", s.get().perDay().median());
    number(n, "p5", s.get().perDay().p5());
    number(n, "p95", s.get().perDay().p95());
    number(n, "mean", s.get().mean());
  }

  private static void paired(ObjectNode n, PairedComparison c) {
    number(n, "median", c.difference().median());
    number(n, "mean", c.mean());
    number(n, "p5", c.difference().p5());
    number(n, "p95", c.difference().p95());
    number(n, "probabilityMore", c.probabilityMore());
    number(n, "probabilityFewer", c.probabilityFewer());
  }
}
