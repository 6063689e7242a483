package org.cordon.simulation.engine;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import org.cordon.InvalidInputException;

/**
 * The outcome of one replicate: daily series from the first simulated day, indexed by day
 * ({@code 0 = start()}). Infections include returnees infected before arrival, counted on the day
 * they arrive; confirmed counts cases on the day their test is positive. Immutable: every array
 * accessor returns a copy.
 *
 * <p>Household secondary attack rate (家庭二代罹患率), as defined here: the number of infections
 * that happened in the household layer, divided by the number of household contacts of primary
 * cases, where the primary case of a household is its first infected member (local or imported)
 * and its household contacts are the other members living there at that time. Co-primary cases
 * infected outside the household count in the denominator but not in the numerator, as in Bi et
 * al. 2020.
 *
 * <p>Household secondary attack rate per confirmed index case ({@link
 * #householdSecondaryAttackRate()}), as the contact-tracing studies define it: secondary cases
 * among the household contacts of each household's first confirmed case, divided by those contacts
 * (co-primary cases excluded; follow-up to the end of the contacts' quarantine; see {@link
 * #householdIndexContacts()}). Published: 11.2% in Shenzhen (Bi et al., Lancet ID 2020); 12.4%
 * (95% CI 9.8-15.4) with households as close relatives and 17.1% with households as one address
 * in Guangzhou (Jing et al., Lancet ID 2020); docs/sources.md#published-estimates.
 *
 * <p>The run's end ({@link #finalInfections()}, {@link #finalConfirmed()}): a run followed past
 * the last day ({@link Simulation#of(PolicyTable, org.cordon.simulation.disease.ModelParameters,
 * int)}) goes on until nobody is exposed or infectious and no case awaits detection or
 * confirmation, or until the follow-up cap ({@link #capped()}); the daily series and every other
 * count stay on the horizon.
 *
 * <p>Serializable (plain arrays), so replicates computed elsewhere can be shipped back and
 * aggregated.
 */
public final class RunResult implements java.io.Serializable {
  // Serializable so that a distributed runner (the cordon-spark module) can ship replicates
  private static final long serialVersionUID = 2L;
  private final LocalDate start;
  private final int[] newInfections;
  private final int[] newImported;
  private final int[] newConfirmed;
  private final int[] quarantined;
  private final int[] isolated;
  private final int[] closeContacts;
  private final int householdInfections;
  private final int householdContacts;
  private final int[] infectionsByLayer;
  private final int[] infectionsByCompound;
  private final double presymptomaticTransmissions;
  private final int householdIndexCases;
  private final int householdIndexContacts;
  private final int householdSecondaryCases;
  private final int householdSecondaryFromIndex;
  private final int finalInfections;
  private final int finalConfirmed;
  private final int daysFollowed;
  private final boolean capped;

  RunResult(
      LocalDate start,
      int[] newInfections,
      int[] newImported,
      int[] newConfirmed,
      int[] quarantined,
      int[] isolated,
      int[] closeContacts,
      int householdInfections,
      int householdContacts,
      int[] infectionsByLayer,
      int[] infectionsByCompound,
      double presymptomaticTransmissions,
      HouseholdIndexCases index) {
    this.start = Objects.requireNonNull(start);
    this.newInfections = newInfections;
    this.newImported = newImported;
    this.newConfirmed = newConfirmed;
    this.quarantined = quarantined;
    this.isolated = isolated;
    this.closeContacts = closeContacts;
    this.householdInfections = householdInfections;
    this.householdContacts = householdContacts;
    this.infectionsByLayer = infectionsByLayer;
    this.infectionsByCompound = infectionsByCompound;
    this.presymptomaticTransmissions = presymptomaticTransmissions;
    this.householdIndexCases = index.indexCases;
    this.householdIndexContacts = index.contacts;
    this.householdSecondaryCases = index.secondary;
    this.householdSecondaryFromIndex = index.secondaryFromIndex;
    this.finalInfections = sumTo(newInfections, newInfections.length - 1);
    this.finalConfirmed = sumTo(newConfirmed, newConfirmed.length - 1);
    this.daysFollowed = 0;
    this.capped = false;
  }

  private RunResult(RunResult on, int finalInfections, int finalConfirmed, int daysFollowed, boolean capped) {
    this.start = on.start;
    this.newInfections = on.newInfections;
    this.newImported = on.newImported;
    this.newConfirmed = on.newConfirmed;
    this.quarantined = on.quarantined;
    this.isolated = on.isolated;
    this.closeContacts = on.closeContacts;
    this.householdInfections = on.householdInfections;
    this.householdContacts = on.householdContacts;
    this.infectionsByLayer = on.infectionsByLayer;
    this.infectionsByCompound = on.infectionsByCompound;
    this.presymptomaticTransmissions = on.presymptomaticTransmissions;
    this.householdIndexCases = on.householdIndexCases;
    this.householdIndexContacts = on.householdIndexContacts;
    this.householdSecondaryCases = on.householdSecondaryCases;
    this.householdSecondaryFromIndex = on.householdSecondaryFromIndex;
    this.finalInfections = finalInfections;
    this.finalConfirmed = finalConfirmed;
    this.daysFollowed = daysFollowed;
    this.capped = capped;
  }

  /**
   * @param laterInfections infections after the last day
   * @param laterConfirmed confirmations after the last day
   * @param daysFollowed days simulated after the last day
   * @param capped whether the run was still going when it stopped
   * @return this result with its end
   */
  RunResult withEnd(int laterInfections, int laterConfirmed, int daysFollowed, boolean capped) {
    return new RunResult(this, totalInfections() + laterInfections, totalConfirmed() + laterConfirmed, daysFollowed,
        capped);
  }

  /** @return all infections of the run to its end (the horizon's and, if followed, those after it) */
  public int finalInfections() {
    return finalInfections;
  }

  /** @return all confirmed cases of the run to its end */
  public int finalConfirmed() {
    return finalConfirmed;
  }

  /** @return days simulated past the last day of the horizon (0 if the run ended by then or was not followed) */
  public int daysFollowed() {
    return daysFollowed;
  }

  /**
   * @return whether the run stopped with someone still exposed or infectious or a case awaiting
   *     confirmation: at the follow-up cap (or at the last day, if not followed)
   */
  public boolean capped() {
    return capped;
  }

  /** @return the first simulated day (index 0 of every series) */
  public LocalDate start() {
    return start;
  }

  /** @return the number of days in every series */
  public int days() {
    return newInfections.length;
  }

  /**
   * @param date a date in the horizon
   * @return its day index
   * @throws InvalidInputException if the date is outside the horizon
   */
  public int dayIndex(LocalDate date) {
    long d = java.time.temporal.ChronoUnit.DAYS.between(start, date);
    if (d < 0 || d >= days()) {
      throw InvalidInputException.argument("date", date + " is outside the horizon " + start + ".." + start.plusDays(days() - 1L));
    }
    return (int) d;
  }

  /** @return new infections per day (local and imported on arrival) */
  public int[] newInfections() {
    return newInfections.clone();
  }

  /** @return imported infections per day (returnees on their arrival day) */
  public int[] newImported() {
    return newImported.clone();
  }

  /** @return new confirmed cases per day */
  public int[] newConfirmed() {
    return newConfirmed.clone();
  }

  /** @return cumulative infections per day */
  public int[] cumulativeInfections() {
    return cumulative(newInfections);
  }

  /** @return cumulative confirmed cases per day */
  public int[] cumulativeConfirmed() {
    return cumulative(newConfirmed);
  }

  /** @return residents in home quarantine at the end of each day */
  public int[] quarantined() {
    return quarantined.clone();
  }

  /** @return detected cases in isolation at the end of each day */
  public int[] isolated() {
    return isolated.clone();
  }

  /** @return distinct close contacts traced and quarantined so far, per day */
  public int[] closeContacts() {
    return closeContacts.clone();
  }

  /**
   * @param date a day of the run
   * @return confirmed cases up to and including {@code date}
   */
  public int confirmedBy(LocalDate date) {
    return sumTo(newConfirmed, dayIndex(date));
  }

  /**
   * @param date a day of the run
   * @return infections up to and including {@code date}
   */
  public int infectedBy(LocalDate date) {
    return sumTo(newInfections, dayIndex(date));
  }

  /** @return all infections over the horizon */
  public int totalInfections() {
    return sumTo(newInfections, days() - 1);
  }

  /** @return all confirmed cases over the horizon */
  public int totalConfirmed() {
    return sumTo(newConfirmed, days() - 1);
  }

  /** @return distinct close contacts traced over the horizon */
  public int totalCloseContacts() {
    return closeContacts.length == 0 ? 0 : closeContacts[closeContacts.length - 1];
  }

  /** @return infections in the household layer (the attack rate's numerator) */
  public int householdInfections() {
    return householdInfections;
  }

  /** @return household contacts of primary cases (the attack rate's denominator) */
  public int householdContacts() {
    return householdContacts;
  }

  /** @return the household secondary attack rate as defined above, NaN when there was no contact */
  public double householdAttackRate() {
    return householdContacts == 0 ? Double.NaN : (double) householdInfections / householdContacts;
  }

  /** @return households with a confirmed case: the index cases of {@link #householdSecondaryAttackRate()} */
  public int householdIndexCases() {
    return householdIndexCases;
  }

  /**
   * @return household contacts of the confirmed index cases: the other members present when the
   *     index was confirmed, less those infected at or before the index's own infection (co-primary)
   */
  public int householdIndexContacts() {
    return householdIndexContacts;
  }

  /**
   * @return those contacts infected after the index and by the end of their follow-up (the index's
   *     confirmation plus the quarantine days in force), in any layer, symptomatic or not
   */
  public int householdSecondaryCases() {
    return householdSecondaryCases;
  }

  /** @return the secondary cases the engine attributes to the index case itself (household layer) */
  public int householdSecondaryFromIndex() {
    return householdSecondaryFromIndex;
  }

  /**
   * @return secondary cases ÷ household contacts of confirmed index cases (Bi 2020, Jing 2020), NaN
   *     without a contact
   */
  public double householdSecondaryAttackRate() {
    return householdIndexContacts == 0 ? Double.NaN : (double) householdSecondaryCases / householdIndexContacts;
  }

  /**
   * @return local infections by the layer they happened in, indexed by {@link
   *     org.cordon.contact.Layer#ordinal()} (imports are not counted)
   */
  public int[] infectionsByLayer() {
    return infectionsByLayer.clone();
  }

  /** @return all infections (local and imported) by the compound of the infected resident */
  public int[] infectionsByCompound() {
    return infectionsByCompound.clone();
  }

  /**
   * @return the expected number of local infections caused by presymptomatic (P) residents: each
   *     local infection counts the share of its group's infectious pressure that came from P
   */
  public double presymptomaticTransmissions() {
    return presymptomaticTransmissions;
  }

  /**
   * @return the share of local transmission from presymptomatic residents (He et al. 2020
   *     estimated 44%, 95% CI 30-57%), NaN without local infections
   */
  public double presymptomaticShare() {
    int local = 0;
    for (int x : infectionsByLayer) {
      local += x;
    }
    return local == 0 ? Double.NaN : presymptomaticTransmissions / local;
  }

  private static int[] cumulative(int[] a) {
    int[] c = new int[a.length];
    int s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i];
      c[i] = s;
    }
    return c;
  }

  private static int sumTo(int[] a, int last) {
    int s = 0;
    for (int i = 0; i <= last; i++) {
      s += a[i];
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RunResult)) {
      return false;
    }
    RunResult r = (RunResult) o;
    return start.equals(r.start)
        && Arrays.equals(newInfections, r.newInfections)
        && Arrays.equals(newImported, r.newImported)
        && Arrays.equals(newConfirmed, r.newConfirmed)
        && Arrays.equals(quarantined, r.quarantined)
        && Arrays.equals(isolated, r.isolated)
        && Arrays.equals(closeContacts, r.closeContacts)
        && householdInfections == r.householdInfections
        && householdContacts == r.householdContacts
        && Arrays.equals(infectionsByLayer, r.infectionsByLayer)
        && Arrays.equals(infectionsByCompound, r.infectionsByCompound)
        && householdIndexCases == r.householdIndexCases
        && householdIndexContacts == r.householdIndexContacts
        && householdSecondaryCases == r.householdSecondaryCases
        && householdSecondaryFromIndex == r.householdSecondaryFromIndex
        && finalInfections == r.finalInfections
        && finalConfirmed == r.finalConfirmed
        && daysFollowed == r.daysFollowed
        && capped == r.capped;
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, Arrays.hashCode(newInfections), Arrays.hashCode(newConfirmed), householdContacts);
  }

  @Override
  public String toString() {
    return "RunResult[start=" + start + ", days=" + days() + ", infections=" + totalInfections()
        + ", confirmed=" + totalConfirmed() + ", closeContacts=" + totalCloseContacts() + ", final infections="
        + finalInfections + ", final confirmed=" + finalConfirmed + ", days followed=" + daysFollowed
        + (capped ? ", capped" : "") + "]";
  }
}
