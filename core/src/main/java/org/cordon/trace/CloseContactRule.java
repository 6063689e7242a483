package org.cordon.trace;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.cordon.InvalidInputException;
import org.cordon.contact.DayWindow;
import org.cordon.contact.Layer;

/**
 * Who counts as a close contact (密切接触者) of a case: through which layers, how long a recorded
 * encounter must have lasted, and how many days before symptom onset tracing looks back.
 *
 * <p>The {@link #DEFAULT} rule follows China's close-contact definition (National Health
 * Commission, 新型冠状病毒肺炎防控方案, 6th edition, March 2020, and later editions): people who
 * live together with the case (共同居住生活) and people in close unprotected contact with it,
 * counted from 2 days before symptom onset (症状出现前2天开始). Editions of January 2020 counted
 * from onset; the issue fixes the default lookback at 2 days. It uses the {@link Layer#HOUSEHOLD}
 * layer and recorded {@link Layer#ENCOUNTER}s of at least 15 minutes; the 15 minutes follow WHO's
 * contact definition (face-to-face within 1 m for at least 15 minutes, WHO interim guidance 2020)
 * and are an assumption for Jinsha, where the survey recorded no durations. With Jinsha's 3.38
 * persons a household (docs/sources.md#the-community), the 20 cases' household members alone give about
 * 20 × 2.38 ≈ 48 contacts; recorded encounters (about 3 a case) make up the rest of the 105
 * close contacts the survey counted.
 *
 * <p>An encounter whose duration was not recorded counts as long enough (the cautious reading).
 *
 * <p>Immutable value; equal rules have equal layers and numbers.
 */
public final class CloseContactRule {
  /** Default lookback before symptom onset, in days (China's protocol; fixed by the issue). */
  public static final int DEFAULT_LOOKBACK_DAYS = 2;
  /** Default minimum encounter duration, in minutes (WHO contact definition; assumption for Jinsha). */
  public static final int DEFAULT_MIN_ENCOUNTER_MINUTES = 15;

  /** Household members and recorded encounters of at least 15 minutes, from 2 days before onset. */
  public static final CloseContactRule DEFAULT =
      new CloseContactRule(
          EnumSet.of(Layer.HOUSEHOLD, Layer.ENCOUNTER),
          DEFAULT_MIN_ENCOUNTER_MINUTES,
          DEFAULT_LOOKBACK_DAYS);

  private final Set<Layer> layers;
  private final int layerMask;
  private final int minEncounterMinutes;
  private final int lookbackDays;

  /**
   * @param layers the layers whose contacts count; not empty
   * @param minEncounterMinutes minimum duration of a recorded encounter, {@code >= 0}
   * @param lookbackDays days before symptom onset from which contacts count, {@code >= 0}
   * @throws InvalidInputException if {@code layers} is null or empty, or a number is negative
   */
  public CloseContactRule(Set<Layer> layers, int minEncounterMinutes, int lookbackDays) {
    if (layers == null || layers.isEmpty()) {
      throw InvalidInputException.argument("layers", "at least one layer is needed");
    }
    if (minEncounterMinutes < 0) {
      throw InvalidInputException.argument("minEncounterMinutes", "must be >= 0: " + minEncounterMinutes);
    }
    if (lookbackDays < 0) {
      throw InvalidInputException.argument("lookbackDays", "must be >= 0: " + lookbackDays);
    }
    this.layers = Collections.unmodifiableSet(EnumSet.copyOf(layers));
    this.layerMask = Layer.mask(this.layers);
    this.minEncounterMinutes = minEncounterMinutes;
    this.lookbackDays = lookbackDays;
  }

  /** @return the layers whose contacts count */
  public Set<Layer> layers() {
    return layers;
  }

  /** @return the minimum duration of a recorded encounter, in minutes */
  public int minEncounterMinutes() {
    return minEncounterMinutes;
  }

  /** @return the days before symptom onset from which contacts count */
  public int lookbackDays() {
    return lookbackDays;
  }

  /**
   * @param first a layer
   * @param rest more layers
   * @return a rule over these layers with every encounter counting and the default lookback
   */
  public static CloseContactRule over(Layer first, Layer... rest) {
    return new CloseContactRule(EnumSet.of(first, rest), 0, DEFAULT_LOOKBACK_DAYS);
  }

  /**
   * @param layers layers, not empty
   * @return a rule over these layers with every encounter counting and the default lookback
   * @throws InvalidInputException if {@code layers} is null or empty
   */
  public static CloseContactRule over(Set<Layer> layers) {
    return new CloseContactRule(layers, 0, DEFAULT_LOOKBACK_DAYS);
  }

  /** @return the layers as a bitmask ({@link Layer#bit()}) */
  public int layerMask() {
    return layerMask;
  }

  /**
   * @param l layers
   * @return this rule with other layers
   * @throws InvalidInputException if {@code l} is empty
   */
  public CloseContactRule withLayers(Set<Layer> l) {
    return new CloseContactRule(l, minEncounterMinutes, lookbackDays);
  }

  /**
   * @param minutes minimum encounter duration
   * @return this rule with another minimum
   * @throws InvalidInputException if negative
   */
  public CloseContactRule withMinEncounterMinutes(int minutes) {
    return new CloseContactRule(layers, minutes, lookbackDays);
  }

  /**
   * @param days lookback before onset
   * @return this rule with another lookback
   * @throws InvalidInputException if negative
   */
  public CloseContactRule withLookbackDays(int days) {
    return new CloseContactRule(layers, minEncounterMinutes, days);
  }

  /**
   * The tracing window of a case: from {@link #lookbackDays()} days before symptom onset to the
   * day the case was isolated (or today).
   *
   * @param onset the day of symptom onset
   * @param until the last day that counts, usually the day of isolation
   * @return {@code [onset - lookbackDays, until]}
   * @throws InvalidInputException if a date is missing or {@code until} is before that first day
   */
  public DayWindow windowFor(LocalDate onset, LocalDate until) {
    if (onset == null) {
      throw InvalidInputException.argument("onset", "missing date");
    }
    return DayWindow.of(onset.minusDays(lookbackDays), until);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CloseContactRule)) {
      return false;
    }
    CloseContactRule r = (CloseContactRule) o;
    return layerMask == r.layerMask && minEncounterMinutes == r.minEncounterMinutes && lookbackDays == r.lookbackDays;
  }

  @Override
  public int hashCode() {
    return (layerMask * 31 + minEncounterMinutes) * 31 + lookbackDays;
  }

  @Override
  public String toString() {
    return "CloseContactRule[layers=" + layers + ", minEncounterMinutes=" + minEncounterMinutes
        + ", lookbackDays=" + lookbackDays + "]";
  }
}
