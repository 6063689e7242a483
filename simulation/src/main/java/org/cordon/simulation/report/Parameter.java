package org.cordon.simulation.report;

import java.util.Objects;

/**
 * One model input as the report lists it.
 *
 * @param group what it belongs to (e.g. "disease", "containment assumptions")
 * @param name its name (as in scenario files where it has one)
 * @param value its value, formatted
 * @param source the citation (e.g. "Lauer et al., Ann Intern Med 2020") or "assumption"
 */
public record Parameter(String group, String name, String value, String source) {
  /** Source label of a number that no publication gives. */
  public static final String ASSUMPTION = "assumption";

  /** @throws NullPointerException if a part is missing */
  public Parameter {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
  }

  /** @return whether this value is an assumption rather than a cited figure */
  public boolean isAssumption() {
    return source.toLowerCase(java.util.Locale.ROOT).contains(ASSUMPTION);
  }
}
