package org.cordon.measure;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.cordon.community.Checkpoint;
import org.cordon.community.Community;

/**
 * What a measure sees of the timeline it is part of: the community, the scenario's date range,
 * the other measures and the assumptions, with the checks a measure's {@link
 * Measure#validate(MeasureContext) validation} needs (each failure a {@link MeasureException}
 * naming the measure and the field) and resolved checkpoint sets. Made by {@link PolicyTimeline};
 * not thread-safe while the timeline is being built, unused after.
 */
public final class MeasureContext {
  private final Community community;
  private final LocalDate first;
  private final LocalDate last;
  private final List<Measure> measures;
  private final ContainmentAssumptions assumptions;
  private final Map<Object, Object> memo = new HashMap<>();
  private final int[][] gatesOf;
  private final int[] boundaryGates;

  MeasureContext(
      Community community, LocalDate first, LocalDate last, List<Measure> measures, ContainmentAssumptions assumptions) {
    this.community = community;
    this.first = first;
    this.last = last;
    this.measures = ImmutableList.copyOf(measures);
    this.assumptions = assumptions;
    int n = community.compounds().size();
    int[] counts = new int[n];
    int boundary = 0;
    for (Checkpoint c : community.checkpoints()) {
      if (c.onCommunityBoundary()) {
        boundary++;
      } else {
        counts[c.compound()]++;
      }
    }
    gatesOf = new int[n][];
    for (int c = 0; c < n; c++) {
      gatesOf[c] = new int[counts[c]];
      counts[c] = 0;
    }
    boundaryGates = new int[boundary];
    boundary = 0;
    for (Checkpoint c : community.checkpoints()) { // ascending ids
      if (c.onCommunityBoundary()) {
        boundaryGates[boundary++] = c.id();
      } else {
        gatesOf[c.compound()][counts[c.compound()]++] = c.id();
      }
    }
  }

  /** @return the community the measures refer to */
  public Community community() {
    return community;
  }

  /** @return the scenario's first day */
  public LocalDate firstDay() {
    return first;
  }

  /** @return the scenario's last day (inclusive) */
  public LocalDate lastDay() {
    return last;
  }

  /** @return the first moment after the scenario: 00:00 the day after {@link #lastDay()} */
  public LocalDateTime horizon() {
    return last.plusDays(1).atStartOfDay();
  }

  /** @return every measure of the timeline, in the order added */
  public List<Measure> measures() {
    return measures;
  }

  /** @return the assumptions of the timeline */
  public ContainmentAssumptions assumptions() {
    return assumptions;
  }

  /**
   * @param set a checkpoint set whose ids have been checked ({@link #checkCheckpoints})
   * @return its checkpoint ids, ascending (computed once per set)
   */
  public int[] resolve(CheckpointSet set) {
    return memo(set, () -> set.resolve(community));
  }

  /**
   * @param compound a compound id
   * @return the ids of the checkpoints on that compound's boundary, ascending (do not modify)
   */
  int[] gatesOf(int compound) {
    return gatesOf[compound];
  }

  /** @return the ids of the checkpoints on the community boundary, ascending (do not modify) */
  int[] boundaryGates() {
    return boundaryGates;
  }

  /**
   * A value computed once per timeline for a key (e.g. what a measure precomputes for every band).
   *
   * @param key a key with value equality, e.g. {@code List.of(this, "gates")}
   * @param compute computes the value the first time
   * @param <T> the value's type
   * @return the value
   */
  @SuppressWarnings("unchecked")
  public <T> T memo(Object key, Supplier<T> compute) {
    Object v = memo.get(key);
    if (v == null) {
      v = compute.get();
      memo.put(key, v);
    }
    return (T) v;
  }

  // ---- checks for measures ---------------------------------------------------------------

  /**
   * @param m a measure
   * @throws MeasureException if it ends after the scenario
   */
  public void checkEnd(Measure m) {
    if (m.end().isPresent() && m.end().get().isAfter(horizon())) {
      throw new MeasureException(
          m.name(), "end", "date " + m.end().get() + " is after the scenario ends (" + last + ")");
    }
  }

  /**
   * @param m a measure
   * @param field the field that holds the day
   * @param day a day
   * @throws MeasureException if the day is outside the scenario
   */
  public void checkDay(Measure m, String field, LocalDate day) {
    if (day.isBefore(first) || day.isAfter(last)) {
      throw new MeasureException(
          m.name(), field, "date " + day + " is outside the scenario " + first + " to " + last);
    }
  }

  /**
   * @param m a measure
   * @param field the field that holds the id
   * @param id a compound id
   * @throws MeasureException if the community has no such compound
   */
  public void checkCompound(Measure m, String field, int id) {
    if (id < 0 || id >= community.compounds().size()) {
      throw new MeasureException(
          m.name(), field, "unknown compound id " + id + " (community has " + community.compounds().size() + ")");
    }
  }

  /**
   * @param m a measure
   * @param field the field that holds the set
   * @param set a compound set
   * @throws MeasureException if it names a compound the community does not have
   */
  public void checkCompounds(Measure m, String field, CompoundSet set) {
    for (int id : set.ids()) {
      checkCompound(m, field, id);
    }
  }

  /**
   * @param m a measure
   * @param field the field that holds the id
   * @param id a checkpoint id
   * @throws MeasureException if the community has no such checkpoint
   */
  public void checkCheckpoint(Measure m, String field, int id) {
    if (id < 0 || id >= community.checkpoints().size()) {
      throw new MeasureException(
          m.name(), field, "unknown checkpoint id " + id + " (community has " + community.checkpoints().size() + ")");
    }
  }

  /**
   * @param m a measure
   * @param field the field that holds the set
   * @param set a checkpoint set
   * @throws MeasureException if it names a compound or checkpoint the community does not have
   */
  public void checkCheckpoints(Measure m, String field, CheckpointSet set) {
    for (int id : set.ids()) {
      if (set.kind() == CheckpointSet.Kind.OF_COMPOUNDS) {
        checkCompound(m, field, id);
      } else {
        checkCheckpoint(m, field, id);
      }
    }
  }

  /**
   * Rejects a second measure of a kind of which only one may be in force at a time.
   *
   * @param later the measure added later
   * @param earlier an earlier measure whose period overlaps it
   * @param kind what the kind is called in the message, e.g. {@code "door-to-door survey"}
   * @throws MeasureException if both are of the same class
   */
  public void rejectSecond(Measure later, Measure earlier, String kind) {
    if (later.getClass() == earlier.getClass()) {
      throw new MeasureException(
          later.name(),
          "start",
          "a second " + kind + " overlaps '" + earlier.name() + "'; end one before the other starts");
    }
  }
}
