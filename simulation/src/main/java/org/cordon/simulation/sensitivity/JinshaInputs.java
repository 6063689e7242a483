package org.cordon.simulation.sensitivity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.cordon.measure.ContainmentAssumptions;
import org.cordon.simulation.disease.CaseFindingParameters;
import org.cordon.simulation.disease.DiseaseParameters;
import org.cordon.simulation.disease.ImportParameters;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.disease.QuarantineSetting;
import org.cordon.simulation.disease.TransmissionParameters;
import org.cordon.simulation.experiment.Band;
import org.cordon.simulation.experiment.Calibrated;
import org.cordon.simulation.experiment.Calibrated.PosteriorDraw;
import org.cordon.simulation.experiment.Calibration;
import org.cordon.simulation.experiment.CalibrationPrior;

/**
 * The inputs of the Jinsha sensitivity analysis: every labelled assumption of the model and the
 * measures, and the calibrated parameters, <b>one line each</b> in {@link #ENTRIES}: the name, the
 * plausible range and what it rests on (sources as in docs/sources.md), and how a value is set on
 * the scenario (the model's parameters or the containment assumptions the timelines are compiled
 * with). To add an input, add a line; a categorical assumption (e.g. quarantine at home or in a
 * facility) is an input on [0, 1] whose setter switches at 0.5 ({@link #flag}). Keep the lines that
 * change containment assumptions together (at the end): a design row then compiles each distinct
 * set of schedules once.
 *
 * <p>The calibrated parameters' range is the 5-95% band of the scenario's posterior draws (the
 * calibration the scenario carries), or the prior's range when the scenario has none. Each input
 * is sampled uniformly over its range and independently of the others: the posterior's
 * correlations (e.g. transmission scale against Wuhan share) are not kept.
 */
public final class JinshaInputs {
  /**
   * What the inputs are set on: the model's parameters and the containment assumptions.
   *
   * @param model the disease model
   * @param assumptions the containment assumptions the variants' timelines are compiled with
   */
  public record Setting(ModelParameters model, ContainmentAssumptions assumptions) {
    /** @throws NullPointerException if a part is missing */
    public Setting {
      Objects.requireNonNull(model, "model");
      Objects.requireNonNull(assumptions, "assumptions");
    }
  }

  /** How an input's value is set on a {@link Setting}. */
  @FunctionalInterface
  public interface Setter {
    /**
     * @param s the setting so far
     * @param value the input's value
     * @return the setting with it
     */
    Setting apply(Setting s, double value);
  }

  /** An input's range, possibly from the scenario's calibration. */
  @FunctionalInterface
  public interface Range {
    /**
     * @param calibration the scenario's calibration, if any
     * @return {low, high}
     */
    double[] of(Optional<Calibrated> calibration);
  }

  /**
   * One line of the registry.
   *
   * @param name the input's name
   * @param range its range
   * @param basis what the range rests on
   * @param setter how a value is set
   */
  public record Entry(String name, Range range, String basis, Setter setter) {}

  /**
   * Range of the transmission scale without a calibration: the scales whose local R without any
   * response spans the central 99% of the calibration's prior on R (lognormal with Li et al.
   * 2020's 95% interval 1.4-3.9: 1.19-4.57) on jinsha-2020, through R(s) about 0.37 + 1.32 s
   * (measured by {@code LocalReproduction}; docs/calibration.md).
   */
  static final double SCALE_LOW = 0.62;
  /** Upper end of {@link #SCALE_LOW}'s range. */
  static final double SCALE_HIGH = 3.18;
  private static final double FACILITY_DAYS = ChronoUnit.DAYS.between(CaseFindingParameters.FACILITY_QUARANTINE_EARLIEST,
      CaseFindingParameters.FACILITY_QUARANTINE_LATEST);

  /** The registry: one line per input. */
  public static final List<Entry> ENTRIES = List.of(
      // calibrated: the posterior 5-95% band of the scenario's calibration (the prior without one)
      calibrated("transmissionScale", PosteriorDraw::transmissionScale, SCALE_LOW, SCALE_HIGH,
          transmission("transmissionScale")),
      calibrated("scaleFactorAfter", PosteriorDraw::scaleFactorAfter, 0, CalibrationPrior.FACTOR_MAX,
          transmission("scaleFactorAfter")),
      calibrated("shareInfectedWuhan", PosteriorDraw::shareInfectedWuhan, Calibration.WUHAN_MIN, Calibration.WUHAN_MAX,
          JinshaInputs::wuhanShare),
      calibrated("contactsOutsideHousehold", PosteriorDraw::contactsOutsideHousehold, 0, Calibration.CONTACTS_MAX,
          caseFinding("contactsOutsideHousehold")),
      // case finding
      line("febrileShare", CaseFindingParameters.FEBRILE_SHARE_LOW, CaseFindingParameters.FEBRILE_SHARE_HIGH,
          "share ever febrile: assumption (milder community cases) to Huang et al. 2020 (40 of 41); default Guan 2020 88.7%",
          caseFinding("febrileShare")),
      line("feverOnsetMeanDays", CaseFindingParameters.FEVER_ONSET_MEAN_DAYS_LOW,
          CaseFindingParameters.FEVER_ONSET_MEAN_DAYS_HIGH,
          "mean days from symptom onset to fever; default 5.43 from Guan 2020 (43.8% on admission, 88.7% in hospital)",
          caseFinding("feverOnsetMeanDays")),
      line("quarantineInFacility", 0, 1, "assumption: contacts quarantined at home (< 0.5) or in a facility (>= 0.5)"
          + " from facilityQuarantineFrom; default facility (Pan et al. 2020)",
          flag(quarantineSetting(QuarantineSetting.HOME), quarantineSetting(QuarantineSetting.FACILITY))),
      line("facilityQuarantineFromDays", 0, FACILITY_DAYS, "days after "
          + CaseFindingParameters.FACILITY_QUARANTINE_EARLIEST + " that facilities are used from (default 2020-02-02)",
          JinshaInputs::facilityFrom),
      line("surveySensitivity", 0.70, 0.95, "assumption around Nguyen et al. 2010 (90-91% at the best cut-off)",
          caseFinding("surveySensitivity")),
      line("careSeekingShape", 1, 4, "assumption (default 2)", caseFinding("careSeekingShape")),
      line("confirmationDays", 0.5, 2, "assumption (default 1)", caseFinding("confirmationDays")),
      // (not tracingDelayDays nor the care-seeking means: the Jinsha timeline's measures set them)
      line("quarantineDetectionDays", 0.5, 2, "assumption (default 1)", caseFinding("quarantineDetectionDays")),
      // transmission (layer rates other than the household's are multiplied by transmissionScale)
      line("householdRate", 0.018, 0.028, "household SAR 11-17% (Bi 2020, Jing 2020, Li F 2021) around 0.022",
          transmission("household")),
      line("buildingRate", 0.025, 0.075, "assumption: default 0.05 +-50%", transmission("building")),
      line("compoundRate", 0.035, 0.105, "assumption: default 0.07 +-50%", transmission("compound")),
      line("workplaceRate", 0.025, 0.075, "assumption: default 0.05 +-50%", transmission("workplace")),
      line("communityRate", 0.05, 0.15, "assumption: default 0.10 +-50%", transmission("community")),
      line("nightShare", 0.10, 0.40, "assumption (default 0.25)", transmission("nightShare")),
      // natural history
      line("asymptomaticShare", 0.17, 0.25, "Buitrago-Garcia et al. 2020 (0.20, 0.17-0.25)", disease("asymptomaticShare")),
      line("asymptomaticRelativeInfectiousness", 0.10, 0.85, "Buitrago-Garcia et al. 2020 (0.35, 0.10-0.85)",
          disease("asymptomaticRelativeInfectiousness")),
      line("presymptomaticDays", 0.8, 3.0, "He et al. 2020: infectious 2.3 d (0.8-3.0) before onset",
          disease("presymptomaticDays")),
      line("asymptomaticInfectiousDays", 5, 10, "assumption (default 7)", disease("asymptomaticInfectiousDays")),
      // importation
      line("exposureDays", 5, 14, "assumption (default 10)", imports("exposureDays")),
      line("huanggangRatio", 0.10, 0.50, "assumption: Huanggang share / Wuhan share (default 0.25)",
          JinshaInputs::huanggangRatio),
      line("otherOriginRatio", 0.01, 0.10, "assumption: other origins' share / Wuhan share (default 0.05)",
          JinshaInputs::otherRatio),
      // containment assumptions (ContainmentAssumptions): each changes the compiled schedules
      assumption("vehicleLeakGuarded", 0.02, 0.30),
      assumption("vehicleLeakUnguarded", 0.10, 0.80),
      assumption("ironSheetLeakGuarded", 0.00, 0.10),
      assumption("ironSheetLeakUnguarded", 0.02, 0.30),
      assumption("supplyGateLeakGuarded", 0.01, 0.20),
      assumption("supplyGateLeakUnguarded", 0.20, 0.80),
      assumption("entryOnlyInflow", 0.02, 0.30),
      assumption("communityClosurePublicPlaces", 0.05, 0.50),
      assumption("passageClosureCompoundFactor", 0.25, 0.75),
      assumption("disinfectionFactor", 0.70, 1.00),
      line("stayHomeFactor", 0.11, 0.35, "Zhang 2020 (7-9 fold fewer contacts) to Hinch 2020 (0.29); Jarvis 2020 0.26",
          assumptionSetter("stayHomeFactor")),
      assumption("stayHomeHouseholdFactor", 1.0, 2.0));

  private JinshaInputs() {}

  private static Setter quarantineSetting(QuarantineSetting setting) {
    return (s, v) -> new Setting(s.model().with(RecordEdit.with(s.model().caseFinding(), "quarantineSetting",
        QuarantineSetting.class, setting)), s.assumptions());
  }

  private static Setting facilityFrom(Setting s, double days) {
    LocalDate from = CaseFindingParameters.FACILITY_QUARANTINE_EARLIEST.plusDays(Math.round(days));
    return new Setting(s.model().with(RecordEdit.with(s.model().caseFinding(), "facilityQuarantineFrom",
        LocalDate.class, from)), s.assumptions());
  }

  /** @return every input's name, registry order */
  public static List<String> names() {
    return ENTRIES.stream().map(Entry::name).toList();
  }

  /**
   * @param calibration the scenario's calibration (for the calibrated parameters' ranges)
   * @return the problem with every input of the registry
   * @throws org.cordon.InvalidInputException if a range is bad
   */
  public static SensitivityProblem problem(Optional<Calibrated> calibration) {
    List<SensitivityInput> inputs = new ArrayList<>();
    for (Entry e : ENTRIES) {
      double[] r = e.range().of(calibration);
      inputs.add(new SensitivityInput(e.name(), r[0], r[1], e.basis()));
    }
    return new SensitivityProblem(inputs);
  }

  /**
   * @param problem inputs chosen from the registry
   * @return their setters, in the problem's order
   * @throws IllegalArgumentException if an input is not in the registry
   */
  public static List<Setter> setters(SensitivityProblem problem) {
    Map<String, Setter> byName = ENTRIES.stream().collect(Collectors.toMap(Entry::name, Entry::setter));
    return problem.names().stream().map(n -> {
      Setter s = byName.get(n);
      if (s == null) {
        throw new IllegalArgumentException("no input '" + n + "' in the registry");
      }
      return s;
    }).toList();
  }

  /**
   * A setter for a categorical input sampled on [0, 1]: below 0.5 one choice, else the other.
   *
   * @param below the setter of the first choice (value ignored)
   * @param atOrAbove the setter of the second choice (value ignored)
   * @return the switch
   */
  public static Setter flag(Setter below, Setter atOrAbove) {
    return (s, v) -> v < 0.5 ? below.apply(s, v) : atOrAbove.apply(s, v);
  }

  private static Entry line(String name, double low, double high, String basis, Setter setter) {
    return new Entry(name, c -> new double[] {low, high}, basis, setter);
  }

  private static Entry assumption(String name, double low, double high) {
    double v = ContainmentAssumptions.defaults().asMap().get(name);
    return line(name, low, high, "assumption (default " + v + ")", assumptionSetter(name));
  }

  private static Entry calibrated(String name, ToDoubleFunction<PosteriorDraw> value, double priorLow, double priorHigh,
      Setter setter) {
    Range range = c -> {
      List<PosteriorDraw> draws = c.map(Calibrated::posterior).orElse(List.of());
      if (draws.isEmpty()) {
        return new double[] {priorLow, priorHigh};
      }
      Band b = Band.of(draws.stream().mapToDouble(value).toArray());
      return new double[] {b.p5(), b.p95()};
    };
    return new Entry(name, range, "calibrated: posterior 5-95% of the scenario's calibration (prior " + priorLow + ".."
        + priorHigh + " without one)", setter);
  }

  private static Setter assumptionSetter(String name) {
    return (s, v) -> new Setting(s.model(), s.assumptions().toBuilder().set(name, v).build());
  }

  private static Setter transmission(String component) {
    check(TransmissionParameters.class, component);
    return (s, v) -> new Setting(s.model().with(RecordEdit.with(s.model().transmission(), component, v)), s.assumptions());
  }

  private static Setter caseFinding(String component) {
    check(CaseFindingParameters.class, component);
    return (s, v) -> new Setting(s.model().with(RecordEdit.with(s.model().caseFinding(), component, v)), s.assumptions());
  }

  private static Setter disease(String component) {
    check(DiseaseParameters.class, component);
    return (s, v) -> new Setting(s.model().with(RecordEdit.with(s.model().disease(), component, v)), s.assumptions());
  }

  private static Setter imports(String component) {
    check(ImportParameters.class, component);
    return (s, v) -> new Setting(s.model().with(RecordEdit.with(s.model().imports(), component, v)), s.assumptions());
  }

  private static void check(Class<? extends Record> type, String component) {
    if (!RecordEdit.hasNumber(type, component)) {
      throw new IllegalStateException(type.getSimpleName() + " has no number '" + component + "'");
    }
  }

  /** The Wuhan share, the other origins keeping their ratios to it (as {@link Calibrated#apply}). */
  private static Setting wuhanShare(Setting s, double wuhan) {
    ImportParameters i = s.model().imports();
    double w = i.shareInfectedWuhan();
    double hg = w > 0 ? i.shareInfectedHuanggang() / w : 0.25;
    double other = w > 0 ? i.shareInfectedOther() / w : 0.05;
    return withImports(s, new ImportParameters(wuhan, Math.min(1, hg * wuhan), Math.min(1, other * wuhan), i.exposureDays()));
  }

  private static Setting huanggangRatio(Setting s, double ratio) {
    ImportParameters i = s.model().imports();
    return withImports(s, new ImportParameters(i.shareInfectedWuhan(), Math.min(1, ratio * i.shareInfectedWuhan()),
        i.shareInfectedOther(), i.exposureDays()));
  }

  private static Setting otherRatio(Setting s, double ratio) {
    ImportParameters i = s.model().imports();
    return withImports(s, new ImportParameters(i.shareInfectedWuhan(), i.shareInfectedHuanggang(),
        Math.min(1, ratio * i.shareInfectedWuhan()), i.exposureDays()));
  }

  private static Setting withImports(Setting s, ImportParameters i) {
    return new Setting(s.model().with(i), s.assumptions());
  }

  /**
   * @param values one value per input of {@code setters}
   * @param setters the inputs' setters
   * @param base the scenario's setting
   * @return the base with every value set, in order
   */
  static Setting apply(double[] values, List<Setter> setters, Setting base) {
    if (values.length != setters.size()) {
      throw new IllegalArgumentException(values.length + " values for " + setters.size() + " inputs: "
          + Arrays.toString(values));
    }
    Setting s = base;
    for (int i = 0; i < values.length; i++) {
      s = setters.get(i).apply(s, values[i]);
    }
    return s;
  }
}
