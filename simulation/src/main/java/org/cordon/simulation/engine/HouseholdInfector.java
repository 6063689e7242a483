package org.cordon.simulation.engine;

import static org.cordon.simulation.engine.ResidentState.F_ASYMPTOMATIC;

/**
 * Who in a household infected a member (the infector {@link ResidentState#infector} records): an
 * infectious member other than the infected, drawn in proportion to the members' infectiousness on
 * a keyed draw of the infected ({@link RandomStreams.Purpose#INFECTOR}), so recording it takes no
 * number from the transmission stream and changes no infection. Reads only the members active at
 * the start of the step and their flags, so the keyed draws may call it from any thread during
 * their parallel phase. Per-replicate.
 */
final class HouseholdInfector {
  private final int[] members;
  private final ResidentState st;
  private final Households households;
  private final long key;
  private final double relA;

  /**
   * @param t the table (household members)
   * @param st the replicate's residents
   * @param households the household records (member slots)
   * @param key the replicate's {@link RandomStreams.Purpose#INFECTOR} stream
   * @param relA the relative infectiousness of an asymptomatic case
   */
  HouseholdInfector(PolicyTable t, ResidentState st, Households households, long key, double relA) {
    this.members = t.householdMembers;
    this.st = st;
    this.households = households;
    this.key = key;
    this.relA = relA;
  }

  /**
   * @param h the household
   * @param j the member it infected
   * @param pressure the household's pressure this step (its infectious members' summed weight)
   * @return the infectious member of {@code h} that infected {@code j}
   */
  int of(int h, int j, double pressure) {
    double u = RandomStreams.uniform(key, j, 0) * pressure;
    int last = ResidentState.INFECTOR_GROUP;
    for (int m = households.first(h), to = households.end(h); m < to; m++) {
      int r = members[m];
      if (r == j || !st.isActive(r)) {
        continue;
      }
      double w = (st.flags[r] & F_ASYMPTOMATIC) != 0 ? relA : 1.0;
      if (w == 0) {
        continue;
      }
      last = r;
      u -= w;
      if (u < 0) {
        return r;
      }
    }
    return last; // rounding: the sum in member order may fall short of the pressure
  }
}
