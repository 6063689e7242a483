package org.cordon.community.synth;

import java.util.SplittableRandom;
import org.cordon.community.Community;

/**
 * Decides who works at which institution (assumption, the article is silent): each resident of
 * working age works at one of the community's institutions with a fixed probability, the
 * institution drawn from Zipf weights whose ranks are shuffled per seed. Workers live anywhere in
 * the community.
 */
final class Workforce {
  private Workforce() {}

  /**
   * @param pop the population profile
   * @param age each resident's age
   * @param count the number of residents
   * @param workplaces the number of workplaces (institutions)
   * @param rng the random source
   * @return each resident's workplace, or {@link Community#NONE}
   */
  static int[] assign(PopulationProfile pop, int[] age, int count, int workplaces, SplittableRandom rng) {
    int[] workplace = new int[count];
    java.util.Arrays.fill(workplace, Community.NONE);
    if (workplaces == 0) {
      return workplace;
    }
    int[] rank = new int[workplaces];
    for (int i = 0; i < workplaces; i++) {
      rank[i] = i + 1;
    }
    for (int i = workplaces - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = rank[i];
      rank[i] = rank[j];
      rank[j] = t;
    }
    double[] cumulative = new double[workplaces];
    double total = 0;
    for (int w = 0; w < workplaces; w++) {
      total += 1 / Math.pow(rank[w], pop.workplaceZipfExponent());
      cumulative[w] = total;
    }
    for (int r = 0; r < count; r++) {
      if (age[r] < pop.workingAgeMin() || age[r] > pop.workingAgeMax()) {
        continue;
      }
      if (rng.nextDouble() < pop.institutionWorkerShare()) {
        double u = rng.nextDouble() * total;
        int lo = 0;
        int hi = workplaces - 1;
        while (lo < hi) {
          int mid = (lo + hi) >>> 1;
          if (u < cumulative[mid]) {
            hi = mid;
          } else {
            lo = mid + 1;
          }
        }
        workplace[r] = lo;
      }
    }
    return workplace;
  }
}
