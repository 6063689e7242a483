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
   * The answer: each variant's extra confirmed cases against the baseline, paired run by run.
   *
   * @param s a summary
   * @return a lead line and one table row per comparison (no table when there is none)
   */
  public static String answer(ComparisonSummary s) {
    StringBuilder b = new StringBuilder();
    if (s.comparisons().isEmpty()) {
      return b.append(lead(s)).append('\n').toString();
    }
    PairedComparison first = s.comparisons().get(0);
    b.append(String.format(Locale.ROOT, "Extra confirmed cases by %s against `%s`, paired run by run (scenario %s, %d paired"
        + " runs per variant, seed %d; median [5-95%%], mean, share of runs with more and with fewer):%n%n",
        first.by(), first.versus(), s.scenario(), s.runs(), s.seed()));
    b.append("| variant | closure | extra confirmed | mean | more | fewer |\n|---|---|---|---|---|---|\n");
    for (PairedComparison c : s.comparisons()) {
      String closure = s.variants().stream().filter(v -> v.name().equals(c.variant())).findFirst()
          .flatMap(VariantSummary::closureDate).map(LocalDate::toString).orElse("never");
      b.append(String.format(Locale.ROOT, "| `%s` | %s | %s | %s | %.0f%% | %.0f%% |%n", c.variant(), closure,
          SummaryTable.band(c.difference()), SummaryTable.mean(c.mean()), 100 * c.probabilityMore(), 100 * c.probabilityFewer()));
    }
    return b.toString();
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
    b.append(" infected by ").append(last).append(" | close contacts | household SAR |\n|---|---|");
    b.append("---|".repeat(dates.size() + 3)).append('\n');
    for (VariantSummary v : s.variants()) {
      b.append("| `").append(v.name()).append("` | ").append(v.closureDate().map(LocalDate::toString).orElse("never")).append(" |");
      for (LocalDate d : dates) {
        b.append(' ').append(SummaryTable.band(v.confirmed().get(d))).append(" |");
      }
      b.append(' ').append(SummaryTable.band(v.infected().get(last))).append(" | ").append(SummaryTable.band(v.closeContacts()))
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
