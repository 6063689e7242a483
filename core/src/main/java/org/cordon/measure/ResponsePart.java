package org.cordon.measure;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.cordon.InvalidInputException;

/**
 * What a counterfactual moves in a {@link JinshaResponse}: the same rule for {@code cordon
 * compare}'s variants and for a sweep over start dates.
 */
public enum ResponsePart {
  /** The closures only (no early Honghua closure; the community bundle from the date). */
  CLOSURE,
  /**
   * The whole local response: closures, disinfection, survey and quarantine from the date; the
   * isolation switch (a national trend) stays where it is.
   */
  RESPONSE;

  /**
   * @param base the parts to start from (e.g. {@link JinshaResponse#asItHappened()})
   * @param start the new start
   * @return {@code base} with this part starting at {@code start}
   * @throws NullPointerException if an argument is null
   */
  public JinshaResponse moveTo(JinshaResponse base, LocalDateTime start) {
    Objects.requireNonNull(start, "start");
    return move(base, Optional.of(start));
  }

  /**
   * @param base the parts to start from
   * @param day the new start day, at {@link JinshaResponse#START_HOUR} (assumption)
   * @return {@code base} with this part starting that day
   * @throws NullPointerException if an argument is null
   */
  public JinshaResponse moveTo(JinshaResponse base, LocalDate day) {
    return moveTo(base, JinshaResponse.startOf(day));
  }

  /**
   * @param base the parts to start from
   * @return {@code base} with this part never starting
   */
  public JinshaResponse never(JinshaResponse base) {
    return move(base, Optional.empty());
  }

  private JinshaResponse move(JinshaResponse base, Optional<LocalDateTime> start) {
    JinshaResponse closed = base.withClosure(start);
    return this == CLOSURE ? closed : closed.withRestOfResponse(start);
  }

  /** @return the lower-case name, e.g. {@code closure} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param name {@code closure} or {@code response} (any case)
   * @param field the field or option to name in an error, e.g. {@code --part}
   * @return the part
   * @throws InvalidInputException naming {@code field} if {@code name} is neither
   */
  public static ResponsePart of(String name, String field) {
    for (ResponsePart p : values()) {
      if (p.label().equalsIgnoreCase(name == null ? "" : name.trim())) {
        return p;
      }
    }
    throw InvalidInputException.argument(field, "unknown part '" + name + "' (known: "
        + String.join(", ", Arrays.stream(values()).map(ResponsePart::label).toList()) + ")");
  }
}
