package org.cordon.measure;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cordon.community.Community;

/**
 * Which households the door-to-door survey (摸排) reaches on which day, and how many households
 * and residents within the current scope it has reached by then. Computed once from the surveys
 * of a {@link PolicyTimeline}; immutable.
 *
 * <p>Rule: each day a survey is in force in the {@link TimeBand#DAYTIME} band and has a scope,
 * its staff make {@link DoorToDoorSurvey#dailyCapacity()} first visits (a fractional capacity
 * carries over), to households with a resident in the scope not yet visited, narrowest scope
 * first (Wuhan/Huanggang returnees' households, then other returnees', then the rest), each in
 * household id order. With the daily temperature check every household already visited is
 * checked again each day the survey is in force.
 */
public final class SurveyCoverage {
  private static final int NEVER = -1;
  private final LocalDate first;
  private final int[] firstVisitDay;
  /** First visits by day: households of day d are visitsByDay[dayOffsets[d] .. dayOffsets[d+1]). */
  private final int[] dayOffsets;
  private final int[] visitsByDay;
  private final boolean[] active;
  private final boolean[] dailyCheck;
  private final SurveyScope[] scope;
  private final int[] householdsInScope;
  private final int[] householdsReached;
  private final int[] residentsInScope;
  private final int[] residentsReached;
  private final int[] staff;
  /** For each scope, the first day index by whose end all its households were visited, or NEVER. */
  private final int[] scopeCovered;

  SurveyCoverage(Community community, List<DoorToDoorSurvey> surveys, LocalDate first, int days) {
    this.first = first;
    int households = community.households().size();
    int levels = SurveyScope.values().length;
    int[] householdRank = new int[households];
    Arrays.fill(householdRank, levels - 1);
    int[] residentsByRank = new int[levels];
    int[] residentRank = new int[community.residentCount()];
    for (int r = 0; r < community.residentCount(); r++) {
      residentRank[r] = rank(community, r);
      residentsByRank[residentRank[r]]++;
      int h = community.householdOf(r);
      householdRank[h] = Math.min(householdRank[h], residentRank[r]);
    }
    int[] householdsByRank = new int[levels];
    int[][] queues = new int[levels][];
    for (int k = 0; k < levels; k++) {
      final int level = k;
      queues[k] = java.util.stream.IntStream.range(0, households).filter(h -> householdRank[h] == level).toArray();
      householdsByRank[k] = queues[k].length;
    }
    int[] head = new int[levels];
    int[] reachedResidentsByRank = new int[levels];
    int[] reachedHouseholdsByRank = new int[levels];

    firstVisitDay = new int[households];
    Arrays.fill(firstVisitDay, NEVER);
    dayOffsets = new int[days + 1];
    int[] visits = new int[households];
    int visitCount = 0;
    active = new boolean[days];
    dailyCheck = new boolean[days];
    scope = new SurveyScope[days];
    householdsInScope = new int[days];
    householdsReached = new int[days];
    residentsInScope = new int[days];
    residentsReached = new int[days];
    staff = new int[days];
    scopeCovered = new int[levels];
    Arrays.fill(scopeCovered, NEVER);
    double carry = 0;
    for (int d = 0; d < days; d++) {
      LocalDate day = first.plusDays(d);
      DoorToDoorSurvey survey = null;
      for (DoorToDoorSurvey s : surveys) {
        if (s.inForce(day, TimeBand.DAYTIME)) {
          survey = s;
        }
      }
      Optional<SurveyScope> current = survey == null ? Optional.empty() : survey.scopeOn(day);
      if (survey != null) {
        active[d] = true;
        dailyCheck[d] = survey.dailyTemperatureCheck();
        staff[d] = survey.staff();
      } else {
        carry = 0;
      }
      if (current.isPresent()) {
        int top = current.get().ordinal();
        carry += survey.staff() * survey.householdsPerStaffPerDay();
        int capacity = (int) Math.floor(carry);
        carry -= capacity;
        for (int k = 0; k <= top && capacity > 0; k++) {
          while (capacity > 0 && head[k] < queues[k].length) {
            int h = queues[k][head[k]++];
            firstVisitDay[h] = d;
            visits[visitCount++] = h;
            reachedHouseholdsByRank[k]++;
            capacity--;
            for (int r : community.householdMembers().members(h)) {
              reachedResidentsByRank[residentRank[r]]++;
            }
          }
        }
        scope[d] = current.get();
        for (int k = 0; k <= top; k++) {
          householdsInScope[d] += householdsByRank[k];
          householdsReached[d] += reachedHouseholdsByRank[k];
          residentsInScope[d] += residentsByRank[k];
          residentsReached[d] += reachedResidentsByRank[k];
        }
      }
      dayOffsets[d + 1] = visitCount;
      int cumulative = 0;
      for (int k = 0; k < levels; k++) {
        cumulative += householdsByRank[k] - reachedHouseholdsByRank[k];
        if (cumulative == 0 && scopeCovered[k] == NEVER && active[d]) {
          scopeCovered[k] = d;
        }
      }
    }
    visitsByDay = Arrays.copyOf(visits, visitCount);
  }

  private static int rank(Community community, int r) {
    for (SurveyScope s : SurveyScope.values()) {
      if (s.includes(community.returneeOriginOf(r))) {
        return s.ordinal();
      }
    }
    return SurveyScope.ALL_RESIDENTS.ordinal();
  }

  private int index(LocalDate day) {
    long d = day.toEpochDay() - first.toEpochDay();
    if (d < 0 || d >= active.length) {
      throw org.cordon.InvalidInputException.argument(
          "day", "date " + day + " is outside the scenario " + first + " to " + first.plusDays(active.length - 1));
    }
    return (int) d;
  }

  /**
   * @param household a household id
   * @return the day of the survey's first visit to it, or empty if never visited
   */
  public Optional<LocalDate> firstVisit(int household) {
    int d = firstVisitDay[household];
    return d == NEVER ? Optional.empty() : Optional.of(first.plusDays(d));
  }

  /**
   * @param day a day of the scenario
   * @return the households the survey visits for the first time on that day, ascending visit order
   * @throws org.cordon.InvalidInputException if the day is outside the scenario
   */
  public int[] firstVisitsOn(LocalDate day) {
    int d = index(day);
    return Arrays.copyOfRange(visitsByDay, dayOffsets[d], dayOffsets[d + 1]);
  }

  /**
   * Whether a household is seen by the survey on a day: its first visit, or a daily temperature
   * check of a household visited before.
   *
   * @param household a household id
   * @param day a day of the scenario
   * @return whether the survey checks that household on that day
   * @throws org.cordon.InvalidInputException if the day is outside the scenario
   */
  public boolean checkedOn(int household, LocalDate day) {
    int d = index(day);
    int v = firstVisitDay[household];
    return v != NEVER && v <= d && active[d] && (v == d || dailyCheck[d]);
  }

  /**
   * @param day a day
   * @return the scope on {@code day}, or empty when no survey is running
   */
  public Optional<SurveyScope> scopeOn(LocalDate day) {
    return Optional.ofNullable(scope[index(day)]);
  }

  /**
   * @param day a day
   * @return survey staff on duty on {@code day}
   */
  public int staffOn(LocalDate day) {
    return staff[index(day)];
  }

  /**
   * @param day a day
   * @return households with a resident in the scope of {@code day} (0 when no survey)
   */
  public int householdsInScope(LocalDate day) {
    return householdsInScope[index(day)];
  }

  /**
   * @param day a day
   * @return households in the scope of {@code day} visited by the end of that day
   */
  public int householdsReached(LocalDate day) {
    return householdsReached[index(day)];
  }

  /**
   * @param day a day
   * @return residents in the scope of {@code day}
   */
  public int residentsInScope(LocalDate day) {
    return residentsInScope[index(day)];
  }

  /**
   * @param day a day
   * @return residents in the scope of {@code day} whose household was visited by the end of that day
   */
  public int residentsReached(LocalDate day) {
    return residentsReached[index(day)];
  }

  /**
   * @param scope a survey scope
   * @return the first day (while a survey runs) by whose end every household with a resident in
   *     that scope had been visited, if any: the days the survey took to cover the scope
   */
  public Optional<LocalDate> scopeCoveredOn(SurveyScope scope) {
    int d = scopeCovered[scope.ordinal()];
    return d == NEVER ? Optional.empty() : Optional.of(first.plusDays(d));
  }

  /** @return the first day by the end of which every household of the community was visited */
  public Optional<LocalDate> allHouseholdsReached() {
    int all = firstVisitDay.length;
    for (int d = 0; d < active.length; d++) {
      if (dayOffsets[d + 1] == all) {
        return Optional.of(first.plusDays(d));
      }
    }
    return Optional.empty();
  }
}
