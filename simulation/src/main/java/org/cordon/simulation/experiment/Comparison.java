package org.cordon.simulation.experiment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.cordon.simulation.engine.RunResult;

/**
 * Summarises an {@link Ensemble}: per variant the bands of confirmed cases and infections by the
 * report dates, close contacts and the household attack rate; every variant against the first
 * (baseline), paired by replicate; and the daily bands.
 */
public final class Comparison {
  private Comparison() {}

  /**
   * Report dates of the Jinsha scenario: the county's first announcement (27 Jan), Jinsha's last
   * new case (3 Feb) and the county's last discharge (8 Mar), docs/sources.md#the-outbreak.
   */
  public static final List<LocalDate> JINSHA_REPORT_DATES =
      List.of(LocalDate.of(2020, 1, 27), LocalDate.of(2020, 2, 3), LocalDate.of(2020, 3, 8));

  /**
   * Summarises with the report dates that fall in the horizon: {@link #JINSHA_REPORT_DATES}, and
   * always the last day.
   *
   * @param e the ensemble
   * @return the summary
   */
  public static ComparisonSummary summarize(Ensemble e) {
    LocalDate start = e.experiment().start();
    LocalDate end = e.experiment().end();
    TreeMap<LocalDate, Boolean> dates = new TreeMap<>();
    for (LocalDate d : JINSHA_REPORT_DATES) {
      if (!d.isBefore(start) && !d.isAfter(end)) {
        dates.put(d, true);
      }
    }
    dates.put(end, true);
    return summarize(e, List.copyOf(dates.keySet()));
  }

  /**
   * @param e the ensemble
   * @param reportDates the dates to report cumulative counts by (within the horizon)
   * @return the summary
   * @throws org.cordon.InvalidInputException if a report date is outside the horizon
   */
  public static ComparisonSummary summarize(Ensemble e, List<LocalDate> reportDates) {
    Experiment x = e.experiment();
    int runs = e.runs();
    int days = x.days();
    int[] reportDays = new int[reportDates.size()];
    for (int j = 0; j < reportDays.length; j++) {
      reportDays[j] = x.dayIndex(reportDates.get(j));
      if (reportDays[j] < 0 || reportDays[j] >= days) {
        throw org.cordon.InvalidInputException.argument("reportDates", "outside " + x.start() + " to " + x.end() + ": "
            + reportDates.get(j));
      }
    }
    List<VariantSummary> variants = new ArrayList<>();
    List<DailyBand> daily = new ArrayList<>();
    int[] baseTotal = null;
    int[] baseFinal = null;
    List<PairedComparison> comparisons = new ArrayList<>();
    List<PairedComparison> endComparisons = new ArrayList<>();
    List<int[]> finals = new ArrayList<>();
    for (int k = 0; k < x.variants().size(); k++) {
      Variant v = x.variants().get(k);
      Series s = new Series(e.runsOf(k));
      SortedMap<LocalDate, Band> confirmed = new TreeMap<>();
      SortedMap<LocalDate, Band> infected = new TreeMap<>();
      for (int j = 0; j < reportDays.length; j++) {
        confirmed.put(reportDates.get(j), column(s.cumConf, reportDays[j]));
        infected.put(reportDates.get(j), column(s.cumInf, reportDays[j]));
      }
      List<RunResult> rs = e.runsOf(k);
      int[] finalConfirmed = rs.stream().mapToInt(RunResult::finalConfirmed).toArray();
      finals.add(finalConfirmed);
      variants.add(new VariantSummary(v.name(), v.closureDate(), confirmed, infected,
          Band.of(rs.stream().mapToInt(RunResult::totalCloseContacts).toArray()),
          Band.of(rs.stream().mapToDouble(RunResult::householdAttackRate).toArray()),
          Band.of(finalConfirmed), Band.of(rs.stream().mapToInt(RunResult::finalInfections).toArray()),
          (int) rs.stream().filter(RunResult::capped).count(),

          VariantCost.of(v.interventions(), x.start(), x.end())));
      daily.addAll(daily(x, v, s));
      int[] total = column(s.cumConf, days - 1, runs);
      if (k == 0) {
        baseTotal = total;
        baseFinal = finalConfirmed;
      } else {
        String base = x.variants().get(0).name();
        comparisons.add(PairedComparison.of(v.name(), base, x.end(), minus(total, baseTotal)));
        endComparisons.add(PairedComparison.toEnd(v.name(), base, x.end(), minus(finalConfirmed, baseFinal)));
      }
    }
    return new ComparisonSummary(x.name(), runs, e.seed(), variants, comparisons, daily, endComparisons,
        x.followUpDays(), attribution(x, finals, e.seed()), java.util.Optional.empty());
  }

  /**
   * The 2 × 2 attribution on the final confirmed counts, when the experiment has the baseline
   * {@value Attribution#BASELINE} first and the three other variants of {@link Attribution}.
   */
  private static java.util.Optional<Attribution> attribution(Experiment x, List<int[]> finals, long seed) {
    List<String> names = x.variants().stream().map(Variant::name).toList();
    if (!names.get(0).equals(Attribution.BASELINE) || !names.containsAll(Attribution.VARIANTS)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(Attribution.of(finals.get(0), finals.get(names.indexOf(Attribution.CLOSURE_LATE)),
        finals.get(names.indexOf(Attribution.REST_LATE)), finals.get(names.indexOf(Attribution.BOTH_LATE)), seed));
  }

  private static int[] minus(int[] a, int[] b) {
    int[] d = new int[a.length];
    for (int i = 0; i < a.length; i++) {
      d[i] = a[i] - b[i];
    }
    return d;
  }

  /** The daily series of one variant's replicates, each fetched once (the accessors copy). */
  private static final class Series {
    final int[][] newInf;
    final int[][] cumInf;
    final int[][] newConf;
    final int[][] cumConf;
    final int[][] quar;
    final int[][] iso;

    Series(List<RunResult> rs) {
      int n = rs.size();
      newInf = new int[n][];
      cumInf = new int[n][];
      newConf = new int[n][];
      cumConf = new int[n][];
      quar = new int[n][];
      iso = new int[n][];
      for (int i = 0; i < n; i++) {
        RunResult r = rs.get(i);
        newInf[i] = r.newInfections();
        cumInf[i] = r.cumulativeInfections();
        newConf[i] = r.newConfirmed();
        cumConf[i] = r.cumulativeConfirmed();
        quar[i] = r.quarantined();
        iso[i] = r.isolated();
      }
    }
  }

  /** Guards and survey coverage come from the variant's schedule, once, not from each replicate. */
  private static List<DailyBand> daily(Experiment x, Variant v, Series s) {
    int days = x.days();
    List<DailyBand> out = new ArrayList<>(days);
    for (int d = 0; d < days; d++) {
      LocalDate date = x.date(d);
      out.add(new DailyBand(v.name(), date, column(s.newInf, d), column(s.cumInf, d), column(s.newConf, d),
          column(s.cumConf, d), column(s.quar, d), column(s.iso, d), v.interventions().guardsOnDuty(date),
          v.interventions().surveyCoverage(date)));
    }
    return out;
  }

  private static int[] column(int[][] series, int d, int n) {
    int[] c = new int[n];
    for (int i = 0; i < n; i++) {
      c[i] = series[i][d];
    }
    return c;
  }

  private static Band column(int[][] series, int d) {
    return Band.of(column(series, d, series.length));
  }
}
