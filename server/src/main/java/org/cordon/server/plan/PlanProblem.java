package org.cordon.server.plan;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cordon.InvalidInputException;

/**
 * A plan the page cannot run, said in the planner's words and tied to the plan field (a key of the
 * plan's JSON: {@code community}, {@code runs}, {@code assumptions.stayHomeFactor}, or {@code plan}
 * for the plan as a whole: not an object, an unknown key or assumption) whose input the page marks. {@link #detail()} keeps the model's own
 * message ({@code cordon compare}'s line for the same scenario file) for scripts.
 */
public final class PlanProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final Pattern MEASURE = Pattern.compile("measure '([^']+)'");

  private final String field;
  private final String detail;

  /**
   * @param field the plan field
   * @param message what is wrong, in the label's words
   * @param detail the model's message, or {@code null}
   */
  public PlanProblem(String field, String message, String detail) {
    super(Objects.requireNonNull(message, "message"));
    this.field = Objects.requireNonNull(field, "field");
    this.detail = detail;
  }

  /** @return the plan field the problem is on */
  public String field() {
    return field;
  }

  /** @return the model's message, if it differs from the planner's */
  public java.util.Optional<String> detail() {
    return java.util.Optional.ofNullable(detail);
  }

  /**
   * The model's error for a plan (from {@link Plan#fromJson} or the scenario reader) in the
   * planner's words, on the field it came from: the argument name for {@link Plan#fromJson}'s, the
   * field whose measure a scenario-file message names for the reader's.
   *
   * @param e the error
   * @return the problem
   */
  public static PlanProblem of(InvalidInputException e) {
    boolean measure = MEASURE.matcher(e.source()).lookingAt();
    if (e.line() == 0 && e.field().isEmpty() && !e.source().equals(PlanScenario.SOURCE) && !measure) {
      String key = e.source();
      // a field the page has an input for; an unknown key or assumption is on the plan as a whole
      boolean assumption = key.startsWith("assumptions.")
          && PlannerWords.knownAssumption(key.substring("assumptions.".length()));
      String field = assumption || key.equals("runs") || key.equals("seed") || key.equals("residents")
          || PlanField.byKey(key).isPresent() ? key : "plan";
      return new PlanProblem(field, label(key) + ": " + PlannerWords.rewrite(e.problem()), e.getMessage());
    }
    // the scenario reader's "plan.yaml line N, field PATH: measure 'x' field f: ..." or a measure's own
    // "measure 'x' field f: ...": the measure names the field; the YAML place is dropped
    String text = e.source().equals(PlanScenario.SOURCE) ? e.problem() : e.getMessage();
    Matcher m = MEASURE.matcher(text);
    String field = m.find() ? PlannerWords.fieldOfMeasure(m.group(1)) : "plan";
    return new PlanProblem(field, "This plan cannot run: " + PlannerWords.rewrite(text), e.getMessage());
  }

  private static String label(String key) {
    if (key.startsWith("assumptions.")) {
      return PlannerWords.assumption(key.substring("assumptions.".length()));
    }
    switch (key) {
      case "runs": return "Paired runs";
      case "seed": return "Seed";
      case "residents": return "Residents";
      case "plan": return "Plan";
      default: return PlanField.byKey(key).map(PlanField::label).orElse(key);
    }
  }

  /**
   * @param key a plan JSON key
   * @return the label the page shows for it
   */
  public static String labelOf(String key) {
    return label(key);
  }
}
