package org.cordon.simulation.disease;

import org.cordon.Checks;

/**
 * Natural history of infection with the original strain (China, early 2020): susceptible (S) →
 * latent (E) → presymptomatic and infectious (P) → symptomatic (I) or asymptomatic (A) → removed
 * (R). The incubation period (infection to onset) is lognormal and is split into E and P: P lasts
 * {@code presymptomaticDays}, but never more than the incubation minus {@code minLatentDays}.
 *
 * @param asymptomaticShare share of infections that never show symptoms: 0.20 (0.17-0.25),
 *     Buitrago-Garcia et al., PLoS Med 2020 (docs/sources.md#published-estimates)
 * @param incubationMeanlog meanlog of the lognormal incubation period: 1.621 (median 5.1 d),
 *     Lauer et al., Ann Intern Med 2020 (docs/sources.md#published-estimates)
 * @param incubationSdlog sdlog of the incubation period: 0.418, Lauer 2020 (docs/sources.md#published-estimates)
 * @param presymptomaticDays length of the infectious presymptomatic phase P, days: 3.0. Assumption,
 *     chosen so that about 44% of transmission is presymptomatic when cases are isolated about 4.6
 *     days after onset (He et al., Nat Med 2020: 44%; Bi et al. 2020: onset to isolation 4.6 d;
 *     He estimates infectiousness starts 2.3 d (0.8-3.0) before onset). Measured with the
 *     defaults: 43% in the calibrated Jinsha as-happened runs, 50% without the survey
 * @param minLatentDays shortest latent phase E, days: 1.0 (assumption)
 * @param symptomaticInfectiousDays days a symptomatic case stays infectious after onset if not
 *     isolated: 7.0 (He et al. 2020: infectiousness declines quickly within 7 days of onset)
 * @param asymptomaticInfectiousDays days an asymptomatic case stays infectious after the P phase:
 *     7.0 (assumption, same as symptomatic)
 * @param asymptomaticRelativeInfectiousness infectiousness of A (and of the P phase of a future
 *     A) relative to a symptomatic case: 0.35 (0.10-0.85), Buitrago-Garcia et al. 2020
 */
public record DiseaseParameters(
    double asymptomaticShare,
    double incubationMeanlog,
    double incubationSdlog,
    double presymptomaticDays,
    double minLatentDays,
    double symptomaticInfectiousDays,
    double asymptomaticInfectiousDays,
    double asymptomaticRelativeInfectiousness) {

  /**
   * Validates the parameters.
   *
   * @throws org.cordon.InvalidInputException if a share is outside [0, 1] or NaN, a duration is
   *     negative, not finite, or (incubation sdlog, infectious days) not positive
   */
  public DiseaseParameters {
    Checks.probability("disease.asymptomaticShare", asymptomaticShare);
    if (!(Math.abs(incubationMeanlog) < 10)) {
      throw org.cordon.InvalidInputException.argument(
          "disease.incubationMeanlog", "must be finite and in (-10, 10): " + incubationMeanlog);
    }
    Checks.positive("disease.incubationSdlog", incubationSdlog);
    Checks.nonNegative("disease.presymptomaticDays", presymptomaticDays);
    Checks.nonNegative("disease.minLatentDays", minLatentDays);
    Checks.positive("disease.symptomaticInfectiousDays", symptomaticInfectiousDays);
    Checks.positive("disease.asymptomaticInfectiousDays", asymptomaticInfectiousDays);
    Checks.probability(
        "disease.asymptomaticRelativeInfectiousness", asymptomaticRelativeInfectiousness);
  }

  /** @return the defaults documented on each component */
  public static DiseaseParameters defaults() {
    return new DiseaseParameters(0.20, 1.621, 0.418, 3.0, 1.0, 7.0, 7.0, 0.35);
  }
}
