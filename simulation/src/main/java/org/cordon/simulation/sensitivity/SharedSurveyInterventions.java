package org.cordon.simulation.sensitivity;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import org.cordon.measure.ContactEffect;
import org.cordon.measure.ContainmentAssumptions;
import org.cordon.measure.TimeBand;
import org.cordon.simulation.engine.Interventions;
import org.cordon.trace.CloseContactRule;

/**
 * A variant's interventions with other containment assumptions but the base variant's survey
 * visits, computed once and shared: who the survey visits each day depends on the measures, not
 * on the assumptions, and computing it is most of the cost of compiling a schedule. Every method
 * of {@link Interventions} delegates to the edited variant except {@link #surveyVisits}; a test
 * checks that every method of the interface is overridden here, so a method added to the
 * interface cannot silently fall back to its default.
 */
final class SharedSurveyInterventions implements Interventions {
  private final Interventions edited;
  private final float[][] visits;
  private final LocalDate start;

  /**
   * @param edited the variant with the edited assumptions
   * @param visits the base variant's survey visits per day from {@code start} (null: none that day)
   * @param start the first day
   */
  SharedSurveyInterventions(Interventions edited, float[][] visits, LocalDate start) {
    this.edited = edited;
    this.visits = visits;
    this.start = start;
  }

  /**
   * @param base the base variant
   * @param start first day
   * @param days days
   * @param residents residents
   * @return its survey visits, day by day (shared arrays: read only)
   */
  static float[][] visits(Interventions base, LocalDate start, int days, int residents) {
    float[][] v = new float[days][];
    for (int d = 0; d < days; d++) {
      v[d] = base.surveyVisits(start.plusDays(d), residents);
    }
    return v;
  }

  @Override
  public ContactEffect contactEffect(LocalDate day, TimeBand band) {
    return edited.contactEffect(day, band);
  }

  @Override
  public double surveyVisitProbability(LocalDate day, int resident) {
    return edited.surveyVisitProbability(day, resident);
  }

  @Override
  public float[] surveyVisits(LocalDate day, int residents) {
    long d = day.toEpochDay() - start.toEpochDay();
    if (d < 0 || d >= visits.length || (visits[(int) d] != null && visits[(int) d].length != residents)) {
      return edited.surveyVisits(day, residents);
    }
    return visits[(int) d];
  }

  @Override
  public boolean tracesContacts(LocalDate day) {
    return edited.tracesContacts(day);
  }

  @Override
  public int guardsOnDuty(LocalDate day) {
    return edited.guardsOnDuty(day);
  }

  @Override
  public double surveyCoverage(LocalDate day) {
    return edited.surveyCoverage(day);
  }

  @Override
  public int surveyStaffOn(LocalDate day) {
    return edited.surveyStaffOn(day);
  }

  @Override
  public int residentsConfined(LocalDate day) {
    return edited.residentsConfined(day);
  }

  @Override
  public SortedMap<LocalDate, List<String>> measureStarts() {
    return edited.measureStarts();
  }

  @Override
  public ContainmentAssumptions assumptions() {
    return edited.assumptions();
  }

  @Override
  public double isolationDelayDays(LocalDate onsetDay) {
    return edited.isolationDelayDays(onsetDay);
  }

  @Override
  public double tracingDelayDays(LocalDate day) {
    return edited.tracingDelayDays(day);
  }

  @Override
  public double quarantineDays(LocalDate day) {
    return edited.quarantineDays(day);
  }

  @Override
  public CloseContactRule closeContactRule(LocalDate day) {
    return edited.closeContactRule(day);
  }
}
