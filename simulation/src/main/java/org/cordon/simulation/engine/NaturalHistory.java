package org.cordon.simulation.engine;

import org.cordon.simulation.disease.CaseFindingParameters;
import org.cordon.simulation.disease.DiseaseParameters;

/**
 * Draws the course of one infection from keyed random numbers (so that a resident infected in two
 * variants of a paired experiment follows the same course): whether it stays asymptomatic, the
 * incubation period split into latent and presymptomatic phases, the infectious period after
 * onset and, for symptomatic cases, the care-seeking delay. Times are in days from the first
 * simulated day's 08:00.
 */
final class NaturalHistory {
  private final DiseaseParameters d;
  private final CaseFindingParameters cf;
  private final double fasterCareDay;
  private final double[] isolationDelay;

  /** Result holder, reused by one replicate. */
  static final class Course {
    boolean asymptomatic;
    double infectious;
    double onset;
    double recovery;
    double detection;
  }

  NaturalHistory(DiseaseParameters d, CaseFindingParameters cf, double fasterCareDay, double[] isolationDelay) {
    this.d = d;
    this.cf = cf;
    this.fasterCareDay = fasterCareDay;
    this.isolationDelay = isolationDelay;
  }

  void draw(long nhKey, long cfKey, int r, double infection, Course out) {
    out.asymptomatic = RandomStreams.uniform(nhKey, r, 0) < d.asymptomaticShare();
    double incubation = Math.exp(d.incubationMeanlog() + d.incubationSdlog() * RandomStreams.normal(nhKey, r, 1));
    double pre = Math.min(d.presymptomaticDays(), Math.max(0, incubation - d.minLatentDays()));
    out.onset = infection + incubation;
    out.infectious = out.onset - pre;
    out.recovery = out.onset + (out.asymptomatic ? d.asymptomaticInfectiousDays() : d.symptomaticInfectiousDays());
    if (out.asymptomatic) {
      out.detection = Double.POSITIVE_INFINITY;
    } else {
      double mean = out.onset < fasterCareDay ? cf.careSeekingDaysEarly() : cf.careSeekingDaysLate();
      int day = (int) Math.floor(out.onset);
      if (day >= 0 && day < isolationDelay.length && !Double.isNaN(isolationDelay[day])) {
        mean = Math.max(isolationDelay[day], 1e-3);
      }
      out.detection = out.onset + gamma(cfKey, r, cf.careSeekingShape(), mean / cf.careSeekingShape());
    }
  }

  /** Marsaglia and Tsang (2000) gamma sampler on keyed draws (boosted for shape below 1). */
  static double gamma(long key, int r, double shape, double scale) {
    double boost = 1;
    double a = shape;
    int draw = 0;
    if (a < 1) {
      boost = Math.pow(RandomStreams.uniform(key, r, draw++), 1 / a);
      a += 1;
    }
    double dd = a - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * dd);
    for (int attempt = 0; attempt < 64; attempt++) {
      double x = RandomStreams.normal(key, r, draw);
      draw += 2;
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = RandomStreams.uniform(key, r, draw++);
      if (Math.log(u) < 0.5 * x * x + dd - dd * v + dd * Math.log(v)) {
        return boost * dd * v * scale;
      }
    }
    return boost * dd * scale;
  }
}
