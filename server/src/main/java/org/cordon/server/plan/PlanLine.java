package org.cordon.server.plan;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan in one line against the baseline, for the list of kept runs: what it changes, then its
 * runs and seed ({@code "Community closure 10 Feb 2020 08:00 (baseline 1 Feb 2020 08:00); 200 runs,
 * seed 1"}).
 */
public final class PlanLine {
  private PlanLine() {}

  /**
   * @param plan a plan
   * @param baseline the baseline plan
   * @return the line
   */
  public static String of(Plan plan, Plan baseline) {
    List<String> parts = new ArrayList<>();
    for (PlanField f : PlanField.values()) {
      Object v = plan.value(f);
      Object b = baseline.value(f);
      if (!Objects.equals(v, b)) {
        parts.add(f.label() + " " + value(v) + " (baseline " + value(b) + ")");
      }
    }
    if (!plan.residents().equals(baseline.residents())) {
      parts.add("Residents " + plan.residents().map(String::valueOf).orElse("as the scenario"));
    }
    plan.assumptions().forEach((k, v) -> {
      Double b = baseline.assumptions().get(k);
      if (!v.equals(b)) {
        parts.add(PlannerWords.assumption(k) + " " + number(v) + " (baseline " + (b == null ? "none" : number(b)) + ")");
      }
    });
    String what = parts.isEmpty() ? "The baseline" : String.join("; ", parts);
    return what + "; " + plan.runs() + " runs, seed " + plan.seed();
  }

  private static String value(Object v) {
    if (v instanceof Optional<?> o) {
      return o.map(PlanLine::value).orElse("never");
    }
    if (v instanceof LocalDateTime t) {
      return PlannerWords.date(t);
    }
    if (v instanceof Double d) {
      return number(d);
    }
    return String.valueOf(v);
  }

  private static String number(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
