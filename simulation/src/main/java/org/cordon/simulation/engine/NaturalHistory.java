package org.cordon.simulation.engine;

import org.cordon.simulation.disease.CaseFindingParameters;
import org.cordon.simulation.disease.DiseaseParameters;

/**
 * Draws the course of one infection from keyed random numbers (so that a resident infected in two
 * variants of a paired experiment follows the same course): whether it stays asymptomatic, the
 * incubation period split into latent and presymptomatic phases, the infectious period after
 * onset and, for symptomatic cases, the care-seeking delay. Times are in days from the first
 * simulated day's 08:00. Immutable and shared; {@link #draws} binds it to a replicate's streams.
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

  /**
   * @param nhKey the replicate's {@link RandomStreams.Purpose#NATURAL_HISTORY} stream (draw 0:
   *     asymptomatic or not; draws 1-2: incubation)
   * @param cfKey the replicate's {@link RandomStreams.Purpose#CASE_FINDING} stream (draws from 0:
   *     the care-seeking delay)
   * @return the course sampler of that replicate
   */
  Draws draws(long nhKey, long cfKey) {
    return new Draws(nhKey, cfKey);
  }

  /** The courses of one replicate's infections. */
  final class Draws {
    private final long nhKey;
    private final NormalSampler logIncubation;
    private final GammaSampler careEarly;
    private final GammaSampler careLate;
    private final GammaSampler[] careByOnsetDay; // null: the model's

    private Draws(long nhKey, long cfKey) {
      this.nhKey = nhKey;
      double shape = cf.careSeekingShape();
      logIncubation = NormalSampler.of(nhKey, 1, d.incubationMeanlog(), d.incubationSdlog());
      careEarly = GammaSampler.of(cfKey, 0, shape, cf.careSeekingDaysEarly() / shape);
      careLate = GammaSampler.of(cfKey, 0, shape, cf.careSeekingDaysLate() / shape);
      careByOnsetDay = new GammaSampler[isolationDelay.length];
      for (int day = 0; day < isolationDelay.length; day++) {
        if (!Double.isNaN(isolationDelay[day])) {
          careByOnsetDay[day] = GammaSampler.of(cfKey, 0, shape, Math.max(isolationDelay[day], 1e-3) / shape);
        }
      }
    }

    /**
     * Draws the course of resident {@code r} infected at {@code infection} into {@code out}.
     *
     * @param r the resident
     * @param infection the infection time, days from the first day
     * @param out receives the course
     */
    void draw(int r, double infection, Course out) {
      out.asymptomatic = RandomStreams.uniform(nhKey, r, 0) < d.asymptomaticShare();
      double incubation = Math.exp(logIncubation.sample(r));
      double pre = Math.min(d.presymptomaticDays(), Math.max(0, incubation - d.minLatentDays()));
      out.onset = infection + incubation;
      out.infectious = out.onset - pre;
      out.recovery = out.onset + (out.asymptomatic ? d.asymptomaticInfectiousDays() : d.symptomaticInfectiousDays());
      if (out.asymptomatic) {
        out.detection = Double.POSITIVE_INFINITY;
      } else {
        GammaSampler care = out.onset < fasterCareDay ? careEarly : careLate;
        // past the last day (a run followed to its end), the last day's isolation delay stays in force
        int day = (int) Math.min(Math.floor(out.onset), careByOnsetDay.length - 1);
        if (day >= 0 && careByOnsetDay[day] != null) {
          care = careByOnsetDay[day];
        }
        out.detection = out.onset + care.sample(r);
      }
    }
  }
}
