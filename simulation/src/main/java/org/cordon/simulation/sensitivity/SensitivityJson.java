package org.cordon.simulation.sensitivity;

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

/**
 * {@code sensitivity.json}: the same numbers as the CSV files, for every headline, with the
 * settings (N, R, seed), each output's mean and variance and its Monte Carlo noise share.
 */
public final class SensitivityJson {
  /** The file's name. */
  public static final String FILE_NAME = "sensitivity.json";
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SensitivityJson() {}

  /**
   * @param r a result
   * @return its JSON text
   */
  public static String toJson(SensitivityResult r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("scenario", r.scenario());
    root.put("by", r.by().toString());
    root.put("statistic", r.statistic());
    root.put("samples", r.samples());
    root.put("runs", r.runs());
    root.put("seed", r.seed());
    root.put("bootstrapResamples", r.resamples());
    root.put("designPoints", (long) r.samples() * (r.problem().size() + 2));
    ArrayNode hs = root.putArray("headlines");
    for (SensitivityResult.Headline h : r.headlines()) {
      ObjectNode n = hs.addObject();
      n.put("variant", h.variant());
      n.put("versus", h.versus());
      n.put("csv", SensitivityCsv.fileName(h));
      number(n, "mean", h.sobol().mean());
      number(n, "variance", h.sobol().variance());
      number(n, "noiseShare", h.noiseShare());
      number(n, "firstOrderSum", h.firstOrderSum());
      ArrayNode inputs = n.putArray("inputs");
      for (SobolIndices i : h.sobol().indices()) {
        ObjectNode o = inputs.addObject();
        o.put("input", i.input().name());
        number(o, "low", i.input().low());
        number(o, "high", i.input().high());
        o.put("basis", i.input().basis());
        number(o, "firstOrder", i.firstOrder());
        band(o.putObject("firstOrderBootstrap"), i.firstOrderBootstrap());
        number(o, "total", i.total());
        band(o.putObject("totalBootstrap"), i.totalBootstrap());
      }
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param r a result
   * @param file where to write it
   * @throws IOException if writing fails
   */
  public static void write(SensitivityResult r, Path file) throws IOException {
    Files.writeString(file, toJson(r), StandardCharsets.UTF_8);
  }
}
