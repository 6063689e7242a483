package org.cordon.simulation.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.cordon.community.Community;
import org.cordon.measure.CaseIsolation;
import org.cordon.measure.ContactEffect;
import org.cordon.measure.ContactQuarantine;
import org.cordon.measure.ContainmentAssumptions;
import org.cordon.measure.Measure;
import org.cordon.measure.PolicyTimeline;
import org.cordon.measure.TimeBand;
import org.cordon.trace.CloseContactRule;

/**
 * A {@link PolicyTimeline} as the engine sees it: its contact effects per day and band; its
 * door-to-door survey (a resident is checked on a day when the survey visits or re-checks their
 * household; how well a check finds a case is the model's, {@link
 * org.cordon.simulation.disease.CaseFindingParameters#surveySensitivity()}); its isolation measure's onset-to-isolation delay;
 * its quarantine measure's delay and duration (tracing happens only while one is in force); its
 * close-contact rule (layers, lookback) for the core tracer; and, for the report, its guards on
 * duty, its survey staff, as survey coverage the share of all residents whose household the
 * survey has reached, its measures' start dates and its assumptions. Days outside the timeline
 * have no measure.
 */
public final class TimelineInterventions implements Interventions {
  private final PolicyTimeline timeline;
  private final Community community;
  private final SortedMap<LocalDate, List<String>> measureStarts;

  private TimelineInterventions(PolicyTimeline timeline) {
    this.timeline = timeline;
    this.community = timeline.community();
    TreeMap<LocalDate, List<String>> starts = new TreeMap<>();
    for (Measure m : timeline.measures()) {
      LocalDate d = m.start().toLocalDate();
      if (inside(d)) {
        starts.computeIfAbsent(d, k -> new ArrayList<>()).add(m.name());
      }
    }
    starts.replaceAll((d, names) -> List.copyOf(names));
    this.measureStarts = Collections.unmodifiableSortedMap(starts);
  }

  /**
   * @param timeline a policy timeline
   * @return the engine's view of it
   * @throws NullPointerException if {@code timeline} is null
   */
  public static TimelineInterventions of(PolicyTimeline timeline) {
    return new TimelineInterventions(Objects.requireNonNull(timeline, "timeline"));
  }

  /** @return the timeline */
  public PolicyTimeline timeline() {
    return timeline;
  }

  private boolean inside(LocalDate day) {
    return !day.isBefore(timeline.firstDay()) && !day.isAfter(timeline.lastDay());
  }

  @Override
  public ContactEffect contactEffect(LocalDate day, TimeBand band) {
    return inside(day) ? timeline.effect(day, band) : ContactEffect.NONE;
  }

  @Override
  public double surveyVisitProbability(LocalDate day, int resident) {
    return inside(day) && timeline.survey().checkedOn(community.householdOf(resident), day) ? 1.0 : 0.0;
  }

  @Override
  public float[] surveyVisits(LocalDate day, int residents) {
    if (!inside(day) || timeline.survey().scopeOn(day).isEmpty()) {
      return null;
    }
    float[] visit = null;
    var members = community.householdMembers();
    for (int h = 0; h < members.groupCount(); h++) {
      if (timeline.survey().checkedOn(h, day)) {
        if (visit == null) {
          visit = new float[residents];
        }
        for (int i = 0; i < members.size(h); i++) {
          visit[members.member(h, i)] = 1f;
        }
      }
    }
    return visit;
  }

  @Override
  public double isolationDelayDays(LocalDate onsetDay) {
    return inside(onsetDay) ? timeline.isolation(onsetDay).map(CaseIsolation::delayDays).orElse(Double.NaN) : Double.NaN;
  }

  @Override
  public boolean tracesContacts(LocalDate day) {
    return inside(day) && timeline.quarantine(day).isPresent();
  }

  @Override
  public double tracingDelayDays(LocalDate day) {
    return inside(day) ? timeline.quarantine(day).map(ContactQuarantine::delayDays).orElse(Double.NaN) : Double.NaN;
  }

  @Override
  public double quarantineDays(LocalDate day) {
    return inside(day) ? timeline.quarantine(day).map(q -> (double) q.durationDays()).orElse(Double.NaN) : Double.NaN;
  }

  @Override
  public CloseContactRule closeContactRule(LocalDate day) {
    return inside(day)
        ? timeline.quarantine(day)
            .map(ContactQuarantine::closeContactRule)
            .orElse(CloseContactRule.DEFAULT)
        : CloseContactRule.DEFAULT;
  }

  @Override
  public int guardsOnDuty(LocalDate day) {
    return inside(day) ? timeline.guardsOnDuty(day) : 0;
  }

  @Override
  public int surveyStaffOn(LocalDate day) {
    return inside(day) ? timeline.survey().staffOn(day) : 0;
  }

  @Override
  public int residentsConfined(LocalDate day) {
    return inside(day) ? timeline.residentsConfined(day) : 0;
  }

  @Override
  public SortedMap<LocalDate, List<String>> measureStarts() {
    return measureStarts;
  }

  @Override
  public ContainmentAssumptions assumptions() {
    return timeline.assumptions();
  }

  @Override
  public double surveyCoverage(LocalDate day) {
    return inside(day) ? (double) timeline.survey().residentsReached(day) / community.residentCount() : 0;
  }
}
