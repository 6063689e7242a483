package org.cordon.simulation.engine;

import org.cordon.simulation.disease.ImportParameters;

/**
 * Infected returnees: which returnees arrive infected (a keyed draw per returnee against the
 * infected share of their origin), scheduled as an arrival event at their arrival step, and when
 * each was infected (uniformly within the exposure window before the arrival day). Keyed by
 * resident, so the same returnees arrive infected in every variant of a paired experiment.
 */
final class Importation {
  private final PolicyTable t;
  private final ImportParameters imports;
  private final long key;

  /**
   * @param t the compiled community and measures
   * @param imports the import model
   * @param key the replicate's {@link RandomStreams.Purpose#IMPORT} stream
   */
  Importation(PolicyTable t, ImportParameters imports, long key) {
    this.t = t;
    this.imports = imports;
    this.key = key;
  }

  /** Queues an {@link EventQueue#ARRIVE} event for every returnee who arrives infected. */
  void schedule(EventQueue queue) {
    for (int r : t.returnees) {
      double share = imports.shareInfected(t.community.returneeOriginOf(r));
      if (share > 0 && t.arrivalStep[r] != PolicyTable.NEVER && RandomStreams.uniform(key, r, 0) < share) {
        queue.add(t.arrivalStep[r], r, EventQueue.ARRIVE);
      }
    }
  }

  /** @return the infection time of infected returnee {@code r}, in days from the first day */
  double infectionTime(int r) {
    double arrivalDay = t.dayIndex(t.community.arrivalDateOf(r));
    return arrivalDay - RandomStreams.uniform(key, r, 1) * imports.exposureDays();
  }
}
