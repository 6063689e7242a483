package org.cordon.simulation.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

/** Synthetic report data shaped like the Jinsha 2020 comparison, for the report tests. */
final class ReportFixtures {
  static final LocalDate FIRST = LocalDate.of(2020, 1, 10);
  static final LocalDate LAST = LocalDate.of(2020, 3, 8);
  static final List<LocalDate> REPORT_DATES =
      List.of(LocalDate.of(2020, 1, 27), LocalDate.of(2020, 2, 3), LocalDate.of(2020, 3, 8));

  private ReportFixtures() {}

  /** Four variants closing on 25 Jan, 10 Feb, 12 Feb and never, 200 runs, seeded. */
  static ReportData jinshaLike() {
    return withNames(List.of("as-happened", "late-city", "late-province", "never"));
  }

  /**
   * @param names variant names, baseline first (up to four)
   * @return synthetic data with those names
   */
  static ReportData withNames(List<String> names) {
    List<Optional<LocalDate>> closures = List.of(
        Optional.of(LocalDate.of(2020, 1, 25)), Optional.of(LocalDate.of(2020, 2, 10)),
        Optional.of(LocalDate.of(2020, 2, 12)), Optional.empty());
    SplittableRandom rng = new SplittableRandom(42);
    List<VariantSeries> series = new ArrayList<>();
    List<VariantRow> table = new ArrayList<>();
    List<DifferenceRow> diffs = new ArrayList<>();
    int days = (int) (LAST.toEpochDay() - FIRST.toEpochDay()) + 1;
    double[] baseFinal = null;
    for (int k = 0; k < names.size(); k++) {
      Optional<LocalDate> closure = closures.get(k);
      int closeDay = closure.map(d -> (int) (d.toEpochDay() - FIRST.toEpochDay())).orElse(days + 40);
      List<BandPoint> cum = new ArrayList<>();
      List<BandPoint> inc = new ArrayList<>();
      List<StaffingPoint> staff = new ArrayList<>();
      double total = 0;
      for (int d = 0; d < days; d++) {
        LocalDate day = FIRST.plusDays(d);
        double growth = d < closeDay ? Math.exp(0.12 * Math.min(d, closeDay)) : Math.exp(0.12 * closeDay) * Math.exp(-0.25 * (d - closeDay));
        double n = Math.max(0, growth / 4);
        total += n * 0.4;
        inc.add(BandPoint.of(day, round1(n), round1(n * 0.4), round1(n * 2.1 + 1)));
        cum.add(BandPoint.of(day, round1(total), round1(total * 0.55), round1(total * 1.7 + 1)));
        int guards = d >= closeDay ? Math.min(306, 12 + (d - closeDay) * 40) : 0;
        int surveyStaff = d >= 18 ? 470 : 0;
        double coverage = d >= 18 ? Math.min(1.0, (d - 17) / 10.0) : 0;
        staff.add(new StaffingPoint(day, guards, surveyStaff, coverage));
      }
      series.add(new VariantSeries(names.get(k), closure, cum, inc, staff));
      var confirmed = new TreeMap<LocalDate, Quantiles>();
      for (LocalDate d : REPORT_DATES) {
        double m = cum.get((int) (d.toEpochDay() - FIRST.toEpochDay())).band().median();
        confirmed.put(d, new Quantiles(m, Math.floor(m * 0.55), m * 1.7 + 1.25));
      }
      long guardShifts = staff.stream().mapToLong(StaffingPoint::guards).sum();
      long staffDays = staff.stream().mapToLong(StaffingPoint::surveyStaff).sum();
      int peak = staff.stream().mapToInt(p -> p.guards() + p.surveyStaff()).max().orElse(0);
      table.add(new VariantRow(names.get(k), closure, confirmed,
          new org.cordon.simulation.experiment.VariantCost(guardShifts, staffDays, 0, peak)));
      double[] fin = new double[200];
      for (int i = 0; i < fin.length; i++) {
        fin[i] = Math.round(total * (0.5 + rng.nextDouble()));
      }
      if (k == 0) {
        baseFinal = fin;
      } else {
        int[] diff = new int[fin.length];
        int more = 0;
        int fewer = 0;
        long sum = 0;
        for (int i = 0; i < fin.length; i++) {
          diff[i] = (int) (fin[i] - baseFinal[i]);
          more += diff[i] > 0 ? 1 : 0;
          fewer += diff[i] < 0 ? 1 : 0;
          sum += diff[i];
        }
        int[] sorted = diff.clone();
        java.util.Arrays.sort(sorted);
        diffs.add(new DifferenceRow(names.get(k), names.get(0), LAST,
            new Quantiles(sorted[100], sorted[10], sorted[189]), sum / 200.0, more / 200.0, fewer / 200.0, diff));
      }
    }
    List<DatedLabel> events = List.of(
        new DatedLabel(LocalDate.of(2020, 1, 23), "disinfection"),
        new DatedLabel(LocalDate.of(2020, 1, 25), "Honghua sealed"),
        new DatedLabel(LocalDate.of(2020, 1, 28), "survey starts"),
        new DatedLabel(LocalDate.of(2020, 2, 1), "community closed"),
        new DatedLabel(LocalDate.of(2020, 2, 3), "24 h guards"));
    List<Parameter> params = List.of(
        new Parameter("disease", "incubationMeanlog", "1.621", "Lauer et al., Ann Intern Med 2020"),
        new Parameter("disease", "asymptomaticShare", "0.2", "Buitrago-Garcia et al., PLoS Med 2020"),
        new Parameter("containment", "ironSheetLeakGuarded", "0.02", Parameter.ASSUMPTION));
    CalibrationFit fit = new CalibrationFit("ABC rejection (synthetic)",
        List.of(new Parameter("calibrated", "importShare", "0.01 (0.005-0.02)", "posterior median (5-95%)")),
        List.of(new CalibrationFit.Check("confirmed by 2020-02-03", 20, new Quantiles(19, 12, 31))));
    return new ReportData("jinsha-2020", "Synthetic data shaped like the Jinsha replay & its variants <test>.",
        200, 7L, "cordon compare --runs 200 --seed 7 --out 'out dir'", series, Observation.jinsha2020(), events,
        table, diffs, params, Optional.of(fit));
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
