package org.cordon.simulation.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cordon.InvalidInputException;
import org.cordon.measure.ContainmentAssumptions;
import org.cordon.simulation.disease.ImportParameters;
import org.cordon.simulation.disease.ModelParameters;

/**
 * Calibrated values of a scenario's unknowns, and how they were produced (command and seed):
 * the share of Wuhan returnees infected (the other origins keep their ratios to it), the
 * transmission scale, the mean number of close contacts named outside the household, and any
 * containment assumptions (leakage). The {@code jinsha-2020} values ship as the resource {@code
 * jinsha-2020-calibration.yaml}, written by {@code cordon calibrate}; {@code compare} uses them by
 * default.
 *
 * @param scenario the scenario they were fitted for
 * @param command the command that produced them
 * @param seed its seed
 * @param shareInfectedWuhan share of Wuhan returnees infected before arrival
 * @param transmissionScale multiplier on the non-household transmission rates before the change
 *     date ({@link org.cordon.simulation.disease.TransmissionParameters#changeDate()})
 * @param scaleFactorAfter the factor on {@code transmissionScale} from the change date on
 * @param contactsOutsideHousehold mean close contacts named outside the household per case
 * @param assumptions containment assumptions by name ({@link ContainmentAssumptions#asMap()})
 * @param posterior the posterior draws, equally weighted (may be empty): {@code compare} runs replicate {@code i}
 *     with draw {@code i mod size}, so its bands carry the calibration's uncertainty
 */
public record Calibrated(
    String scenario,
    String command,
    long seed,
    double shareInfectedWuhan,
    double transmissionScale,
    double scaleFactorAfter,
    double contactsOutsideHousehold,
    Map<String, Double> assumptions,
    List<PosteriorDraw> posterior) {

  /**
   * Values with one transmission scale over the whole run (factor 1 after the change date).
   *
   * @param scenario the scenario they were fitted for
   * @param command the command that produced them
   * @param seed its seed
   * @param shareInfectedWuhan share of Wuhan returnees infected before arrival
   * @param transmissionScale multiplier on the non-household transmission rates
   * @param contactsOutsideHousehold mean close contacts named outside the household per case
   * @param assumptions containment assumptions by name
   * @param posterior the posterior draws (may be empty)
   * @throws InvalidInputException if a value is out of range
   */
  public Calibrated(String scenario, String command, long seed, double shareInfectedWuhan, double transmissionScale,
      double contactsOutsideHousehold, Map<String, Double> assumptions, List<PosteriorDraw> posterior) {
    this(scenario, command, seed, shareInfectedWuhan, transmissionScale, 1.0, contactsOutsideHousehold, assumptions,
        posterior);
  }

  /**
   * One posterior draw of the calibration (an equally weighted sample: {@code cordon calibrate}
   * resamples its weighted particles systematically before writing them).
   *
   * @param shareInfectedWuhan share of Wuhan returnees infected
   * @param transmissionScale transmission scale before the change date
   * @param scaleFactorAfter factor on it from the change date on
   * @param contactsOutsideHousehold mean close contacts outside the household
   * @param rBefore the local reproduction number without any local response before the change
   *     date ({@link LocalReproduction}; NaN if not recorded)
   * @param rAfter the same from the change date on (NaN if not recorded)
   */
  public record PosteriorDraw(double shareInfectedWuhan, double transmissionScale, double scaleFactorAfter,
      double contactsOutsideHousehold, double rBefore, double rAfter) {
    /**
     * A draw with one scale over the whole run and no reproduction numbers recorded.
     *
     * @param shareInfectedWuhan share of Wuhan returnees infected
     * @param transmissionScale transmission scale
     * @param contactsOutsideHousehold mean close contacts outside the household
     */
    public PosteriorDraw(double shareInfectedWuhan, double transmissionScale, double contactsOutsideHousehold) {
      this(shareInfectedWuhan, transmissionScale, 1.0, contactsOutsideHousehold, Double.NaN, Double.NaN);
    }
  }

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  /** The resource holding the jinsha-2020 values. */
  public static final String JINSHA_RESOURCE = "jinsha-2020-calibration.yaml";

  /** @throws InvalidInputException if a value is out of range */
  public Calibrated {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(command, "command");
    assumptions = Map.copyOf(assumptions == null ? Map.of() : assumptions);
    posterior = List.copyOf(posterior == null ? List.of() : posterior);
    ImportParameters.ofWuhanShare(shareInfectedWuhan);
    if (!(transmissionScale >= 0 && transmissionScale < 100)) {
      throw InvalidInputException.argument("transmissionScale", "must be in [0, 100): " + transmissionScale);
    }
    if (!(scaleFactorAfter >= 0 && scaleFactorAfter <= 10)) {
      throw InvalidInputException.argument("scaleFactorAfter", "must be in [0, 10]: " + scaleFactorAfter);
    }
    if (!(contactsOutsideHousehold >= 0 && contactsOutsideHousehold < 1000)) {
      throw InvalidInputException.argument("contactsOutsideHousehold", "must be in [0, 1000): " + contactsOutsideHousehold);
    }
  }

  /** @return the shipped jinsha-2020 calibration (read as a scenario's {@code calibration:} is, {@link CalibrationYaml}) */
  public static Calibrated jinsha2020() {
    return CalibrationYaml.resource(JINSHA_RESOURCE);
  }

  /**
   * @param p model parameters
   * @return them with these calibrated values
   */
  public ModelParameters apply(ModelParameters p) {
    return apply(p, shareInfectedWuhan, transmissionScale, scaleFactorAfter, contactsOutsideHousehold);
  }

  /**
   * @param p model parameters
   * @return one copy of them per posterior draw, with that draw's values (empty if none)
   */
  public List<ModelParameters> applyPosterior(ModelParameters p) {
    return posterior.stream()
        .map(d -> apply(p, d.shareInfectedWuhan(), d.transmissionScale(), d.scaleFactorAfter(), d.contactsOutsideHousehold()))
        .toList();
  }

  /**
   * @param p model parameters
   * @param shareInfectedWuhan share of Wuhan returnees infected (the other origins keep their ratios)
   * @param transmissionScale scale before the change date
   * @param scaleFactorAfter factor on it after
   * @param contactsOutsideHousehold mean close contacts outside the household
   * @return {@code p} with these values
   */
  static ModelParameters apply(ModelParameters p, double shareInfectedWuhan, double transmissionScale,
      double scaleFactorAfter, double contactsOutsideHousehold) {
    ImportParameters i = p.imports();
    double wuhan = i.shareInfectedWuhan();
    double hg = wuhan > 0 ? i.shareInfectedHuanggang() / wuhan : 0.25;
    double other = wuhan > 0 ? i.shareInfectedOther() / wuhan : 0.05;
    return p.with(p.transmission().withScales(transmissionScale, scaleFactorAfter))
        .with(new ImportParameters(shareInfectedWuhan, Math.min(1, hg * shareInfectedWuhan),
            Math.min(1, other * shareInfectedWuhan), i.exposureDays()))
        .with(p.caseFinding().withContactsOutsideHousehold(contactsOutsideHousehold));
  }

  /**
   * @param a containment assumptions
   * @return them with these calibrated values
   * @throws InvalidInputException if an assumption name is unknown or its value out of range
   */
  public ContainmentAssumptions apply(ContainmentAssumptions a) {
    var b = a.toBuilder();
    new java.util.TreeMap<>(assumptions).forEach(b::set);
    return b.build();
  }

  /** @return these values as YAML, with a comment on how they were produced */
  public String toYaml() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("scenario", scenario);
    m.put("command", command);
    m.put("seed", seed);
    m.put("shareInfectedWuhan", shareInfectedWuhan);
    m.put("transmissionScale", transmissionScale);
    m.put("scaleFactorAfter", scaleFactorAfter);
    m.put("contactsOutsideHousehold", contactsOutsideHousehold);
    m.put("assumptions", new java.util.TreeMap<>(assumptions));
    m.put("posterior", posterior);
    try {
      return "# Calibrated unknowns, written by: " + command + "\n" + YAML.writeValueAsString(m);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
