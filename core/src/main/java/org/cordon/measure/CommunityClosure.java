package org.cordon.measure;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Optional;
import org.cordon.contact.Layer;

/**
 * Closure of the whole community (全社区封闭管理): every compound sealed, e.g. Jinsha about a week
 * after Honghua (~1 Feb 2020), its 213 checkpoints all sealed but a few kept for supplies
 * (docs/sources.md#the-response).
 *
 * @param name unique name
 * @param start when it takes effect
 * @param end when it is lifted (exclusive), or empty
 * @param mode entry-only or full
 * @param barrier what blocks the gates
 * @param checkpoints the gates controlled (usually {@link CheckpointSet#all()})
 * @param openForSupplies gates among {@code checkpoints} kept open for supplies
 */
public record CommunityClosure(
    String name,
    LocalDateTime start,
    Optional<LocalDateTime> end,
    ClosureMode mode,
    BarrierType barrier,
    CheckpointSet checkpoints,
    @Ids(Ids.Of.CHECKPOINTS) ImmutableSortedSet<Integer> openForSupplies)
    implements Closure {

  /** @throws MeasureException if a field is missing or the closure ends before it starts */
  public CommunityClosure {
    FieldChecks.name(name);
    FieldChecks.window(name, start, end);
    FieldChecks.present(name, "mode", mode);
    FieldChecks.present(name, "barrier", barrier);
    FieldChecks.present(name, "checkpoints", checkpoints);
    FieldChecks.present(name, "openForSupplies", openForSupplies);
  }

  /**
   * A closure of every checkpoint of the community.
   *
   * @param name unique name
   * @param start when it takes effect
   * @param end when it is lifted, or empty
   * @param mode entry-only or full
   * @param barrier what blocks the gates
   * @param openForSupplies checkpoint ids kept open for supplies
   * @return the closure
   * @throws MeasureException if a field is invalid
   */
  public static CommunityClosure of(
      String name,
      LocalDateTime start,
      Optional<LocalDateTime> end,
      ClosureMode mode,
      BarrierType barrier,
      Collection<Integer> openForSupplies) {
    return new CommunityClosure(
        name, start, end, mode, barrier, CheckpointSet.all(), ImmutableSortedSet.copyOf(openForSupplies));
  }

  @Override
  public boolean seals(int compound) {
    return true;
  }

  /** @throws MeasureException for an unknown checkpoint or a supply gate not among its checkpoints */
  @Override
  public void validate(MeasureContext timeline) {
    timeline.checkEnd(this);
    timeline.checkCheckpoints(this, "checkpoints", checkpoints);
    Closures.checkSupplies(this, timeline);
  }

  /** @throws MeasureException if another community closure overlaps this one */
  @Override
  public void checkAgainst(Measure earlier, MeasureContext timeline) {
    timeline.rejectSecond(this, earlier, "community closure");
  }

  /**
   * Seals every compound ({@link Closure#applyTo}), scales public-place contacts by {@link
   * ContainmentAssumptions#communityClosurePublicPlaces()} and, from its first day, residents stay
   * home with supplies delivered: building and compound contacts × {@link
   * ContainmentAssumptions#stayHomeFactor()}, household contacts × {@link
   * ContainmentAssumptions#stayHomeHouseholdFactor()}.
   */
  @Override
  public void applyTo(EffectBuilder effect) {
    Closure.super.applyTo(effect);
    ContainmentAssumptions a = effect.context().assumptions();
    effect.scaleEverywhere(Layer.COMMUNITY, a.communityClosurePublicPlaces());
    effect.scaleEverywhere(Layer.BUILDING, a.stayHomeFactor());
    effect.scaleEverywhere(Layer.COMPOUND, a.stayHomeFactor());
    effect.scaleEverywhere(Layer.HOUSEHOLD, a.stayHomeHouseholdFactor());
  }
}
