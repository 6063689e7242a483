package org.cordon.simulation.experiment;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * Formats a {@link ComparisonSummary} as Markdown tables ({@code cordon compare --markdown}), the
 * form the README and {@code docs/} carry between {@code <!-- generated: ... -->} markers, so that
 * every model number there is what the command prints (a test checks it). Numbers are formatted as
 * in {@link SummaryTable}.
 */
public final class SummaryMarkdown {
  private SummaryMarkdown() {}

  /**
   * The answer: each variant's extra confirmed cases against the baseline, paired run by run, by
   * the end of each run's outbreak (runs followed past the last day) when the summary has those
   * counts, else by the last report date; beside them what the variant's measures cost against the
   * baseline's; then the 2 x 2 attribution when the experiment has it.
   *
   * @param s a summary
   * @return a lead line and one table row per comparison (no table when there is none)
   */
  public static String answer(ComparisonSummary s) {
    StringBuilder b = new StringBuilder();
    boolean end = !s.endComparisons().isEmpty();
    java.util.List<PairedComparison> rows = end ? s.endComparisons() : s.comparisons();
    if (rows.isEmpty()) {
      return b.append(lead(s)).append('\n').toString();
    }
    PairedComparison first = rows.get(0);
    String by = end ? String.format(Locale.ROOT, "at the end of each run (followed past %s until nobody is exposed or"
        + " infectious, at most %d days; %d runs reached that cap)", SummaryTable.last(s.variants().get(0).confirmed().keySet()),
        s.followUpDays(), s.runsCapped()) : "by " + first.by();
    b.append(String.format(Locale.ROOT, "Extra confirmed cases %s against `%s`, paired run by run (scenario %s, %d paired"
        + " runs per variant, seed %d; median [5-95%%], mean, share of runs with more and with fewer), and what the"
        + " variant's measures cost against `%s`'s (guard shifts and resident-days of closure over the horizon):%n%n",
        by, first.versus(), s.scenario(), s.runs(), s.seed(), first.versus()));
    b.append("| variant | closure | extra confirmed | mean | more | fewer | guard shifts | resident-days closed |\n"
        + "|---|---|---|---|---|---|---|---|\n");
    VariantSummary base = s.variant(first.versus());
    for (PairedComparison c : rows) {
      VariantSummary v = s.variant(c.variant());
      String closure = v.closureDate().map(LocalDate::toString).orElse("never");
      b.append(String.format(Locale.ROOT, "| `%s` | %s | %s | %s | %.0f%% | %.0f%% | %+,d | %+,d |%n", c.variant(), closure,
          SummaryTable.band(c.difference()), SummaryTable.mean(c.mean()), 100 * c.probabilityMore(),
          100 * c.probabilityFewer(), v.cost().guardShifts() - base.cost().guardShifts(),
          v.cost().residentDaysClosed() - base.cost().residentDaysClosed()));
    }
    s.attribution().ifPresent(a -> b.append(String.format(Locale.ROOT, "%nClosure × rest of the response (%d paired runs,"
        + " mean [95%% bootstrap interval]): closing late alone %s, the rest late alone %s, both late %s; interaction %s;"
        + " the closure's share of the whole response's effect %s.%n", a.runs(), estimate(a.closureEffect()),
        estimate(a.restEffect()), estimate(a.responseEffect()), estimate(a.interaction()),
        Double.isNaN(a.closureShare().value()) ? "undefined (the whole response's effect is not clearly above 0)"
            : String.format(Locale.ROOT, "%.2f [%.2f to %.2f]", a.closureShare().value(), a.closureShare().low(),
                a.closureShare().high()))));
    return b.toString();
  }

  private static String estimate(Attribution.Estimate e) {
    return String.format(Locale.ROOT, "%+.2f [%+.2f to %+.2f]", e.value(), e.low(), e.high());
  }

  /**
   * Each variant's counts: confirmed cases by each report date, infections by the last, close
   * contacts and the household secondary attack rate, median [5-95%].
   *
   * @param s a summary
   * @return a lead line and one table row per variant
   */
  public static String variants(ComparisonSummary s) {
    StringBuilder b = new StringBuilder(lead(s)).append("\n\n");
    if (s.variants().isEmpty()) {
      return b.toString();
    }
    Set<LocalDate> dates = s.variants().get(0).confirmed().keySet();
    LocalDate last = SummaryTable.last(dates);
    b.append("| variant | closure |");
    for (LocalDate d : dates) {
      b.append(" confirmed ").append(d).append(" |");
    }
    b.append(" infected by ").append(last).append(" | confirmed at the end | infected at the end | close contacts |"
        + " household SAR |\n|---|---|");
    b.append("---|".repeat(dates.size() + 5)).append('\n');
    for (VariantSummary v : s.variants()) {
      b.append("| `").append(v.name()).append("` | ").append(v.closureDate().map(LocalDate::toString).orElse("never")).append(" |");
      for (LocalDate d : dates) {
        b.append(' ').append(SummaryTable.band(v.confirmed().get(d))).append(" |");
      }
      b.append(' ').append(SummaryTable.band(v.infected().get(last))).append(" | ").append(SummaryTable.band(v.finalConfirmed()))
          .append(" | ").append(SummaryTable.band(v.finalInfected())).append(" | ").append(SummaryTable.band(v.closeContacts()))
          .append(" | ").append(SummaryTable.pct(v.householdAttackRate())).append(" |\n");
    }
    return b.toString();
  }

  /**
   * Both tables: {@link #variants} then {@link #answer}, separated by a blank line.
   *
   * @param s a summary
   * @return the Markdown
   */
  public static String all(ComparisonSummary s) {
    return variants(s) + "\n" + answer(s);
  }

  private static String lead(ComparisonSummary s) {
    return String.format(Locale.ROOT, "Scenario %s: %d paired runs per variant, seed %d; median [5-95%%] over runs.",
        s.scenario(), s.runs(), s.seed());
  }
}
