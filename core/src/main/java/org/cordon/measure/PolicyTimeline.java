package org.cordon.measure;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cordon.InvalidInputException;
import org.cordon.SupportedDates;
import org.cordon.community.Community;

/**
 * A dated, validated, immutable timeline of containment measures for one community over one
 * scenario date range: what the measures do to contacts in each band of each day ({@link
 * #effect(LocalDate, TimeBand)}, precomputed), who is on duty ({@link #staffing()}), whom the
 * survey reaches ({@link #survey()}), and the settings the engine needs for isolation and
 * quarantine.
 *
 * <pre>{@code
 * PolicyTimeline timeline = PolicyTimeline.builder(community, LocalDate.of(2020, 1, 10), LocalDate.of(2020, 3, 8))
 *     .add(honghuaClosure)
 *     .add(daytimeGuards)
 *     .assumptions(ContainmentAssumptions.defaults())
 *     .build();
 * double leak = timeline.effect(LocalDate.of(2020, 1, 26), TimeBand.NIGHT).outside(honghuaId);
 * }</pre>
 *
 * <p>Immutable and safe to share between threads. Two timelines are equal when they have the same
 * community, date range, measures (in order) and assumptions.
 */
public final class PolicyTimeline {
  private final Community community;
  private final LocalDate first;
  private final LocalDate last;
  private final ImmutableList<Measure> measures;
  private final ContainmentAssumptions assumptions;
  private final EffectTable[] effects;
  private final int[] guardsOnDuty;
  private final int[] residentsConfined;
  private final SurveyCoverage survey;
  private final CaseIsolation[] isolationByDay;
  private final ContactQuarantine[] quarantineByDay;

  private PolicyTimeline(Builder b) {
    this.community = b.community;
    this.first = b.first;
    this.last = b.last;
    this.measures = ImmutableList.copyOf(b.measures);
    this.assumptions = b.assumptions;
    MeasureContext context = new MeasureContext(community, first, last, measures, assumptions);
    TimelineValidator.validate(context);
    int days = dayCount();
    this.effects = new EffectTable[days * 2];
    for (int d = 0; d < days; d++) {
      for (TimeBand band : TimeBand.values()) {
        effects[d * 2 + band.ordinal()] = effect(context, first.plusDays(d), band);
      }
    }
    this.guardsOnDuty = new int[days];
    for (Measure m : measures) {
      if (m instanceof Guarding g) {
        try {
          for (int d = 0; d < days; d++) {
            guardsOnDuty[d] = Math.addExact(guardsOnDuty[d], g.guardsOnDuty(context, first.plusDays(d)));
          }
        } catch (ArithmeticException e) {
          throw new MeasureException(m.name(), "postsPerCheckpoint",
              "checkpoints x postsPerCheckpoint x shifts of the guards on duty exceeds " + Integer.MAX_VALUE);
        }
      }
    }
    this.residentsConfined = Confinement.residentsConfined(community, measures, first, days);
    this.survey = new SurveyCoverage(community, measures(DoorToDoorSurvey.class), first, days);
    this.isolationByDay = byDay(CaseIsolation.class, new CaseIsolation[days]);
    this.quarantineByDay = byDay(ContactQuarantine.class, new ContactQuarantine[days]);
  }

  /** The effect of the measures in force in one band: guards first, then every measure's effect. */
  private EffectTable effect(MeasureContext context, LocalDate day, TimeBand band) {
    boolean[] guarded = new boolean[community.checkpoints().size()];
    for (Measure m : measures) {
      if (m instanceof Guarding g && m.inForce(day, band)) {
        for (int gate : g.guardedCheckpoints(context, band)) {
          guarded[gate] = true;
        }
      }
    }
    EffectBuilder builder = new EffectBuilder(context, day, band, guarded);
    for (Measure m : measures) {
      if (m.inForce(day, band)) {
        builder.apply(m);
      }
    }
    return builder.build();
  }

  /** For each day, the measure of that type in force in the daytime band (at most one: validated). */
  private <T extends Measure> T[] byDay(Class<T> type, T[] days) {
    for (T m : measures(type)) {
      for (int d = 0; d < days.length; d++) {
        if (m.inForce(first.plusDays(d), TimeBand.DAYTIME)) {
          days[d] = m;
        }
      }
    }
    return days;
  }

  /**
   * @param community the community the measures refer to (ids of compounds and checkpoints)
   * @param first the scenario's first day
   * @param last the scenario's last day (inclusive)
   * @return a builder
   * @throws InvalidInputException if an argument is missing, {@code last} is before {@code first}, or
   *     the range is longer than {@link SupportedDates#MAX_SCENARIO_DAYS} days
   */
  public static Builder builder(Community community, LocalDate first, LocalDate last) {
    return new Builder(community, first, last);
  }

  // ---- range ------------------------------------------------------------------------------

  /** @return the community */
  public Community community() {
    return community;
  }

  /** @return the first day of the scenario */
  public LocalDate firstDay() {
    return first;
  }

  /** @return the last day of the scenario (inclusive) */
  public LocalDate lastDay() {
    return last;
  }

  /** @return the number of days in the scenario */
  public int dayCount() {
    return (int) ChronoUnit.DAYS.between(first, last) + 1;
  }

  /**
   * @param day a day
   * @return its index, 0 for {@link #firstDay()}
   * @throws InvalidInputException if the day is outside the scenario
   */
  public int dayIndex(LocalDate day) {
    long d = ChronoUnit.DAYS.between(first, Objects.requireNonNull(day, "day"));
    if (d < 0 || d >= dayCount()) {
      throw InvalidInputException.argument(
          "day", "date " + day + " is outside the scenario " + first + " to " + last);
    }
    return (int) d;
  }

  // ---- measures ---------------------------------------------------------------------------

  /** @return every measure, in the order added */
  public List<Measure> measures() {
    return measures;
  }

  /**
   * @param type a measure type
   * @param <T> the type
   * @return the measures of that type, in the order added
   */
  public <T extends Measure> List<T> measures(Class<T> type) {
    return measures.stream().filter(type::isInstance).map(type::cast).collect(ImmutableList.toImmutableList());
  }

  /**
   * @param name a measure name
   * @return the measure with that name, if any
   */
  public Optional<Measure> measure(String name) {
    return measures.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /** @return the assumptions (every value labelled assumption) */
  public ContainmentAssumptions assumptions() {
    return assumptions;
  }

  // ---- what the engine calls --------------------------------------------------------------

  /**
   * @param day a day of the scenario
   * @param band a band of that day
   * @return the effect of the measures in force then (precomputed; an array read per lookup)
   * @throws InvalidInputException if the day is outside the scenario
   */
  public ContactEffect effect(LocalDate day, TimeBand band) {
    return effect(dayIndex(day), band);
  }

  /**
   * @param dayIndex a day index ({@link #dayIndex(LocalDate)})
   * @param band a band of that day
   * @return the effect of the measures in force then
   * @throws IndexOutOfBoundsException if the index is outside the scenario
   */
  public ContactEffect effect(int dayIndex, TimeBand band) {
    if (dayIndex < 0 || dayIndex >= dayCount()) {
      throw new IndexOutOfBoundsException("day index " + dayIndex + " of " + dayCount());
    }
    return effects[dayIndex * 2 + band.ordinal()];
  }

  /**
   * @param day a day of the scenario
   * @return the case isolation in force on that day (daytime), if any; an array read
   * @throws InvalidInputException if the day is outside the scenario
   */
  public Optional<CaseIsolation> isolation(LocalDate day) {
    return Optional.ofNullable(isolationByDay[dayIndex(day)]);
  }

  /**
   * @param day a day of the scenario
   * @return the contact quarantine in force on that day (daytime), if any; an array read
   * @throws InvalidInputException if the day is outside the scenario
   */
  public Optional<ContactQuarantine> quarantine(LocalDate day) {
    return Optional.ofNullable(quarantineByDay[dayIndex(day)]);
  }

  /** @return which households the survey visits on which day, and its coverage */
  public SurveyCoverage survey() {
    return survey;
  }

  // ---- staffing ---------------------------------------------------------------------------

  /**
   * @param day a day of the scenario
   * @return guards on duty that day
   * @throws InvalidInputException if the day is outside the scenario
   */
  public int guardsOnDuty(LocalDate day) {
    return guardsOnDuty[dayIndex(day)];
  }

  /**
   * @param day a day of the scenario
   * @return residents whose compound a closure seals in the daytime band of that day (all
   *     residents under a community closure), see {@link Confinement}
   * @throws InvalidInputException if the day is outside the scenario
   */
  public int residentsConfined(LocalDate day) {
    return residentsConfined[dayIndex(day)];
  }

  /**
   * @param day a day of the scenario
   * @return staffing and survey coverage on that day
   * @throws InvalidInputException if the day is outside the scenario
   */
  public StaffingDay staffing(LocalDate day) {
    int d = dayIndex(day);
    return new StaffingDay(
        day,
        guardsOnDuty[d],
        survey.staffOn(day),
        survey.scopeOn(day),
        survey.householdsInScope(day),
        survey.householdsReached(day),
        survey.residentsInScope(day),
        survey.residentsReached(day),
        survey.firstVisitsOn(day).length);
  }

  /** @return staffing and survey coverage for every day of the scenario */
  public List<StaffingDay> staffing() {
    List<StaffingDay> days = new ArrayList<>(dayCount());
    for (int d = 0; d < dayCount(); d++) {
      days.add(staffing(first.plusDays(d)));
    }
    return days;
  }

  // ---- value ------------------------------------------------------------------------------

  @Override
  public boolean equals(Object o) {
    return o instanceof PolicyTimeline t
        && first.equals(t.first)
        && last.equals(t.last)
        && measures.equals(t.measures)
        && assumptions.equals(t.assumptions)
        && (community == t.community || community.equals(t.community));
  }

  @Override
  public int hashCode() {
    return Objects.hash(first, last, measures, assumptions);
  }

  @Override
  public String toString() {
    return "PolicyTimeline[" + first + " to " + last + ", " + measures.size() + " measures]";
  }

  /** Collects measures for a {@link PolicyTimeline}; not thread-safe. */
  public static final class Builder {
    private final Community community;
    private final LocalDate first;
    private final LocalDate last;
    private final List<Measure> measures = new ArrayList<>();
    private ContainmentAssumptions assumptions = ContainmentAssumptions.defaults();

    private Builder(Community community, LocalDate first, LocalDate last) {
      if (community == null) {
        throw InvalidInputException.argument("community", "missing");
      }
      if (first == null || last == null) {
        throw InvalidInputException.argument("scenario", "start and end dates are required");
      }
      if (last.isBefore(first)) {
        throw InvalidInputException.argument("scenario", "ends " + last + " before it starts " + first);
      }
      String span = SupportedDates.spanProblem(first, last);
      if (span != null) {
        throw InvalidInputException.argument("scenario", span);
      }
      this.community = community;
      this.first = first;
      this.last = last;
    }

    /**
     * @param measure a measure
     * @return this
     * @throws NullPointerException if {@code measure} is null
     */
    public Builder add(Measure measure) {
      measures.add(Objects.requireNonNull(measure, "measure"));
      return this;
    }

    /**
     * @param measures measures
     * @return this
     */
    public Builder addAll(List<? extends Measure> measures) {
      measures.forEach(this::add);
      return this;
    }

    /**
     * @param value the assumptions (default {@link ContainmentAssumptions#defaults()})
     * @return this
     * @throws NullPointerException if {@code value} is null
     */
    public Builder assumptions(ContainmentAssumptions value) {
      this.assumptions = Objects.requireNonNull(value, "assumptions");
      return this;
    }

    /**
     * @return the validated timeline
     * @throws MeasureException if a measure refers to an unknown compound or checkpoint, a date
     *     lies outside the scenario, a checkpoint belongs to another compound, or two measures
     *     contradict each other, or a guard schedule's checkpoints x posts x shifts (or a day's
     *     guards on duty) overflows an {@code int} (names the measure and field)
     */
    public PolicyTimeline build() {
      return new PolicyTimeline(this);
    }
  }
}
