package org.cordon.measure;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.cordon.community.Checkpoint;
import org.cordon.community.Community;

/**
 * Closure of one or more compounds (小区封闭): their entrances blocked, e.g. Honghua from about
 * 13:00 on 25 Jan 2020 with trucks and tractors, "in only, no one out" (docs/sources.md#the-response, calendar).
 *
 * <pre>{@code
 * CompoundClosure honghua = CompoundClosure.builder("honghua-closure")
 *     .start(LocalDateTime.of(2020, 1, 25, 13, 0))
 *     .compounds(honghuaId)
 *     .mode(ClosureMode.ENTRY_ONLY)
 *     .barrier(BarrierType.VEHICLES)
 *     .build();
 * }</pre>
 *
 * @param name unique name
 * @param start when it takes effect
 * @param end when it is lifted (exclusive), or empty
 * @param compounds the compounds sealed (at least one)
 * @param mode entry-only or full
 * @param barrier what blocks the gates
 * @param checkpoints the gates controlled; by default those of {@code compounds}; each must belong
 *     to one of {@code compounds} (checked by {@link PolicyTimeline})
 * @param openForSupplies gates among {@code checkpoints} kept open for supplies
 */
public record CompoundClosure(
    String name,
    LocalDateTime start,
    Optional<LocalDateTime> end,
    @Ids(Ids.Of.COMPOUNDS) ImmutableSortedSet<Integer> compounds,
    ClosureMode mode,
    BarrierType barrier,
    CheckpointSet checkpoints,
    @Ids(Ids.Of.CHECKPOINTS) ImmutableSortedSet<Integer> openForSupplies)
    implements Closure {

  /**
   * @throws MeasureException if a field is missing, no compound is given, or the closure ends
   *     before it starts
   */
  public CompoundClosure {
    FieldChecks.name(name);
    FieldChecks.window(name, start, end);
    FieldChecks.present(name, "compounds", compounds);
    if (compounds.isEmpty()) {
      throw new MeasureException(name, "compounds", "no compound given");
    }
    FieldChecks.present(name, "mode", mode);
    FieldChecks.present(name, "barrier", barrier);
    FieldChecks.present(name, "checkpoints", checkpoints);
    FieldChecks.present(name, "openForSupplies", openForSupplies);
    if (checkpoints.kind() == CheckpointSet.Kind.ALL) {
      throw new MeasureException(
          name, "checkpoints", "a compound closure cannot control every checkpoint of the community");
    }
    if (checkpoints.kind() == CheckpointSet.Kind.OF_COMPOUNDS
        && !compounds.containsAll(checkpoints.ids())) {
      throw new MeasureException(
          name, "checkpoints", "gates of compounds " + checkpoints.ids() + " not all sealed by it");
    }
  }

  @Override
  public boolean seals(int compound) {
    return compounds.contains(compound);
  }

  /**
   * @throws MeasureException for an unknown compound or checkpoint, a checkpoint of a compound
   *     this closure does not seal, or a supply gate not among its checkpoints
   */
  @Override
  public void validate(MeasureContext timeline) {
    timeline.checkEnd(this);
    for (int id : compounds) {
      timeline.checkCompound(this, "compounds", id);
    }
    timeline.checkCheckpoints(this, "checkpoints", checkpoints);
    if (checkpoints.kind() == CheckpointSet.Kind.EXPLICIT) {
      Community community = timeline.community();
      for (int id : checkpoints.ids()) {
        Checkpoint gate = community.checkpoints().get(id);
        if (!compounds.contains(gate.compound())) {
          throw new MeasureException(
              name,
              "checkpoints",
              "checkpoint '" + gate.name() + "' is a gate of "
                  + (gate.onCommunityBoundary()
                      ? "the community boundary"
                      : "compound '" + community.compounds().get(gate.compound()).name() + "'")
                  + ", not of a compound this closure seals");
        }
      }
    }
    Closures.checkSupplies(this, timeline);
  }

  /** @throws MeasureException if an overlapping closure of a shared compound has another mode or barrier */
  @Override
  public void checkAgainst(Measure earlier, MeasureContext timeline) {
    if (!(earlier instanceof CompoundClosure a)) {
      return;
    }
    Set<Integer> shared = new HashSet<>(a.compounds());
    shared.retainAll(compounds);
    if (shared.isEmpty()) {
      return;
    }
    String which = "closure of compound '" + timeline.community().compounds().get(shared.iterator().next()).name() + "'";
    String other = " overlaps '" + earlier.name() + "'";
    if (a.mode() != mode) {
      throw new MeasureException(name, "mode", which + other + " with a different mode (" + mode + " vs " + a.mode() + ")");
    }
    if (a.barrier() != barrier) {
      throw new MeasureException(
          name, "barrier", which + other + " with a different barrier (" + barrier + " vs " + a.barrier() + ")");
    }
  }

  /**
   * @param name unique name of the measure
   * @return a builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Builds a {@link CompoundClosure}; not thread-safe. */
  public static final class Builder {
    private final String name;
    private LocalDateTime start;
    private Optional<LocalDateTime> end = Optional.empty();
    private ImmutableSortedSet<Integer> compounds = ImmutableSortedSet.of();
    private ClosureMode mode = ClosureMode.FULL;
    private BarrierType barrier = BarrierType.VEHICLES;
    private CheckpointSet checkpoints;
    private ImmutableSortedSet<Integer> openForSupplies = ImmutableSortedSet.of();

    private Builder(String name) {
      this.name = name;
    }

    /**
     * @param value when the closure takes effect
     * @return this builder
     */
    public Builder start(LocalDateTime value) {
      this.start = value;
      return this;
    }

    /**
     * @param value when it is lifted (exclusive), or {@code null} for never
     * @return this builder
     */
    public Builder end(LocalDateTime value) {
      this.end = Optional.ofNullable(value);
      return this;
    }

    /**
     * @param ids the compounds sealed
     * @return this builder
     */
    public Builder compounds(int... ids) {
      return compounds(Arrays.stream(ids).boxed().toList());
    }

    /**
     * @param ids the compounds sealed
     * @return this builder
     */
    public Builder compounds(Collection<Integer> ids) {
      this.compounds = ImmutableSortedSet.copyOf(ids);
      return this;
    }

    /**
     * @param value entry-only or full (default {@link ClosureMode#FULL})
     * @return this builder
     */
    public Builder mode(ClosureMode value) {
      this.mode = value;
      return this;
    }

    /**
     * @param value what blocks the gates (default {@link BarrierType#VEHICLES})
     * @return this builder
     */
    public Builder barrier(BarrierType value) {
      this.barrier = value;
      return this;
    }

    /**
     * @param value the gates controlled (default: those of the compounds)
     * @return this builder
     */
    public Builder checkpoints(CheckpointSet value) {
      this.checkpoints = value;
      return this;
    }

    /**
     * @param ids checkpoint ids kept open for supplies (default none)
     * @return this builder
     */
    public Builder openForSupplies(Collection<Integer> ids) {
      this.openForSupplies = ImmutableSortedSet.copyOf(ids);
      return this;
    }

    /**
     * @return the closure
     * @throws MeasureException if a field is invalid
     */
    public CompoundClosure build() {
      CheckpointSet gates = checkpoints != null ? checkpoints : CheckpointSet.ofCompounds(compounds);
      return new CompoundClosure(name, start, end, compounds, mode, barrier, gates, openForSupplies);
    }
  }
}
