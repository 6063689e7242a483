package org.cordon.measure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a list of measures against a community, a scenario date range and each other: unique
 * names and start days here, the rest by each measure ({@link Measure#validate(MeasureContext)},
 * {@link Measure#checkAgainst(Measure, MeasureContext)} for every earlier measure that overlaps
 * it). Every failure is a {@link MeasureException} naming the measure and the field.
 */
final class TimelineValidator {
  private TimelineValidator() {}

  static void validate(MeasureContext context) {
    List<Measure> measures = context.measures();
    Set<String> names = new HashSet<>();
    for (Measure m : measures) {
      if (!names.add(m.name())) {
        throw new MeasureException(m.name(), "name", "two measures have this name");
      }
      context.checkDay(m, "start", m.start().toLocalDate());
      m.validate(context);
    }
    for (int i = 0; i < measures.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (measures.get(j).overlaps(measures.get(i))) {
          measures.get(i).checkAgainst(measures.get(j), context);
        }
      }
    }
  }
}
