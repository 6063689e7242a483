package org.cordon.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cordon.contact.DayWindow;
import org.cordon.contact.Layer;
import org.cordon.trace.CloseContactRule;
import org.cordon.trace.ContactTracer;
import org.cordon.trace.TraceResult;

/**
 * The tracing questions the benchmarks ask, shared by the Cordon benchmarks, their JGraphT
 * baselines and the test that checks both give the same answers.
 */
public final class Queries {
  /** Symptom onset of the traced cases in the close-contact query (assumption: mid-epidemic). */
  public static final LocalDate ONSET = LocalDate.of(2020, 1, 26);
  /** Last day that counts for the close-contact query: the day the cases were isolated (assumption). */
  public static final LocalDate ISOLATED = LocalDate.of(2020, 1, 28);
  /** The close-contact rule: household and encounters of at least 15 minutes, 2 days before onset. */
  public static final CloseContactRule CLOSE = CloseContactRule.DEFAULT;
  /** The close-contact window, [onset - 2 days, isolated]. */
  public static final DayWindow CLOSE_WINDOW = CLOSE.windowFor(ONSET, ISOLATED);
  /** Depth-2 rule: household and workplace, all days. */
  public static final CloseContactRule HOUSEHOLD_WORKPLACE = CloseContactRule.over(Layer.HOUSEHOLD, Layer.WORKPLACE);
  /** Depth of the household-and-workplace queries. */
  public static final int DEPTH = 2;
  /**
   * The window query: household, workplace and encounters of at least 15 minutes, depth 2, in the
   * week before Jinsha's closure (22-28 Jan 2020; the closure dates are in docs/sources.md#the-response), so
   * returnees who arrived later and encounters outside the week do not count.
   */
  public static final CloseContactRule WINDOW_RULE =
      CloseContactRule.over(Layer.HOUSEHOLD, Layer.WORKPLACE, Layer.ENCOUNTER)
          .withMinEncounterMinutes(CloseContactRule.DEFAULT_MIN_ENCOUNTER_MINUTES);
  /** The window of the window query. */
  public static final DayWindow WINDOW = DayWindow.of(LocalDate.of(2020, 1, 22), LocalDate.of(2020, 1, 28));
  /** Cases in a small bulk query: Jinsha's 20 confirmed cases (docs/sources.md#the-response). */
  public static final int JINSHA_CASES = 20;
  /** Cases in a large bulk query. */
  public static final int MANY_CASES = 1_000;
  /** Link depth of the cluster query (two cases sharing a close contact are linked). */
  public static final int CLUSTER_LINK_DEPTH = 2;

  private Queries() {}

  /**
   * @param tracer the tracer
   * @param cases the cases
   * @return their depth-2 household-and-workplace contacts by one {@code contactsOfEach} call
   */
  static List<TraceResult> depth2OfEach(ContactTracer tracer, int[] cases) {
    return tracer.contactsOfEach(cases, DEPTH, HOUSEHOLD_WORKPLACE, DayWindow.all());
  }

  /**
   * @param tracer the tracer
   * @param cases the cases
   * @return the same as {@link #depth2OfEach} by one single-case query each
   */
  static List<TraceResult> depth2Singles(ContactTracer tracer, int[] cases) {
    List<TraceResult> out = new ArrayList<>(cases.length);
    for (int c : cases) {
      out.add(tracer.contacts(c, DEPTH, HOUSEHOLD_WORKPLACE, DayWindow.all()));
    }
    return out;
  }
}
