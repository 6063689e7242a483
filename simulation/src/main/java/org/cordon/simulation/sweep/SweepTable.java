package org.cordon.simulation.sweep;

import java.util.Locale;
import org.cordon.simulation.experiment.PairedComparison;

/**
 * A sweep's per-date table, as {@code cordon sweep} prints it on the terminal ({@link #format}) and
 * as Markdown ({@link #markdown}, {@code cordon sweep --markdown}, the form the docs carry between
 * {@code <!-- generated: ... -->} markers). The Spark sweep job prints the same.
 */
public final class SweepTable {
  private SweepTable() {}

  /**
   * @param r a sweep's result
   * @return the terminal table: per start date, confirmed cases and the paired differences
   */
  public static String format(SweepResult r) {
    StringBuilder b = new StringBuilder(heading(r)).append("Median [5%-95%] over runs\n\n");
    b.append(String.format(Locale.ROOT, "%-11s %-14s %-16s %-8s %-16s %-7s %-7s%n", "start", "confirmed", "extra confirmed",
        "mean", "extra infected", "more", "fewer"));
    for (SweepPoint p : r.points()) {
      PairedComparison c = p.extraConfirmed();
      b.append(String.format(Locale.ROOT, "%-11s %-14s %-16s %-8.2f %-16s %-7s %-7s%n", p.start(), confirmed(p),
          band(c.difference().median(), c.difference().p5(), c.difference().p95()), c.mean(), extraInfected(p),
          percent(c.probabilityMore()), percent(c.probabilityFewer())));
    }
    return b.toString();
  }

  /**
   * @param r a sweep's result
   * @return the same table in Markdown, then the sentence on the cost of a day of delay
   */
  public static String markdown(SweepResult r) {
    StringBuilder b = new StringBuilder(heading(r).strip()).append(". Median [5-95%] over runs.\n\n");
    b.append("| start | confirmed | extra confirmed | mean | extra infected | more | fewer |\n|---|---|---|---|---|---|---|\n");
    for (SweepPoint p : r.points()) {
      PairedComparison c = p.extraConfirmed();
      b.append(String.format(Locale.ROOT, "| %s | %s | %s | %.2f | %s | %s | %s |%n", p.start(), confirmed(p),
          band(c.difference().median(), c.difference().p5(), c.difference().p95()), c.mean(), extraInfected(p),
          percent(c.probabilityMore()), percent(c.probabilityFewer())));
    }
    return b.append('\n').append(r.sentence()).append('\n').toString();
  }

  private static String heading(SweepResult r) {
    return String.format(Locale.ROOT, "Scenario %s, %s moved: %d paired runs per date, seed %d; counts by %s,"
        + " extra against %s%n", r.scenario(), r.part(), r.runs(), r.seed(), r.by(), r.reference());
  }

  private static String confirmed(SweepPoint p) {
    return band(p.confirmed().median(), p.confirmed().p5(), p.confirmed().p95());
  }

  private static String extraInfected(SweepPoint p) {
    var d = p.extraInfected().difference();
    return band(d.median(), d.p5(), d.p95());
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }

  private static String band(double median, double p5, double p95) {
    return String.format(Locale.ROOT, p5 < 0 ? "%d [%d to %d]" : "%d [%d-%d]", (long) median, (long) p5, (long) p95);
  }
}
