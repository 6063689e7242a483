package org.cordon.simulation.engine;

import org.cordon.contact.Layer;

/**
 * The counts one replicate reports: new infections, imports and confirmations per day; residents
 * quarantined and isolated and close contacts traced at the end of each day; local infections by
 * layer; infections by compound; and the household secondary attack rate's numerator and
 * denominator (see {@link RunResult}). The other parts update the current counts ({@link
 * #quarantinedNow}, {@link #isolatedNow}, {@link #closeContacts}); {@link #endOfDay} writes them
 * into the day's series. Past the table's last day (a run followed to its end) the series stop;
 * infections and confirmations are still counted in {@link #laterInfections} and {@link
 * #laterConfirmed}. Per-replicate state; not thread-safe.
 */
final class DailyTally {
  private final PolicyTable t;
  final int[] newInfections;
  final int[] newImported;
  final int[] newConfirmed;
  final int[] quarantinedSeries;
  final int[] isolatedSeries;
  final int[] closeContactSeries;
  final int[] byLayer = new int[Layer.values().length];
  final int[] byCompound;
  private final byte[] hhHadInfection;
  int quarantinedNow;
  int isolatedNow;
  int closeContacts;
  int householdInfections;
  int householdContacts;
  /** Infections after the last day of the series. */
  int laterInfections;
  /** Confirmations after the last day of the series. */
  int laterConfirmed;

  DailyTally(PolicyTable t) {
    this.t = t;
    hhHadInfection = new byte[t.householdOffsets.length - 1];
    byCompound = new int[t.compounds];
    newInfections = new int[t.days];
    newImported = new int[t.days];
    newConfirmed = new int[t.days];
    quarantinedSeries = new int[t.days];
    isolatedSeries = new int[t.days];
    closeContactSeries = new int[t.days];
  }

  /**
   * Counts the infection of {@code r} at step {@code now} in {@code layer} (-1 for an import). The
   * first infection in a household counts its members present then, less one, as household
   * contacts.
   */
  void infection(int r, int now, int layer) {
    infection(r, now, layer, t.residentHousehold[r], t.residentCompound[r], null);
  }

  /**
   * As {@link #infection(int, int, int)}, with {@code r}'s household {@code h} and compound {@code
   * c}, and its household's records ({@code households}, null: none) to tell the members present of
   * a small household whose members have all arrived without reading their slots.
   */
  void infection(int r, int now, int layer, int h, int c, Households households) {
    if ((now >> 1) < newInfections.length) {
      newInfections[now >> 1]++;
    } else {
      laterInfections++;
    }
    byCompound[c]++;
    if (layer >= 0) {
      byLayer[layer]++;
      if (layer == Layer.HOUSEHOLD.ordinal()) {
        householdInfections++;
      }
    }
    if (hhHadInfection[h] == 0) {
      hhHadInfection[h] = 1;
      int present = households == null ? -1 : households.allPresent(h, now);
      if (present < 0) {
        present = 0;
        for (int m = t.householdOffsets[h], to = t.householdOffsets[h + 1]; m < to; m++) {
          if (t.memberArrivalStep[m] <= now) { // the members' arrival steps side by side
            present++;
          }
        }
      }
      householdContacts += Math.max(0, present - 1);
    }
  }

  /** Counts an infected returnee arriving at step {@code now}. */
  void imported(int now) {
    newImported[now >> 1]++;
  }

  /** Counts a case confirmed at step {@code now}. */
  void confirmed(int now) {
    if ((now >> 1) < newConfirmed.length) {
      newConfirmed[now >> 1]++;
    } else {
      laterConfirmed++;
    }
  }

  /** Writes the current counts into day {@code d}'s series. */
  void endOfDay(int d) {
    if (d >= quarantinedSeries.length) {
      return;
    }
    quarantinedSeries[d] = quarantinedNow;
    isolatedSeries[d] = isolatedNow;
    closeContactSeries[d] = closeContacts;
  }

  /**
   * @param presymptomatic the presymptomatic transmissions, summed by {@link Transmission}
   * @param index the household counts per confirmed index case ({@link HouseholdIndexCases})
   * @return the replicate's result on the series' horizon (copies: the tally may go on)
   */
  RunResult result(double presymptomatic, HouseholdIndexCases index) {
    return new RunResult(
        t.start, newInfections.clone(), newImported.clone(), newConfirmed.clone(), quarantinedSeries.clone(),
        isolatedSeries.clone(), closeContactSeries.clone(), householdInfections, householdContacts, byLayer.clone(),
        byCompound.clone(), presymptomatic, index);
  }
}
