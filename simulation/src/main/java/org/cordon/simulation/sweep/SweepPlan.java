package org.cordon.simulation.sweep;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.cordon.InvalidInputException;
import org.cordon.simulation.experiment.Experiment;
import org.cordon.simulation.experiment.Variant;

/**
 * What a sweep runs: the start dates, the variant of each (built eagerly, so a date the scenario
 * cannot take is rejected before any run), and the experiment they share (community, horizon,
 * disease model and parameter draws). The experiment's variants are the dates, earliest first.
 *
 * <pre>{@code
 * SweepPlan plan = SweepPlan.of(base, "closure", "the closure", from, to, 1,
 *     day -> JinshaExperiment.variant(community, assumptions, day.toString(),
 *         ResponsePart.CLOSURE.moveTo(JinshaResponse.asItHappened(), day)));
 * SweepResult r = Sweep.run(plan, 200, 1L, 2);
 * }</pre>
 *
 * @param part the part moved, e.g. {@code closure} (for the CSV and the report)
 * @param description the part as a sentence names it, e.g. {@code the closure}
 * @param starts the start dates, ascending, at least one
 * @param experiment the scenario with one variant per start date, in order
 */
public record SweepPlan(String part, String description, List<LocalDate> starts, Experiment experiment) {
  /**
   * The most runs (dates × replicates) one sweep may ask for: about 10 minutes on 2 cores at the
   * Jinsha size (25 × 200 take well under a minute).
   */
  public static final long MAX_RUNS = 50_000;

  /** Builds a variant for a start date. */
  @FunctionalInterface
  public interface VariantAt {
    /**
     * @param start the date the part starts
     * @return the variant with the part starting then (its name is ignored; the plan names it by
     *     the date)
     * @throws InvalidInputException if the scenario cannot take that date
     */
    Variant at(LocalDate start);
  }

  /** @throws InvalidInputException if the dates are empty, not ascending or do not match the variants */
  public SweepPlan {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(description, "description");
    starts = List.copyOf(starts);
    if (starts.isEmpty()) {
      throw InvalidInputException.argument("--from", "no start date");
    }
    if (starts.size() != experiment.variants().size()) {
      throw InvalidInputException.argument("starts", starts.size() + " dates for " + experiment.variants().size() + " variants");
    }
    var seen = new HashSet<LocalDate>();
    for (int i = 0; i < starts.size(); i++) {
      if (!seen.add(starts.get(i)) || (i > 0 && starts.get(i).isBefore(starts.get(i - 1)))) {
        throw InvalidInputException.argument("starts", "not strictly ascending at " + starts.get(i));
      }
    }
  }

  /**
   * @param base the scenario (community, horizon, model, parameter draws; its variants are not run)
   * @param part the part's label, e.g. {@code closure}
   * @param description the part as a sentence names it, e.g. {@code the closure}
   * @param from the earliest start (the reference of the differences)
   * @param to the latest start (inclusive; the last date is the last step on or before it)
   * @param stepDays days between starts (at least 1)
   * @param variantAt the variant of each start
   * @return the plan
   * @throws InvalidInputException naming {@code --from}, {@code --to} or {@code --step-days} if the
   *     dates are reversed or outside the scenario, the step is below 1, or a date's variant
   *     cannot be built
   */
  public static SweepPlan of(Experiment base, String part, String description, LocalDate from, LocalDate to, int stepDays,
      VariantAt variantAt) {
    List<LocalDate> starts = dates(base, from, to, stepDays);
    List<Variant> variants = new ArrayList<>(starts.size());
    for (LocalDate d : starts) {
      Variant v;
      try {
        v = variantAt.at(d);
      } catch (InvalidInputException e) {
        throw InvalidInputException.argument(d.equals(from) ? "--from" : "--to",
            part + " from " + d + " cannot be built: " + e.getMessage());
      }
      variants.add(new Variant(d.toString(), v.closureDate(), v.interventions()));
    }
    // A sweep reports counts by the scenario's last day: following its runs past that day would
    // cost time and change nothing it reports (the dated counts of a followed run equal a stopped one's).
    Experiment x = new Experiment(base.name(), base.community(), base.start(), base.end(), base.parameters(), variants,
        base.parameterDraws()).withFollowUp(0);
    return new SweepPlan(part, description, starts, x);
  }

  /**
   * @param base the scenario
   * @param from the earliest start
   * @param to the latest start
   * @param stepDays days between starts
   * @return {@code from}, {@code from + step}, ... up to {@code to}
   * @throws InvalidInputException if the dates are reversed or outside the scenario or the step is below 1
   */
  public static List<LocalDate> dates(Experiment base, LocalDate from, LocalDate to, int stepDays) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (stepDays < 1) {
      throw InvalidInputException.argument("--step-days", "must be at least 1: " + stepDays);
    }
    if (to.isBefore(from)) {
      throw InvalidInputException.argument("--to", "is before --from " + from + ": " + to);
    }
    if (from.isBefore(base.start()) || from.isAfter(base.end())) {
      throw InvalidInputException.argument("--from", "outside the scenario " + base.start() + " to " + base.end() + ": " + from);
    }
    if (to.isAfter(base.end())) {
      throw InvalidInputException.argument("--to", "outside the scenario " + base.start() + " to " + base.end() + ": " + to);
    }
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(stepDays)) {
      out.add(d);
    }
    return out;
  }

  /**
   * @param dates start dates
   * @param runs replicates per date
   * @throws InvalidInputException naming {@code --runs} if dates × runs exceeds {@link #MAX_RUNS}
   */
  public static void checkSize(int dates, int runs) {
    long total = (long) dates * runs;
    if (total > MAX_RUNS) {
      throw InvalidInputException.argument("--runs", dates + " dates × " + runs + " runs = " + total
          + " runs, more than " + MAX_RUNS + "; take fewer runs, a larger --step-days or a shorter range");
    }
  }
}
