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
  private final double[] shares;
  private final long key;

  /**
   * @param t the compiled community and measures
   * @param imports the import model
   * @param key the replicate's {@link RandomStreams.Purpose#IMPORT} stream
   */
  Importation(PolicyTable t, ImportParameters imports, long key) {
    this(t, imports, shares(t, imports), key);
  }

  /**
   * @param t the compiled community and measures
   * @param imports the import model
   * @param shares {@link #shares(PolicyTable, ImportParameters)} of {@code t} and {@code imports}
   * @param key the replicate's {@link RandomStreams.Purpose#IMPORT} stream
   */
  Importation(PolicyTable t, ImportParameters imports, double[] shares, long key) {
    this.t = t;
    this.imports = imports;
    this.shares = shares;
    this.key = key;
  }

  /**
   * The infected share of each returnee, once per simulation: a replicate's {@link #schedule} then
   * reads one array in order instead of each returnee's origin (an enum and a switch) and arrival
   * step, about 5 % of a comparison's short replicates.
   *
   * @param t the compiled community and measures
   * @param imports the import model
   * @return per {@code t.returnees[k]}: its origin's infected share, or 0 if it never arrives
   */
  static double[] shares(PolicyTable t, ImportParameters imports) {
    double[] shares = new double[t.returnees.length];
    for (int k = 0; k < shares.length; k++) {
      int r = t.returnees[k];
      shares[k] = t.arrivalStep[r] == PolicyTable.NEVER ? 0 : imports.shareInfected(t.community.returneeOriginOf(r));
    }
    return shares;
  }

  /** Queues an {@link EventQueue#ARRIVE} event for every returnee who arrives infected. */
  void schedule(EventQueue queue) {
    final int[] returnees = t.returnees;
    final double[] s = shares;
    for (int k = 0; k < returnees.length; k++) {
      double share = s[k];
      if (share > 0) {
        int r = returnees[k];
        if (RandomStreams.uniform(key, r, 0) < share) {
          queue.add(t.arrivalStep[r], r, EventQueue.ARRIVE);
        }
      }
    }
  }

  /** @return the infection time of infected returnee {@code r}, in days from the first day */
  double infectionTime(int r) {
    double arrivalDay = t.dayIndex(t.community.arrivalDateOf(r));
    return arrivalDay - RandomStreams.uniform(key, r, 1) * imports.exposureDays();
  }
}
