package org.cordon.community.synth;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.cordon.InvalidInputException;

/**
 * Who the residents are, where the article is silent: household sizes, ages, sexes and who works at
 * the community's institutions. Each default of {@link #defaults()} names its source or is labelled
 * an assumption; every number can be changed by building another record.
 *
 * @param householdSizeShares relative shares of households of size 1, 2, ... (the last entry stands
 *     for that size or more); the synthesizer tilts this shape to each compound's mean household
 *     size, so only the shape matters
 * @param ageBandShares relative shares of 5-year age bands 0-4, 5-9, ...; the last band is open and
 *     ends at {@link #maxAge()}
 * @param maxAge the oldest age the last band reaches
 * @param adultAge the youngest age of a household's first member (the head)
 * @param elderlyAge the youngest age counted as elderly
 * @param fertilizerPlantElderlyShare the share of fertilizer-plant residents drawn from the elderly
 * @param maleShare probability that a resident is male
 * @param workingAgeMin youngest age of an institution worker
 * @param workingAgeMax oldest age of an institution worker
 * @param institutionWorkerShare share of working-age residents who work at one of the community's
 *     institutions (the others work elsewhere, farm, study or do not work)
 * @param workplaceZipfExponent workplace sizes follow Zipf weights {@code 1/rank^s} over the
 *     institutions, ranks shuffled per seed
 * @param returneeMinAge youngest age of a returnee
 * @param returneeMaxAge oldest age of a returnee

 */
public record PopulationProfile(
    List<Double> householdSizeShares,
    List<Double> ageBandShares,
    int maxAge,
    int adultAge,
    int elderlyAge,
    double fertilizerPlantElderlyShare,
    double maleShare,
    int workingAgeMin,
    int workingAgeMax,
    double institutionWorkerShare,
    double workplaceZipfExponent,
    int returneeMinAge,
    int returneeMaxAge) {

  /**
   * Validates and copies the lists.
   *
   * @throws InvalidInputException if a list is empty or has a negative or non-finite entry or sums to
   *     zero, a share is outside [0, 1], or an age range is empty or outside 0..130
   */
  public PopulationProfile {
    householdSizeShares = shares("population.householdSizeShares", householdSizeShares);
    ageBandShares = shares("population.ageBandShares", ageBandShares);
    if (maxAge < 5 * (ageBandShares.size() - 1) || maxAge > 130) {
      throw InvalidInputException.argument(
          "population.maxAge", "must cover the last age band and be <= 130: " + maxAge);
    }
    age("population.adultAge", adultAge, maxAge);
    age("population.elderlyAge", elderlyAge, maxAge);
    share("population.fertilizerPlantElderlyShare", fertilizerPlantElderlyShare);
    share("population.maleShare", maleShare);
    share("population.institutionWorkerShare", institutionWorkerShare);
    age("population.workingAgeMin", workingAgeMin, maxAge);
    age("population.workingAgeMax", workingAgeMax, maxAge);
    if (workingAgeMin > workingAgeMax) {
      throw InvalidInputException.argument(
          "population.workingAgeMin", "above workingAgeMax: " + workingAgeMin + " > " + workingAgeMax);
    }
    if (!(workplaceZipfExponent >= 0 && workplaceZipfExponent <= 10)) {
      throw InvalidInputException.argument(
          "population.workplaceZipfExponent", "must be in [0, 10]: " + workplaceZipfExponent);
    }
    age("population.returneeMinAge", returneeMinAge, maxAge);
    age("population.returneeMaxAge", returneeMaxAge, maxAge);
    if (returneeMinAge > returneeMaxAge) {
      throw InvalidInputException.argument(
          "population.returneeMinAge", "above returneeMaxAge: " + returneeMinAge + " > " + returneeMaxAge);
    }
  }

  /**
   * The defaults used by the {@code jinsha-2020} preset.
   *
   * @return the default population profile
   */
  public static PopulationProfile defaults() {
    return new PopulationProfile(
        // Family households by size 1..10+, % (China, 2010 census, Tabulation of the 2010 Population
        // Census, table 1-10 "family household size by region", national row). National, not
        // Hubei or Hong'an: the shape only; each compound's mean is set separately.
        List.of(14.53, 24.37, 26.86, 17.56, 10.03, 4.20, 1.43, 0.56, 0.23, 0.21),
        // 5-year age bands 0-4 .. 80-84, 85+ (%). Assumption: roughly the shape of China's 2010
        // census age structure (16.6% aged 0-14, 2010 census communiqué no. 1), values rounded and
        // renormalised; not Hong'an's own, and ten years younger than the 2020 population.
        List.of(
            5.67, 5.51, 5.72, 7.51, 9.41, 7.56, 7.32, 8.87, 9.39, 8.54, 5.91, 6.37, 4.45, 3.09, 2.46,
            1.73, 0.97, 0.51),
        99, // assumption: the open 85+ band ends at 99
        18, // assumption: a household's first member is an adult (legal age of majority, 18)
        60, // assumption: "elderly" from 60 (China's usual statistical threshold for 老年人)
        0.70, // assumption: "mostly elderly" (docs/sources.md#the-community, fertilizer-plant block) read as 70%
        0.5127, // China 2010 census communiqué no. 1: males 51.27% of the population
        18, // assumption: institution workers are adults...
        59, // ...below the usual retirement age of 60 (men)
        0.30, // assumption: 30% of working-age residents work at one of the 31 institutions
        1.0, // assumption: workplace sizes Zipf(1) over the institutions (a few large, many small)
        16, // assumption: returnees (migrant workers, students) are 16..64
        64);
  }

  private static ImmutableList<Double> shares(String name, List<Double> values) {
    if (values == null || values.isEmpty()) {
      throw InvalidInputException.argument(name, "must not be empty");
    }
    double sum = 0;
    for (Double v : values) {
      if (v == null || !(v >= 0 && v < Double.POSITIVE_INFINITY)) {
        throw InvalidInputException.argument(name, "entries must be finite and >= 0: " + v);
      }
      sum += v;
    }
    if (!(sum > 0)) {
      throw InvalidInputException.argument(name, "must not sum to zero");
    }
    return ImmutableList.copyOf(values);
  }

  private static void share(String name, double p) {
    org.cordon.Checks.probability(name, p);
  }

  private static void age(String name, int age, int maxAge) {
    if (age < 0 || age > maxAge) {
      throw InvalidInputException.argument(name, "must be in 0.." + maxAge + ": " + age);
    }
  }
}
