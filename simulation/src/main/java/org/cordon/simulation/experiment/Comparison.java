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
   * new case (3 Feb) and the county's last discharge (8 Mar), JINSHA_FACTS.md.
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
    List<VariantSummary> variants = new ArrayList<>();
    List<DailyBand> daily = new ArrayList<>();
    for (int k = 0; k < x.variants().size(); k++) {
      Variant v = x.variants().get(k);
      List<RunResult> rs = e.runsOf(k);
      SortedMap<LocalDate, Band> confirmed = new TreeMap<>();
      SortedMap<LocalDate, Band> infected = new TreeMap<>();
      for (LocalDate d : reportDates) {
        confirmed.put(d, Band.of(rs.stream().mapToInt(r -> r.confirmedBy(d)).toArray()));
        infected.put(d, Band.of(rs.stream().mapToInt(r -> r.infectedBy(d)).toArray()));
      }
      variants.add(new VariantSummary(v.name(), v.closureDate(), confirmed, infected,
          Band.of(rs.stream().mapToInt(RunResult::totalCloseContacts).toArray()),
          Band.of(rs.stream().mapToDouble(RunResult::householdAttackRate).toArray())));
      daily.addAll(daily(v.name(), rs));
    }
    List<PairedComparison> comparisons = new ArrayList<>();
    List<RunResult> base = e.runsOf(0);
    for (int k = 1; k < x.variants().size(); k++) {
      List<RunResult> rs = e.runsOf(k);
      int[] diff = new int[runs];
      for (int i = 0; i < runs; i++) {
        diff[i] = rs.get(i).totalConfirmed() - base.get(i).totalConfirmed();
      }
      comparisons.add(PairedComparison.of(x.variants().get(k).name(), x.variants().get(0).name(), x.end(), diff));
    }
    return new ComparisonSummary(x.name(), runs, e.seed(), variants, comparisons, daily);
  }

  private static List<DailyBand> daily(String name, List<RunResult> rs) {
    int n = rs.size();
    int days = rs.get(0).days();
    int[][] newInf = new int[n][];
    int[][] cumInf = new int[n][];
    int[][] newConf = new int[n][];
    int[][] cumConf = new int[n][];
    int[][] quar = new int[n][];
    int[][] iso = new int[n][];
    for (int i = 0; i < n; i++) {
      RunResult r = rs.get(i);
      newInf[i] = r.newInfections();
      cumInf[i] = r.cumulativeInfections();
      newConf[i] = r.newConfirmed();
      cumConf[i] = r.cumulativeConfirmed();
      quar[i] = r.quarantined();
      iso[i] = r.isolated();
    }
    int[] guards = rs.get(0).guardsOnDuty();
    double[] coverage = rs.get(0).surveyCoverage();
    List<DailyBand> out = new ArrayList<>(days);
    for (int d = 0; d < days; d++) {
      out.add(new DailyBand(name, rs.get(0).start().plusDays(d), column(newInf, d), column(cumInf, d),
          column(newConf, d), column(cumConf, d), column(quar, d), column(iso, d), guards[d], coverage[d]));
    }
    return out;
  }

  private static Band column(int[][] series, int d) {
    int[] c = new int[series.length];
    for (int i = 0; i < c.length; i++) {
      c[i] = series[i][d];
    }
    return Band.of(c);
  }
}
