package org.cordon.simulation.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.cordon.measure.ContainmentAssumptions;
import org.cordon.simulation.engine.Interventions;
import org.cordon.simulation.experiment.Presets;
import org.cordon.simulation.experiment.Band;
import org.cordon.simulation.experiment.Calibrated;
import org.cordon.simulation.experiment.ComparisonSummary;
import org.cordon.simulation.experiment.DailyBand;
import org.cordon.simulation.experiment.Ensemble;
import org.cordon.simulation.experiment.Experiment;
import org.cordon.simulation.experiment.PairedComparison;
import org.cordon.simulation.experiment.Variant;
import org.cordon.simulation.experiment.VariantSummary;

/**
 * Builds the {@link ReportData} of a comparison from the engine's results: the daily bands and
 * report-date bands of the {@link ComparisonSummary} (the numbers of {@code summary.json}), the
 * paired differences replicate by replicate as the summary computed them, staffing and measure
 * start dates from the variants' {@link Interventions}, the parameters with their sources, and the calibration with the
 * observed figures placed in the baseline's predictive band.
 */
public final class ComparisonReport {
  /** Jinsha's tally of close contacts after a week of survey (docs/sources.md#the-outbreak). */
  static final int OBSERVED_CLOSE_CONTACTS = 105;

  private ComparisonReport() {}

  /**
   * @param ensemble the runs
   * @param summary their summary (from {@code Comparison.summarize(ensemble)})
   * @param calibrated the calibrated values the experiment used, empty if none
   * @param command the exact command line that made the report
   * @return the report data
   * @throws org.cordon.InvalidInputException if the summary has no daily series
   */
  public static ReportData of(Ensemble ensemble, ComparisonSummary summary, Optional<Calibrated> calibrated,
      String command) {
    Experiment x = ensemble.experiment();
    List<VariantSeries> series = new ArrayList<>();
    for (Variant v : x.variants()) {
      series.add(series(v, summary.daily().stream().filter(d -> d.variant().equals(v.name())).toList()));
    }
    List<VariantRow> table = new ArrayList<>();
    for (VariantSummary v : summary.variants()) {
      TreeMap<LocalDate, Quantiles> confirmed = new TreeMap<>();
      v.confirmed().forEach((d, b) -> quantiles(b).ifPresent(q -> confirmed.put(d, q)));
      table.add(new VariantRow(v.name(), v.closureDate(), confirmed, quantiles(v.finalConfirmed()), v.cost()));
    }
    List<DifferenceRow> differences = new ArrayList<>();
    List<PairedComparison> all = new ArrayList<>(summary.comparisons());
    all.addAll(summary.endComparisons());
    for (PairedComparison c : all) {
      Optional<Quantiles> q = quantiles(c.difference());
      if (q.isPresent()) {
        differences.add(new DifferenceRow(c.variant(), c.versus(), c.by(), q.get(), c.mean(), c.probabilityMore(),
            c.probabilityFewer(), c.differences(), c.toEnd()));
      }
    }
    Interventions baseline = x.variants().get(0).interventions();
    ContainmentAssumptions assumptions = baseline.assumptions();
    String description = "Community " + x.community().residentCount() + " residents in "
        + x.community().households().size() + " households, simulated " + x.start() + " to " + x.end()
        + " (each run followed past the last day until nobody is exposed or infectious, at most "
        + x.followUpDays() + " days; measures in force on the last day stay in force; " + summary.runsCapped()
        + " runs reached that cap). Variant " + x.variants().get(0).name() + " is the baseline; every other variant is"
        + " compared with it run by run.";
    return new ReportData(summary.scenario(), description, summary.runs(), summary.seed(), command, series,
        observations(x.name()),
        events(baseline, x.start()), table, differences,
        ParameterTable.rows(x.parameters(), assumptions,
            calibrated.map(c -> c.assumptions().keySet()).orElse(java.util.Set.of())),
        calibrated.map(c -> fit(c, summary)), summary.attribution(), summary.quarantineSwitch());
  }

  /** The observed confirmed counts of a preset scenario (of a file that keeps a preset's name too). */
  private static List<Observation> observations(String scenario) {
    return Presets.find(scenario).map(p -> Observation.of(p.observed())).orElse(List.of());
  }

  private static VariantSeries series(Variant v, List<DailyBand> days) {
    List<BandPoint> cum = new ArrayList<>();
    List<BandPoint> inc = new ArrayList<>();
    List<StaffingPoint> staff = new ArrayList<>();
    for (DailyBand d : days) {
      quantiles(d.cumulativeConfirmed()).ifPresent(q -> cum.add(new BandPoint(d.date(), q)));
      quantiles(d.newInfections()).ifPresent(q -> inc.add(new BandPoint(d.date(), q)));
      int surveyStaff = v.interventions().surveyStaffOn(d.date());
      double coverage = Double.isFinite(d.surveyCoverage()) ? Math.max(0, Math.min(1, d.surveyCoverage())) : 0;
      staff.add(new StaffingPoint(d.date(), d.guardsOnDuty(), surveyStaff, coverage));
    }
    return new VariantSeries(v.name(), v.closureDate(), cum, inc, staff);
  }

  /** The measures starting after the first day, one label per date. */
  private static List<DatedLabel> events(Interventions i, LocalDate first) {
    List<DatedLabel> out = new ArrayList<>();
    i.measureStarts().forEach((d, names) -> {
      if (d.isAfter(first)) {
        out.add(new DatedLabel(d, String.join(", ", names)));
      }
    });
    return out;
  }

  private static CalibrationFit fit(Calibrated c, ComparisonSummary s) {
    List<Parameter> fitted = new ArrayList<>();
    String how = "from: " + c.command() + " (seed " + c.seed() + ")";
    fitted.add(new Parameter("calibrated", "shareInfectedWuhan", withPosterior(c.shareInfectedWuhan(),
        c.posterior().stream().mapToDouble(Calibrated.PosteriorDraw::shareInfectedWuhan).toArray()), how));
    fitted.add(new Parameter("calibrated", "transmissionScale", withPosterior(c.transmissionScale(),
        c.posterior().stream().mapToDouble(Calibrated.PosteriorDraw::transmissionScale).toArray()), how));
    fitted.add(new Parameter("calibrated", "scaleFactorAfter", withPosterior(c.scaleFactorAfter(),
        c.posterior().stream().mapToDouble(Calibrated.PosteriorDraw::scaleFactorAfter).toArray()), how));
    double[] rBefore = c.posterior().stream().mapToDouble(Calibrated.PosteriorDraw::rBefore).filter(x -> !Double.isNaN(x)).toArray();
    double[] rAfter = c.posterior().stream().mapToDouble(Calibrated.PosteriorDraw::rAfter).filter(x -> !Double.isNaN(x)).toArray();
    if (rBefore.length > 0 && rAfter.length > 0) {
      fitted.add(new Parameter("calibrated", "R without local response, before the change date",
          withPosterior(Band.of(rBefore).median(), rBefore), how));
      fitted.add(new Parameter("calibrated", "R without local response, from the change date",
          withPosterior(Band.of(rAfter).median(), rAfter), how));
    }
    fitted.add(new Parameter("calibrated", "contactsOutsideHousehold", withPosterior(c.contactsOutsideHousehold(),
        c.posterior().stream().mapToDouble(Calibrated.PosteriorDraw::contactsOutsideHousehold).toArray()), how));
    new TreeMap<>(c.assumptions()).forEach((k, v) -> fitted.add(new Parameter("calibrated", k, Html.value(v), how)));
    List<CalibrationFit.Check> checks = new ArrayList<>();
    VariantSummary base = s.variants().get(0);
    for (Observation o : observations(s.scenario())) {
      Band b = base.confirmed().get(o.date());
      if (b != null) {
        quantiles(b).ifPresent(q -> checks.add(new CalibrationFit.Check("confirmed by " + o.date(), o.confirmed(), q)));
      }
    }
    LocalDate last = base.confirmed().isEmpty() ? null : base.confirmed().lastKey();
    if (last != null && last.isAfter(LocalDate.of(2020, 2, 3))) {
      quantiles(base.confirmed().get(last)).ifPresent(q -> checks.add(new CalibrationFit.Check(
          "confirmed by " + last + " (none after 3 Feb)", 20, q)));
    }
    quantiles(base.closeContacts()).ifPresent(q -> checks.add(
        new CalibrationFit.Check("close contacts traced", OBSERVED_CLOSE_CONTACTS, q)));
    return new CalibrationFit("Calibrated values of " + c.scenario() + " used by this run; below, the observed"
        + " figures (docs/sources.md#the-outbreak) against the " + base.name() + " variant's 5-95% band in this run.",
        fitted, checks);
  }

  /** The fitted value, and the 5-95% band of the posterior draws when the calibration kept them. */
  private static String withPosterior(double value, double[] draws) {
    if (draws.length == 0) {
      return Html.value(value);
    }
    Band b = Band.of(draws);
    return Html.value(value) + " (posterior draws 5-95%: " + Html.value(b.p5()) + " to " + Html.value(b.p95()) + ")";
  }

  private static Optional<Quantiles> quantiles(Band b) {
    if (!(b.p5() <= b.median() && b.median() <= b.p95())) {
      return Optional.empty(); // NaN: no replicate had data
    }
    return Optional.of(new Quantiles(b.median(), b.p5(), b.p95()));
  }
}
