package org.cordon.measure;

import java.time.LocalDate;
import java.util.Optional;

/**
 * People on duty and survey coverage on one day of a {@link PolicyTimeline}.
 *
 * @param day the day
 * @param guardsOnDuty guards (值守人员) on duty that day: checkpoints × posts × shifts of every
 *     guard schedule on duty
 * @param surveyStaff people surveying door to door that day
 * @param scope the survey's scope that day, empty when no survey runs
 * @param householdsInScope households with a resident in the scope
 * @param householdsReached of those, households visited by the end of the day
 * @param residentsInScope residents in the scope
 * @param residentsReached of those, residents whose household was visited by the end of the day
 * @param firstVisits households visited for the first time that day
 */
public record StaffingDay(
    LocalDate day,
    int guardsOnDuty,
    int surveyStaff,
    Optional<SurveyScope> scope,
    int householdsInScope,
    int householdsReached,
    int residentsInScope,
    int residentsReached,
    int firstVisits) {}
