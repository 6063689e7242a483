package org.cordon.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cordon.InvalidInputException;
import org.cordon.community.Community;
import org.cordon.community.MemberIndex;
import org.cordon.contact.Encounter;

/**
 * Recorded encounters for benchmark communities, which the synthesizer does not make: the
 * survey (摸排) recorded encounters for cases only, so a community-wide set is an assumption of
 * the benchmark, not a model number.
 *
 * <p>Assumption: {@link #ENCOUNTERS_PER_RESIDENT} encounters a resident (each joins two
 * residents, so about 3 contacts a resident, the ~3 recorded encounters a case that the default
 * close-contact rule's Javadoc derives from the 105 close contacts of Jinsha's 20 cases,
 * docs/sources.md#the-response); the other resident is drawn from the same compound (小区) with probability
 * {@link #SAME_COMPOUND_SHARE} (assumption), otherwise from anywhere; one day or a few days
 * between {@link #FIRST_DAY} and {@link #LAST_DAY}; 5 to 120 minutes, uniform (assumption), so
 * some fall below the default 15-minute rule.
 */
public final class SyntheticEncounters {
  /** Encounters per resident (assumption, see the class comment). */
  public static final double ENCOUNTERS_PER_RESIDENT = 1.5;
  /** Share of encounters within the compound (assumption). */
  public static final double SAME_COMPOUND_SHARE = 0.8;
  /** First day of the encounters: the first returnees' arrival (docs/sources.md#the-response). */
  public static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 10);
  /** Last day of the encounters: Jinsha's last new case (docs/sources.md#the-response). */
  public static final LocalDate LAST_DAY = LocalDate.of(2020, 2, 3);

  private SyntheticEncounters() {}

  /**
   * @param community the community
   * @param seed the random seed (same seed and community, same encounters)
   * @return {@code round(ENCOUNTERS_PER_RESIDENT × residents)} encounters
   * @throws InvalidInputException if the community has fewer than two residents
   */
  public static List<Encounter> generate(Community community, long seed) {
    int n = community.residentCount();
    if (n < 2) {
      throw InvalidInputException.argument("community", "needs at least two residents: " + n);
    }
    SplittableRandom rng = new SplittableRandom(seed);
    MemberIndex compounds = community.compoundMembers();
    int span = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay());
    int count = (int) Math.round(ENCOUNTERS_PER_RESIDENT * n);
    List<Encounter> out = new ArrayList<>(count);
    while (out.size() < count) {
      int a = rng.nextInt(n);
      int b;
      int c = community.compoundOf(a);
      if (c >= 0 && compounds.size(c) > 1 && rng.nextDouble() < SAME_COMPOUND_SHARE) {
        b = compounds.member(c, rng.nextInt(compounds.size(c)));
      } else {
        b = rng.nextInt(n);
      }
      if (a == b) {
        continue;
      }
      LocalDate first = FIRST_DAY.plusDays(rng.nextInt(span + 1));
      LocalDate last = first.plusDays(Math.min(rng.nextInt(3), (int) (LAST_DAY.toEpochDay() - first.toEpochDay())));
      out.add(Encounter.of(a, b, first, last, 5 + rng.nextInt(116)));
    }
    return out;
  }
}
