package org.cordon.measure;

import com.google.common.collect.Sets;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.cordon.contact.Layer;
import org.cordon.trace.CloseContactRule;

/**
 * Quarantine of close contacts (密切接触者隔离, "该隔离的立即隔离"): when a case is confirmed,
 * everyone who met it in the given layers during the lookback window before its onset (and
 * since) is quarantined {@code delayDays} later for {@code durationDays}. Jinsha traced 105 close
 * contacts of its 20 cases (docs/sources.md#the-response). The (layers, lookback) pair is the tracing rule the
 * engine hands to the contact tracer.
 *
 * @param name unique name
 * @param start when it takes effect
 * @param end when it stops (exclusive), or empty
 * @param layers the contact layers whose members count as close contacts (not empty)
 * @param lookbackDays days before symptom onset whose contacts count (&gt;= 0)
 * @param delayDays days from a case's confirmation to its contacts' quarantine (&gt;= 0)
 * @param durationDays days a contact stays in quarantine (&gt;= 1)
 */
public record ContactQuarantine(
    String name,
    LocalDateTime start,
    Optional<LocalDateTime> end,
    Set<Layer> layers,
    int lookbackDays,
    double delayDays,
    int durationDays)
    implements Measure {

  /** @throws MeasureException if a field is missing or out of range, or it ends before it starts */
  public ContactQuarantine {
    FieldChecks.name(name);
    FieldChecks.window(name, start, end);
    FieldChecks.present(name, "layers", layers);
    if (layers.isEmpty()) {
      throw new MeasureException(name, "layers", "no contact layer given");
    }
    layers = Sets.immutableEnumSet(layers);
    FieldChecks.nonNegative(name, "lookbackDays", lookbackDays);
    FieldChecks.days(name, "delayDays", delayDays);
    FieldChecks.positive(name, "durationDays", durationDays);
  }

  /** @throws MeasureException if another contact quarantine overlaps this one */
  @Override
  public void checkAgainst(Measure earlier, MeasureContext timeline) {
    timeline.rejectSecond(this, earlier, "contact quarantine");
  }

  /**
   * The tracing rule this quarantine applies: its layers and lookback, with the tracer's default
   * minimum encounter duration ({@link CloseContactRule#DEFAULT_MIN_ENCOUNTER_MINUTES}).
   *
   * @return the close-contact rule to hand to {@link org.cordon.trace.ContactTracer}
   */
  public CloseContactRule closeContactRule() {
    return new CloseContactRule(layers, CloseContactRule.DEFAULT_MIN_ENCOUNTER_MINUTES, lookbackDays);
  }

  /**
   * @param name unique name
   * @param start when it takes effect
   * @param end when it stops, or empty
   * @param layers close-contact layers
   * @param lookbackDays days before onset
   * @param delayDays days from confirmation to quarantine
   * @param durationDays days in quarantine
   * @return the measure
   * @throws MeasureException if a field is invalid
   */
  public static ContactQuarantine of(
      String name,
      LocalDateTime start,
      Optional<LocalDateTime> end,
      Collection<Layer> layers,
      int lookbackDays,
      double delayDays,
      int durationDays) {
    return new ContactQuarantine(
        name, start, end, Set.copyOf(layers), lookbackDays, delayDays, durationDays);
  }
}
