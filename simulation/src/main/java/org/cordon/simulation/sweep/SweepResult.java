package org.cordon.simulation.sweep;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a sweep came to, as plain values for the writers and the report: per start date the
 * counts by the last day and the paired differences against the earliest date, and the fitted
 * cost of a day of delay (empty for a sweep of one date). No timings, so the same seed gives the
 * same result on any machine and thread count.
 *
 * @param scenario the scenario's name
 * @param part the part moved ({@code closure} or {@code response})
 * @param description the part as the sentence names it
 * @param runs replicates per date
 * @param seed the seed
 * @param by the date cases are counted to (the last simulated day)
 * @param points one per start date, earliest first
 * @param confirmedPerDay extra confirmed cases per day of delay, empty with one date
 * @param infectedPerDay extra infections per day of delay, empty with one date
 */
public record SweepResult(
    String scenario, String part, String description, int runs, long seed, LocalDate by, List<SweepPoint> points,
    Optional<Slope> confirmedPerDay, Optional<Slope> infectedPerDay) {
  /** Copies the list. */
  public SweepResult {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(by, "by");
    points = List.copyOf(points);
    Objects.requireNonNull(confirmedPerDay, "confirmedPerDay");
    Objects.requireNonNull(infectedPerDay, "infectedPerDay");
  }

  /** @return the earliest start date, the reference of the differences */
  public LocalDate reference() {
    return points.get(0).start();
  }

  /**
   * @return the answer in one sentence: "each day of delay of the closure costs 0.08 [0-0.45]
   *     confirmed cases ...", or why there is no slope
   */
  public String sentence() {
    if (confirmedPerDay.isEmpty()) {
      return "A sweep of one date (" + reference() + ") has no slope: give --to after --from.";
    }
    Slope c = confirmedPerDay.get();
    LocalDate last = points.get(points.size() - 1).start();
    return String.format(Locale.ROOT,
        "Each day of delay of %s costs %s [%s%s%s] confirmed cases by %s (median [5-95%%] over %d paired runs of each"
            + " run's least-squares slope on the start day, %s to %s; mean %s).",
        description, n(c.perDay().median()), n(c.perDay().p5()), c.perDay().p5() < 0 ? " to " : "-",
        n(c.perDay().p95()), by, runs, reference(), last, n(c.mean()));
  }

  /**
   * @param x a number
   * @return it with at most two decimals
   */
  static String n(double x) {
    if (Double.isNaN(x)) {
      return "n/a";
    }
    String s = String.format(Locale.ROOT, "%.2f", x);
    s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    return s.equals("-0") ? "0" : s;
  }
}
