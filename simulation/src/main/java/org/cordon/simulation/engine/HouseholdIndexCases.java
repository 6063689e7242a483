package org.cordon.simulation.engine;

import java.util.Arrays;

/**
 * The household secondary attack rate per confirmed index case, counted the way the contact
 * tracing studies of early 2020 counted it (Bi et al., Lancet ID 2020, Shenzhen; Jing et al.,
 * Lancet ID 2020, Guangzhou): a household's index case is its first confirmed member; its household
 * contacts are the other members present when it was confirmed, less co-primary cases (members
 * infected at or before the index's own infection); a secondary case is a contact infected after
 * the index and by the end of the follow-up (the index's confirmation plus the quarantine days in
 * force that day: the contacts' medical observation), in any layer, asymptomatic or not, as the
 * studies tested every contact. Also counted: the secondary cases the engine attributes to the index
 * itself ({@link ResidentState#infector}). Computed once at the end of a replicate, over the
 * households of the confirmed residents only ({@link ResidentState#confirmed()}): a scan of every
 * household was a tenth of a short controlled replicate's time.
 */
final class HouseholdIndexCases {
  final int indexCases;
  final int contacts;
  final int secondary;
  final int secondaryFromIndex;

  HouseholdIndexCases(int indexCases, int contacts, int secondary, int secondaryFromIndex) {
    this.indexCases = indexCases;
    this.contacts = contacts;
    this.secondary = secondary;
    this.secondaryFromIndex = secondaryFromIndex;
  }

  /**
   * @param sim the simulation (households, arrivals, quarantine days)
   * @param st the residents at the end of a replicate
   * @return the counts over every household with a confirmed member
   */
  static HouseholdIndexCases count(Simulation sim, ResidentState st) {
    PolicyTable t = sim.table();
    int[] households = st.confirmed();
    for (int i = 0; i < households.length; i++) {
      households[i] = t.residentHousehold[households[i]];
    }
    Arrays.sort(households); // each household once; the counts are sums, so the order is free
    int indexCases = 0;
    int contacts = 0;
    int secondary = 0;
    int fromIndex = 0;
    for (int i = 0; i < households.length; i++) {
      int h = households[i];
      if (i > 0 && h == households[i - 1]) {
        continue;
      }
      int from = t.householdOffsets[h];
      int to = t.householdOffsets[h + 1];
      int index = -1;
      for (int m = from; m < to; m++) {
        int r = t.householdMembers[m];
        int c = st.confirmedStepPlusOne[r];
        if (c > 0 && (index < 0 || c < st.confirmedStepPlusOne[index])) {
          index = r;
        }
      }
      if (index < 0) {
        continue;
      }
      indexCases++;
      int confirmed = st.confirmedStepPlusOne[index] - 1;
      int infected = st.infectionStep[index];
      int followUpEnd = confirmed + sim.quarantineSteps(Math.min(confirmed >> 1, t.days - 1));
      for (int m = from; m < to; m++) {
        int j = t.householdMembers[m];
        boolean everInfected = st.state[j] != ResidentState.S;
        if (j == index || t.arrivalStep[j] > confirmed || (everInfected && st.infectionStep[j] <= infected)) {
          continue;
        }
        contacts++;
        if (everInfected && st.infectionStep[j] <= followUpEnd) {
          secondary++;
          if (st.infector[j] == index) {
            fromIndex++;
          }
        }
      }
    }
    return new HouseholdIndexCases(indexCases, contacts, secondary, fromIndex);
  }
}
