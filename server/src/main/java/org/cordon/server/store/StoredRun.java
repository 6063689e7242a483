package org.cordon.server.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One run as the store keeps it: what was asked, how it ended, and its outputs as text.
 *
 * @param id the run's id
 * @param created when it was asked for
 * @param finished when it ended
 * @param status {@code done}, {@code failed} or {@code cancelled}
 * @param error the message of a failed run
 * @param planJson the plan as the page posts it ({@code Plan.toJson()})
 * @param line the plan in one line, against the baseline
 * @param runs paired runs per variant
 * @param seed the seed
 * @param done runs finished
 * @param total runs in all
 * @param scenarioYaml the scenario file the run executed
 * @param summaryJson {@code summary.json} of a finished run
 * @param dailyCsv {@code daily.csv} of a finished run
 * @param chartsJson the page's chart data of a finished run
 */
public record StoredRun(String id, Instant created, Instant finished, String status, Optional<String> error,
    String planJson, String line, int runs, long seed, long done, long total, String scenarioYaml,
    Optional<String> summaryJson, Optional<String> dailyCsv, Optional<String> chartsJson) {
  /** @throws NullPointerException if a part is missing */
  public StoredRun {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(finished, "finished");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(planJson, "planJson");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(scenarioYaml, "scenarioYaml");
    Objects.requireNonNull(summaryJson, "summaryJson");
    Objects.requireNonNull(dailyCsv, "dailyCsv");
    Objects.requireNonNull(chartsJson, "chartsJson");
  }
}
