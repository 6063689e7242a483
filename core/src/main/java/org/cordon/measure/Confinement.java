package org.cordon.measure;

import java.time.LocalDate;
import java.util.List;
import org.cordon.community.Community;

/**
 * Who is confined (封闭) on each day of a timeline, the people side of a closure's cost: a
 * resident is confined on a day when a {@link Closure} in force in that day's daytime band ({@link
 * TimeBand#DAYTIME}, as the engine applies measures) seals their compound; a {@link
 * CommunityClosure} confines every resident, also those outside any compound. Residents are
 * counted once a day, however many closures overlap.
 */
final class Confinement {
  private Confinement() {}

  /**
   * @param community the community
   * @param measures the timeline's measures
   * @param first the first day
   * @param days the number of days
   * @return per day, the residents confined
   */
  static int[] residentsConfined(Community community, List<Measure> measures, LocalDate first, int days) {
    int compounds = community.compounds().size();
    int[] perCompound = new int[compounds];
    for (int r = 0; r < community.residentCount(); r++) {
      int c = community.compoundOf(r);
      if (c != Community.NONE) {
        perCompound[c]++;
      }
    }
    int[] confined = new int[days];
    for (int d = 0; d < days; d++) {
      LocalDate day = first.plusDays(d);
      boolean[] sealed = new boolean[compounds];
      boolean everyone = false;
      for (Measure m : measures) {
        if (m instanceof Closure c && m.inForce(day, TimeBand.DAYTIME)) {
          everyone |= c instanceof CommunityClosure;
          for (int k = 0; k < compounds; k++) {
            sealed[k] |= c.seals(k);
          }
        }
      }
      if (everyone) {
        confined[d] = community.residentCount();
      } else {
        for (int k = 0; k < compounds; k++) {
          confined[d] += sealed[k] ? perCompound[k] : 0;
        }
      }
    }
    return confined;
  }
}
