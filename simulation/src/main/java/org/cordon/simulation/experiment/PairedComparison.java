package org.cordon.simulation.experiment;

import java.time.LocalDate;

/**
 * A variant against the baseline, replicate by replicate (paired): the difference in cumulative
 * confirmed cases by the last day, and how often the variant had more.
 *
 * @param variant the variant's name
 * @param versus the baseline's name
 * @param by the date the confirmed cases are counted to (the last simulated day)
 * @param difference variant minus baseline, over the paired replicates
 * @param probabilityMore the share of replicates in which the variant had strictly more
 */
public record PairedComparison(String variant, String versus, LocalDate by, Band difference, double probabilityMore) {}
