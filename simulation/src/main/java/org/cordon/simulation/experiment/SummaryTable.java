package org.cordon.simulation.experiment;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Formats a {@link ComparisonSummary} as a readable plain-text table for the terminal: the counts
 * by the report dates and at the end of the runs, the comparisons by the end of the runs (the
 * headline) and by the last day, the 2 × 2 attribution and the quarantine-setting switch when the
 * summary has them.
 */
public final class SummaryTable {
  private SummaryTable() {}

  /**
   * @param s a summary
   * @return the table, several lines
   */
  public static String format(ComparisonSummary s) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Scenario %s: %d paired runs per variant, seed %d%n", s.scenario(), s.runs(), s.seed()));
    sb.append("Median [5%-95%] over runs\n\n");
    if (s.variants().isEmpty()) {
      return sb.toString();
    }
    var dates = s.variants().get(0).confirmed().keySet();
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-19s %-11s", "variant", "closure"));
    for (LocalDate d : dates) {
      head.append(String.format(Locale.ROOT, " %-18s", "confirmed " + d.toString().substring(5)));
    }
    head.append(String.format(Locale.ROOT, " %-20s %-16s %-14s", "infected by " + last(dates).toString().substring(5), "close contacts", "household SAR"));
    head.append(String.format(Locale.ROOT, " %-18s %-18s", "confirmed at end", "infected at end"));
    sb.append(head).append('\n');
    for (VariantSummary v : s.variants()) {
      sb.append(String.format(Locale.ROOT, "%-19s %-11s", v.name(), v.closureDate().map(LocalDate::toString).orElse("never")));
      for (LocalDate d : dates) {
        sb.append(String.format(Locale.ROOT, " %-18s", band(v.confirmed().get(d))));
      }
      sb.append(String.format(Locale.ROOT, " %-20s %-16s %-14s", band(v.infected().get(last(dates))), band(v.closeContacts()),
          pct(v.householdAttackRate())));
      sb.append(String.format(Locale.ROOT, " %-18s %-18s%n", band(v.finalConfirmed()), band(v.finalInfected())));
    }
    sb.append("\nCost over the horizon (staffing and closure, the same in every run):\n");
    for (VariantSummary v : s.variants()) {
      VariantCost c = v.cost();
      sb.append(String.format(Locale.ROOT, "%-19s %,d guard shifts, %,d survey staff-days, %,d resident-days of closure,"
          + " peak %,d on duty%n", v.name(), c.guardShifts(), c.surveyStaffDays(), c.residentDaysClosed(), c.peakOnDuty()));
    }
    if (!s.endComparisons().isEmpty()) {
      sb.append(String.format(Locale.ROOT, "%nBy the end of each run (followed past %s until nobody is exposed or infectious,"
          + " at most %d days; %d runs reached that cap):%n", last(dates), s.followUpDays(), s.runsCapped()));
      for (PairedComparison c : s.endComparisons()) {
        sb.append(String.format(Locale.ROOT,
            "%-19s vs %s: %s more confirmed by the end (mean %s); more in %.0f%% of paired runs, fewer in %.0f%%%n",
            c.variant(), c.versus(), band(c.difference()), mean(c.mean()), 100 * c.probabilityMore(),
            100 * c.probabilityFewer()));
      }
    }
    s.attribution().ifPresent(a -> attribution(sb, a));
    s.quarantineSwitch().ifPresent(q -> quarantineSwitch(sb, q));
    if (!s.comparisons().isEmpty()) {
      sb.append('\n');
      for (PairedComparison c : s.comparisons()) {
        sb.append(String.format(Locale.ROOT,
            "%-19s vs %s: %s more confirmed by %s (mean %s); more in %.0f%% of paired runs, fewer in %.0f%%%n",
            c.variant(), c.versus(), band(c.difference()), c.by(), mean(c.mean()), 100 * c.probabilityMore(),
            100 * c.probabilityFewer()));
      }
    }
    return sb.toString();
  }

  private static void attribution(StringBuilder sb, Attribution a) {
    sb.append(String.format(Locale.ROOT, "%nClosure x rest of the response, final confirmed (mean [95%% bootstrap interval],"
        + " %d paired runs):%n", a.runs()));
    sb.append(String.format(Locale.ROOT, "  closure late %s, rest late %s, both late %s; interaction %s%n",
        estimate(a.closureEffect()), estimate(a.restEffect()), estimate(a.responseEffect()), estimate(a.interaction())));
    sb.append(String.format(Locale.ROOT, "  closure's share of the whole response's effect: %s%n",
        Double.isNaN(a.closureShare().value()) ? "undefined (the whole response's effect is not clearly above 0)"
            : estimate(a.closureShare())));
  }

  private static void quarantineSwitch(StringBuilder sb, QuarantineSwitch.Result q) {
    sb.append(String.format(Locale.ROOT, "%nQuarantine %s switched to %s (same runs): %s final confirmed %s -> %s%n",
        q.setting(), q.switchedTo(), "baseline", band(q.baselineFinal()), band(q.switchedBaselineFinal())));
    for (PairedComparison sw : q.switched()) {
      String before = q.asRun().stream().filter(c -> c.variant().equals(sw.variant())).findFirst()
          .map(c -> String.format(Locale.ROOT, "mean %s, more in %.0f%%", mean(c.mean()), 100 * c.probabilityMore()))
          .orElse("n/a");
      sb.append(String.format(Locale.ROOT, "  %-19s vs %s by the end: %s -> mean %s, more in %.0f%%%n", sw.variant(),
          sw.versus(), before, mean(sw.mean()), 100 * sw.probabilityMore()));
    }
  }

  private static String estimate(Attribution.Estimate e) {
    return String.format(Locale.ROOT, "%s [%s, %s]", signed(e.value()), signed(e.low()), signed(e.high()));
  }

  private static String signed(double x) {
    return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%+.2f", x);
  }

  static LocalDate last(java.util.Set<LocalDate> dates) {
    LocalDate l = null;
    for (LocalDate d : dates) {
      l = d;
    }
    return l;
  }

  static String band(Band b) {
    // "to" once a bound is negative: "0 [-2 to 3]", not "0 [-2-3]"
    String sep = b.p5() < 0 || b.p95() < 0 ? " to " : "-";
    return String.format(Locale.ROOT, "%s [%s%s%s]", n(b.median()), n(b.p5()), sep, n(b.p95()));
  }

  static String mean(double x) {
    return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.2f", x);
  }

  static String pct(Band b) {
    if (Double.isNaN(b.median())) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%.1f%% [%.1f-%.1f]", 100 * b.median(), 100 * b.p5(), 100 * b.p95());
  }

  private static String n(double x) {
    if (Double.isNaN(x)) {
      return "n/a";
    }
    return x == Math.rint(x) ? Long.toString((long) x) : String.format(Locale.ROOT, "%.1f", x);
  }
}
