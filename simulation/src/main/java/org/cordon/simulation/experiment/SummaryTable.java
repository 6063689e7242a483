package org.cordon.simulation.experiment;

import java.time.LocalDate;
import java.util.Locale;

/** Formats a {@link ComparisonSummary} as a readable plain-text table for the terminal. */
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
    sb.append(head).append('\n');
    for (VariantSummary v : s.variants()) {
      sb.append(String.format(Locale.ROOT, "%-19s %-11s", v.name(), v.closureDate().map(LocalDate::toString).orElse("never")));
      for (LocalDate d : dates) {
        sb.append(String.format(Locale.ROOT, " %-18s", band(v.confirmed().get(d))));
      }
      sb.append(String.format(Locale.ROOT, " %-20s %-16s %-14s%n", band(v.infected().get(last(dates))), band(v.closeContacts()),
          pct(v.householdAttackRate())));
    }
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
