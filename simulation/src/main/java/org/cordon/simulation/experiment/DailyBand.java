package org.cordon.simulation.experiment;

import java.time.LocalDate;

/**
 * One variant's day over its replicates: median and 5-95% band of each series, and the
 * timeline's staffing figures for that day.
 *
 * @param variant the variant's name
 * @param date the day
 * @param newInfections new infections that day
 * @param cumulativeInfections infections so far
 * @param newConfirmed cases confirmed that day
 * @param cumulativeConfirmed cases confirmed so far
 * @param quarantined residents in home quarantine at the end of the day
 * @param isolated cases in isolation at the end of the day
 * @param guardsOnDuty guards on duty (from the timeline)
 * @param surveyCoverage share of residents the survey has reached (from the timeline)
 */
public record DailyBand(
    String variant,
    LocalDate date,
    Band newInfections,
    Band cumulativeInfections,
    Band newConfirmed,
    Band cumulativeConfirmed,
    Band quarantined,
    Band isolated,
    int guardsOnDuty,
    double surveyCoverage) {}
