package org.cordon.measure;

import com.google.common.collect.ImmutableList;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The door-to-door survey (挨家挨户摸排): from 08:00 on 28 Jan 2020 staff knocked on every door in
 * scope, asked about health and took temperatures; the scope widened from Wuhan and Huanggang
 * returnees to all returnees (~30 Jan) and later to every resident (docs/sources.md#the-response).
 *
 * <p>Each day in force ({@link TimeBand#DAYTIME}), the survey's staff visit {@code staff ×
 * householdsPerStaffPerDay} households they have not visited yet, among those with a resident in
 * the current scope, in household id order; with {@code dailyTemperatureCheck} every household
 * already visited is checked again each day.
 *
 * @param name unique name
 * @param start when the survey starts
 * @param end when it stops (exclusive), or empty
 * @param staff people surveying each day (at least 1)
 * @param householdsPerStaffPerDay first visits one person makes in a day (&gt; 0)
 * @param stages the scope by date, widening, the first on or after the start day
 * @param dailyTemperatureCheck whether visited households are checked every day
 */
public record DoorToDoorSurvey(
    String name,
    LocalDateTime start,
    Optional<LocalDateTime> end,
    int staff,
    double householdsPerStaffPerDay,
    ImmutableList<ScopeStage> stages,
    boolean dailyTemperatureCheck)
    implements Measure {

  /**
   * @throws MeasureException if a field is missing or out of range, the survey ends before it
   *     starts, there is no stage, a stage starts before the survey, or stages are not in date order
   *     or narrow the scope
   */
  public DoorToDoorSurvey {
    FieldChecks.name(name);
    FieldChecks.window(name, start, end);
    FieldChecks.positive(name, "staff", staff);
    FieldChecks.positive(name, "householdsPerStaffPerDay", householdsPerStaffPerDay);
    FieldChecks.present(name, "stages", stages);
    if (stages.isEmpty()) {
      throw new MeasureException(name, "stages", "no scope stage given");
    }
    ScopeStage previous = null;
    for (int i = 0; i < stages.size(); i++) {
      ScopeStage s = stages.get(i);
      String field = "stages[" + i + "]";
      if (s.from().isBefore(start.toLocalDate())) {
        throw new MeasureException(
            name, field + ".from", "stage starts " + s.from() + ", before the survey starts " + start.toLocalDate());
      }
      if (previous != null && !s.from().isAfter(previous.from())) {
        throw new MeasureException(
            name, field + ".from", "stage starts " + s.from() + ", not after the previous stage " + previous.from());
      }
      if (previous != null && s.scope().compareTo(previous.scope()) <= 0) {
        throw new MeasureException(
            name, field + ".scope", "scope " + s.scope() + " does not widen " + previous.scope());
      }
      previous = s;
    }
  }

  /**
   * @param name unique name
   * @param start when the survey starts
   * @param end when it stops, or empty
   * @param staff people surveying each day
   * @param householdsPerStaffPerDay first visits per person per day
   * @param stages scope stages, widening
   * @param dailyTemperatureCheck whether visited households are checked daily
   * @return the survey
   * @throws MeasureException if a field is invalid (see the constructor)
   */
  public static DoorToDoorSurvey of(
      String name,
      LocalDateTime start,
      Optional<LocalDateTime> end,
      int staff,
      double householdsPerStaffPerDay,
      List<ScopeStage> stages,
      boolean dailyTemperatureCheck) {
    return new DoorToDoorSurvey(
        name, start, end, staff, householdsPerStaffPerDay, ImmutableList.copyOf(stages), dailyTemperatureCheck);
  }

  /**
   * @param day a day
   * @return the scope on that day, or empty before the first stage
   */
  public Optional<SurveyScope> scopeOn(java.time.LocalDate day) {
    SurveyScope scope = null;
    for (ScopeStage s : stages) {
      if (!s.from().isAfter(day)) {
        scope = s.scope();
      }
    }
    return Optional.ofNullable(scope);
  }

  /** @throws MeasureException if it ends after the scenario or a stage starts outside it */
  @Override
  public void validate(MeasureContext timeline) {
    timeline.checkEnd(this);
    for (int i = 0; i < stages.size(); i++) {
      timeline.checkDay(this, "stages[" + i + "].from", stages.get(i).from());
    }
  }

  /** @throws MeasureException if another survey overlaps this one */
  @Override
  public void checkAgainst(Measure earlier, MeasureContext timeline) {
    timeline.rejectSecond(this, earlier, "door-to-door survey");
  }

  /** @return the number of first visits the staff make in one day, rounded down */
  public int dailyCapacity() {
    return (int) Math.floor(staff * householdsPerStaffPerDay);
  }
}
